import type { INodeProperties } from 'n8n-workflow';
import { outputChoiceFor } from '../../shared/output';

export const threadShow = (operations: string[]) => ({ show: { resource: ['smsThread'], operation: operations } });

/** The fields Get Many adds on request ("Field Selection is available for the following additional fields"). */
export const THREAD_OPTIONAL_FIELDS = [
	{ name: 'Formatted Current Tracking Number', value: 'formatted_current_tracking_number' },
	{ name: 'Formatted Customer Name', value: 'formatted_customer_name' },
	{ name: 'Formatted Customer Phone Number', value: 'formatted_customer_phone_number' },
	{ name: 'Formatted Initial Tracking Number', value: 'formatted_initial_tracking_number' },
	{ name: 'Last Message At', value: 'last_message_at' },
];

export const threadIdField = (operations: string[]): INodeProperties => ({
	displayName: 'Thread ID',
	name: 'threadId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'KZaGR',
	description: 'The SMS thread, a short code of letters and digits as listed by Get Many',
	displayOptions: threadShow(operations),
});

export const smsThreadGetDescription: INodeProperties[] = [
	threadIdField(['get']),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: threadShow(['get']),
		options: [
			{
				displayName: 'Include Message Errors',
				name: 'withMsgErrors',
				type: 'boolean',
				default: true,
				description: 'Whether failed messages carry the reason they failed',
				routing: { send: { type: 'query', property: 'with_msg_errors', value: '={{ $value ? true : undefined }}' } },
			},
			{
				displayName: 'Messages Page',
				name: 'page',
				type: 'number',
				default: 1,
				typeOptions: { minValue: 1 },
				description: 'Which page of the thread\'s messages to include, newest first',
				routing: { send: { type: 'query', property: 'page' } },
			},
			{
				displayName: 'Messages per Page',
				name: 'perPage',
				type: 'number',
				default: 100,
				typeOptions: { minValue: 1, maxValue: 100 },
				description: 'How many messages to include, at most 100',
				routing: { send: { type: 'query', property: 'per_page' } },
			},
		],
	},
	...outputChoiceFor({ show: { resource: ['smsThread'], operation: ['get'] } }, 'sms_threads'),
];
