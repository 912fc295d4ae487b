import { companyLocator } from '../../../kernel/locators';
import { dateFilters, defaultRangeNotice } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { conversationIncludeFields } from './fields';

export const getManyConversations: OperationDeclaration = {
	value: 'getManyConversations',
	name: 'Get Many Conversations',
	action: 'Get many text message conversations',
	description: 'List text conversations, most recent first',
	method: 'GET',
	path: 'text-messages.json',
	output: 'conversations',
	fields: [
		defaultRangeNotice,
	],
	list: {
		envelope: 'conversations',
		filters: [
			{
				...companyLocator({ required: false, description: 'Only the conversations of this company' }),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
			...dateFilters,
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'One term, matched against the customer phone number and name',
				routing: { send: { type: 'query', property: 'search' } },
			},
		],
		options: [conversationIncludeFields],
	},
};
