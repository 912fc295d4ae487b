import type { INodeProperties } from 'n8n-workflow';

import { companyLocator, maxRateLimitWaitOption, returnAllAndLimit } from '../../shared/descriptions';
import { userShow } from './get';

const show = userShow(['getMany']);

export const userGetManyDescription: INodeProperties[] = [
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
				...companyLocator({ required: false, description: 'Only the users with access to this company' }),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'One term, matched against first name, last name and email',
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
			maxRateLimitWaitOption,
			{
				displayName: 'Order',
				name: 'order',
				type: 'options',
				default: 'asc',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
				description: 'Requires Sort By',
				routing: { send: { type: 'query', property: 'order' } },
			},
			{
				displayName: 'Sort By',
				name: 'sort',
				type: 'options',
				default: 'email',
				options: [
					{ name: 'Created At', value: 'created_at' },
					{ name: 'Email', value: 'email' },
				],
				routing: { send: { type: 'query', property: 'sort' } },
			},
		],
	},
];
