import type { INodeProperties } from 'n8n-workflow';

import { leadStatusUpdateOptions, tagUpdateFields } from '../../shared/descriptions';
import { threadIdField, threadShow } from './get';

export const smsThreadUpdateDescription: INodeProperties[] = [
	threadIdField(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent; everything else stays as it is',
		displayOptions: threadShow(['update']),
		options: [
			{
				displayName: 'Lead Qualification',
				name: 'leadQualification',
				type: 'options',
				default: 'good_lead',
				options: leadStatusUpdateOptions,
				routing: {
					send: { type: 'body', property: 'lead_qualification', value: '={{ $value === "clear" ? null : $value }}' },
				},
			},
			{
				displayName: 'Notes',
				name: 'notes',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Free text notes on the thread. Empty clears them.',
				routing: { send: { type: 'body', property: 'notes' } },
			},
			...tagUpdateFields('thread'),
			{
				displayName: 'Value',
				name: 'value',
				type: 'string',
				default: '',
				placeholder: '$5.00',
				description: 'Monetary value of the thread, such as $5.00. Empty clears it.',
				routing: { send: { type: 'body', property: 'value' } },
			},
		],
	},
];
