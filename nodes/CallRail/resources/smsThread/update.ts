import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { leadStatusUpdateField, tagUpdateFields } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { bodyOf, failItem } from '../../builder/routing';
import { removeTagsBeforeUpdate } from '../../builder/tagRemoval';
import { threadIdField } from './fields';
import { collection } from '../../../kernel/collections';

async function checkUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	if (Object.keys(bodyOf(requestOptions)).length === 0) failItem(this, 'Add at least one field to update');
	return requestOptions;
}

export const updateSmsThread: OperationDeclaration = {
	value: 'update',
	name: 'Update',
	action: 'Update an SMS thread',
	description: 'Change the notes, value, tags or lead qualification of a thread',
	method: 'PUT',
	path: 'sms-threads/{{$parameter.threadId}}.json',
	fields: [
		threadIdField('The SMS thread to update'),
		collection('Update Fields', [
			leadStatusUpdateField('Lead Qualification', 'lead_qualification'),
			{
				displayName: 'Notes',
				name: 'notes',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Free text notes on the thread. Empty clears them.',
				routing: { send: { type: 'body', property: 'notes' } },
			},
			// The thread's tags are read from "Retrieving A Single SMS Thread".
			...tagUpdateFields('thread', removeTagsBeforeUpdate()),
			{
				displayName: 'Value',
				name: 'value',
				type: 'string',
				default: '',
				placeholder: 'e.g. $5.00',
				description: 'Monetary value of the thread, such as $5.00. Empty clears it.',
				routing: { send: { type: 'body', property: 'value' } },
			},
		], {
			description: 'Only the fields added here are sent; everything else stays as it is',
		}),
	],
	preSend: [checkUpdate],
};
