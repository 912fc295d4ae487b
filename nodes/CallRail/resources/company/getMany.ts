import type { INodeProperties } from 'n8n-workflow';

import { maxRateLimitWaitOption, returnAllAndLimit } from '../../shared/descriptions';
import { companyFieldsOption, companyShow } from './fields';

const show = companyShow(['getMany']);

export const companyGetManyDescription: INodeProperties[] = [
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
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'One term matched against company names',
				routing: { send: { type: 'query', property: 'search' } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'active',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'Disabled', value: 'disabled' },
				],
				description: 'Without it, disabled companies are listed too',
				routing: { send: { type: 'query', property: 'status' } },
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
			companyFieldsOption,
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
				default: 'name',
				options: [{ name: 'Name', value: 'name' }],
				routing: { send: { type: 'query', property: 'sort' } },
			},
		],
	},
];
