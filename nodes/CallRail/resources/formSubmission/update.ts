import type { INodeProperties } from 'n8n-workflow';

import { exampleId } from '../../../shared/ids';

import { leadStatusUpdateOptions, tagUpdateFields } from '../../shared/descriptions';
import { formShow } from './fields';

export const formSubmissionIdField = (operations: string[]): INodeProperties => ({
	displayName: 'Form Submission ID',
	name: 'formSubmissionId',
	type: 'string',
	required: true,
	default: '',
	placeholder: exampleId('formSubmission'),
	description: 'The form submission: FOR… as the API lists it, or FRM… as webhooks and timeline links show it',
	displayOptions: formShow(operations),
});

export const formSubmissionUpdateDescription: INodeProperties[] = [
	formSubmissionIdField(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent; everything else stays as it is',
		displayOptions: formShow(['update']),
		options: [
			{
				displayName: 'Lead Status',
				name: 'leadStatus',
				type: 'options',
				default: 'good_lead',
				options: leadStatusUpdateOptions,
				routing: {
					send: { type: 'body', property: 'lead_status', value: '={{ $value === "clear" ? null : $value }}' },
				},
			},
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Free text note on the submission. Empty clears it.',
				routing: { send: { type: 'body', property: 'note' } },
			},
			...tagUpdateFields('submission'),
			{
				displayName: 'Value',
				name: 'value',
				type: 'string',
				default: '',
				placeholder: '125.00',
				description: 'Monetary value of the submission, such as 125.00. Empty clears it.',
				routing: { send: { type: 'body', property: 'value' } },
			},
		],
	},
];
