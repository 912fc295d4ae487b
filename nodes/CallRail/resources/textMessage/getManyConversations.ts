import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { dateFilters, FIELDS_VALUE, maxRateLimitWaitOption, returnAllAndLimit } from '../../shared/descriptions';
import { CONVERSATION_OPTIONAL_FIELDS, textShow } from './fields';
import { outputChoiceFor } from '../../shared/output';

const show = textShow(['getManyConversations']);

export const textMessageGetManyConversationsDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: show,
		options: [
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
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Additional Fields',
				name: 'fields',
				type: 'multiOptions',
				default: [],
				options: CONVERSATION_OPTIONAL_FIELDS,
				description: 'Optional conversation fields to include',
				routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
			},
			maxRateLimitWaitOption,
		],
	},
	...outputChoiceFor({ show: { resource: ['textMessage'], operation: ['getManyConversations'] } }, 'conversations'),
];
