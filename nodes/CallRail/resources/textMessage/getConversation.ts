import type { INodeProperties } from 'n8n-workflow';

import { FIELDS_VALUE } from '../../shared/routing';
import { CONVERSATION_OPTIONAL_FIELDS, textShow } from './fields';

export const textMessageGetConversationDescription: INodeProperties[] = [
	{
		displayName: 'Conversation ID',
		name: 'conversationId',
		type: 'string',
		required: true,
		default: '',
		description: 'The conversation, as listed by Get Many Conversations',
		displayOptions: textShow(['getConversation']),
	},
	{
		displayName: 'Additional Fields',
		name: 'fields',
		type: 'multiOptions',
		default: [],
		options: CONVERSATION_OPTIONAL_FIELDS,
		description: 'Optional conversation fields to include',
		displayOptions: textShow(['getConversation']),
		routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
	},
];
