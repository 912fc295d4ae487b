import type { INodeProperties } from 'n8n-workflow';

import { maxRateLimitWaitOption, returnAllAndLimit } from '../../shared/descriptions';
import { accountShow, numericIdOption } from './fields';

const show = accountShow(['getMany']);

export const accountGetManyDescription: INodeProperties[] = [
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
				displayName: 'HIPAA Account',
				name: 'hipaaAccount',
				type: 'boolean',
				default: true,
				description: 'Whether to list only HIPAA accounts (on) or only the other accounts (off)',
				routing: { send: { type: 'query', property: 'hipaa_account' } },
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
			numericIdOption,
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
