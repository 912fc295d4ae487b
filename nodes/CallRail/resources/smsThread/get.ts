import type { OperationDeclaration } from '../../builder/operation';
import { messagePaging } from '../../builder/recordPages';
import { threadIdField } from './fields';
import { collection } from '../../../kernel/collections';

export const getSmsThread: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get an SMS thread',
	description: 'Retrieve one thread with all its messages, or the newest up to Limit',
	method: 'GET',
	path: 'sms-threads/{{$parameter.threadId}}.json',
	output: 'sms_threads',
	fields: [
		threadIdField('The SMS thread'),
		// "page … Page number to retrieve", "per_page … Number of messages per page (default: 100, max: 100)" (reference).
		...messagePaging(100),
		collection('Options', [
			{
				displayName: 'Include Message Errors',
				name: 'withMsgErrors',
				type: 'boolean',
				default: true,
				description: 'Whether failed messages carry the reason they failed',
				routing: { send: { type: 'query', property: 'with_msg_errors', value: '={{ $value ? true : undefined }}' } },
			},
		]),
	],
};
