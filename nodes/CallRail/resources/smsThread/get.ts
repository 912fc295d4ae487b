import type { OperationDeclaration } from '../../shared/operation';
import { threadIdField } from './fields';

export const getSmsThread: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get an SMS thread',
	description: 'Retrieve one thread with a page of its messages',
	method: 'GET',
	path: 'sms-threads/{{$parameter.threadId}}.json',
	output: 'sms_threads',
	fields: [
		threadIdField('The SMS thread, a short code of letters and digits as listed by Get Many'),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
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
					description: "Which page of the thread's messages to include, newest first",
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
	],
};
