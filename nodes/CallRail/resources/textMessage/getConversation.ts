import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { conversationLocator } from '../../../kernel/locators';
import { downloadTextMedia, withBinary } from '../../../kernel/media';
import type { OperationDeclaration } from '../../builder/operation';
import { messagePaging } from '../../builder/recordPages';
import { failItem } from '../../builder/routing';
import { conversationIncludeFields } from './fields';

const conversationFields: INodeProperties[] = [
	conversationLocator({ description: 'The text conversation with one customer' }),
	// "a single paginated JSON conversation object" with no page parameters of its own, so Offset Pagination's
	// page and per_page apply: "Most endpoints support a maximum of 250" (reference).
	...messagePaging(250),
	conversationIncludeFields,
	{
		displayName: 'Download Media',
		name: 'downloadMedia',
		type: 'boolean',
		default: false,
		description:
			'Whether to download the images of the MMS messages as binary data right away (CallRail’s media links are short-lived)',
	},
	{
		displayName: 'Put Output Files in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The first file goes in this field, the next ones in data_1, data_2… (with this name in place of "data")',
		displayOptions: { show: { downloadMedia: [true] } },
	},
];

/** With Download Media on, adds every media file of the conversation's messages to its item, newest message first. */
async function downloadConversationMedia(
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

export const getConversation: OperationDeclaration = {
	value: 'getConversation',
	name: 'Get Conversation',
	action: 'Get a text message conversation',
	description: 'Retrieve one conversation with all its messages, or the newest up to Limit',
	method: 'GET',
	path: 'text-messages/{{$parameter.conversationId}}.json',
	output: 'conversations',
	fields: conversationFields,
	postReceive: [downloadConversationMedia],
};
