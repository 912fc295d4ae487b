import { leadStatusUpdateField, tagUpdateFields } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { removeTagsBeforeUpdate } from '../../builder/tagRemoval';
import { CALL_PATH, callIdField } from './fields';
import { collection } from '../../../kernel/collections';

export const updateCall: OperationDeclaration = {
	value: 'update',
	name: 'Update',
	action: 'Update a call',
	description: 'Change the tags, note, value, lead status or customer name of a call, or mark it as spam',
	method: 'PUT',
	path: CALL_PATH,
	fields: [
		callIdField,
		{
			displayName:
				'Marking a call as spam removes it from the call log, reports and billing of the current cycle, and cannot be undone through the API',
			name: 'spamNotice',
			type: 'notice',
			default: '',
		},
		collection('Update Fields', [
			{
				displayName: 'Customer Name',
				name: 'customerName',
				type: 'string',
				default: '',
				description: 'Name shown for the caller. Empty clears it.',
				routing: { send: { type: 'body', property: 'customer_name' } },
			},
			{ ...leadStatusUpdateField('Lead Status', 'lead_status'), description: 'CallRail refuses Good Lead on a call already marked "previously marked good lead"' },
			{
				displayName: 'Mark as Spam',
				name: 'spam',
				type: 'boolean',
				default: true,
				description: 'Whether to mark the call as spam. Only true is sent; it cannot be reversed through the API.',
				routing: { send: { type: 'body', property: 'spam', value: '={{ $value === true ? true : undefined }}' } },
			},
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Free text note on the call. Empty clears it.',
				routing: { send: { type: 'body', property: 'note' } },
			},
			...tagUpdateFields('call', removeTagsBeforeUpdate({ fields: 'tags' })),
			{
				displayName: 'Value',
				name: 'value',
				type: 'string',
				default: '',
				placeholder: 'e.g. 125.00',
				description: 'Monetary value of the call, such as 125.00 or $125.00. Empty clears it.',
				routing: { send: { type: 'body', property: 'value' } },
			},
		], {
			description: 'Only the fields added here are sent; everything else on the call stays as it is',
		}),
	],
};
