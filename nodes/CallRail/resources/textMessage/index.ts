import type { INodeProperties } from 'n8n-workflow';

import { accountPath, checkIdParameter, listRouting, recordRouting, withPreSend } from '../../shared/routing';
import { downloadConversationMedia, textMessageGetConversationDescription } from './getConversation';
import { textMessageGetManyConversationsDescription } from './getManyConversations';
import { attachMediaFile, checkTextContent, textMessageSendDescription } from './send';

export const textMessageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['textMessage'] } },
		options: [
			{
				name: 'Get Conversation',
				value: 'getConversation',
				action: 'Get a text message conversation',
				description: 'Retrieve one conversation with its messages',
				routing: withPreSend(
					recordRouting('GET', accountPath('text-messages/{{$parameter.conversationId}}.json'), {
						postReceive: [downloadConversationMedia],
					}),
					checkIdParameter('conversationId', 'conversation'),
				),
			},
			{
				name: 'Get Many Conversations',
				value: 'getManyConversations',
				action: 'Get many text message conversations',
				description: 'List text conversations, most recent first',
				routing: listRouting(accountPath('text-messages.json'), { envelope: 'conversations' }),
			},
			{
				name: 'Send',
				value: 'send',
				action: 'Send a text message',
				description: 'Send one person-to-person text (billed; never retried automatically)',
				routing: withPreSend(recordRouting('POST', accountPath('text-messages.json')), checkTextContent, attachMediaFile),
			},
		],
		default: 'getManyConversations',
	},
	...textMessageGetConversationDescription,
	...textMessageGetManyConversationsDescription,
	...textMessageSendDescription,
];
