import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { leadStatusUpdateField, tagUpdateFields } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { bodyOf, failItem } from '../../builder/routing';
import { removeFormSubmissionTagsBeforeUpdate } from '../../builder/tagRemoval';
import { formSubmissionIdField } from './fields';
import { collection } from '../../../kernel/collections';

async function checkUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	if (Object.keys(bodyOf(requestOptions)).length === 0) failItem(this, 'Add at least one field to update');
	return requestOptions;
}

export const updateFormSubmission: OperationDeclaration = {
	value: 'update',
	name: 'Update',
	action: 'Update a form submission',
	description: 'Change the tags, note, value or lead status of a form submission',
	method: 'PUT',
	path: 'form_submissions/{{$parameter.formSubmissionId}}.json',
	fields: [
		formSubmissionIdField,
		collection('Update Fields', [
			leadStatusUpdateField('Lead Status', 'lead_status'),
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Free text note on the submission. Empty clears it.',
				routing: { send: { type: 'body', property: 'note' } },
			},
			...tagUpdateFields('submission', removeFormSubmissionTagsBeforeUpdate),
			{
				displayName: 'Value',
				name: 'value',
				type: 'string',
				default: '',
				placeholder: 'e.g. 125.00',
				description: 'Monetary value of the submission, such as 125.00. Empty clears it.',
				routing: { send: { type: 'body', property: 'value' } },
			},
		], {
			description: 'Only the fields added here are sent; everything else stays as it is',
		}),
	],
	preSend: [checkUpdate],
};
