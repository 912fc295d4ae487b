import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { downloadTextMedia, withBinary } from '../../../shared/media';
import { FIELDS_VALUE } from '../../shared/descriptions';
import { failItem } from '../../shared/routing';
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
	{
		displayName: 'Download Media',
		name: 'downloadMedia',
		type: 'boolean',
		default: false,
		description:
			'Whether to download the images of the MMS messages as binary data right away (CallRail’s media links are short-lived)',
		displayOptions: textShow(['getConversation']),
	},
	{
		displayName: 'Put Output Files in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The first file goes in this field, the next ones in data_1, data_2… (with this name in place of "data")',
		displayOptions: { show: { resource: ['textMessage'], operation: ['getConversation'], downloadMedia: [true] } },
	},
];

/** With Download Media on, adds every media file of the conversation's messages to its item, newest message first. */
export async function downloadConversationMedia(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('downloadMedia', false) !== true) return items;
	const property = String(this.getNodeParameter('binaryPropertyName', 'data')).trim();
	if (!property) failItem(this, 'Put Output Files in Field is empty', 'Name the binary field for the images, for example "data".');
	const out: INodeExecutionData[] = [];
	for (const item of items) out.push(withBinary(item, await downloadTextMedia.call(this, item.json, property)));
	return out;
}
