import type { INodeProperties } from 'n8n-workflow';

import { maxRateLimitWaitOption, returnAllAndLimit, SORT_BY_NAME, sortOptions } from '../../shared/descriptions';
import { companyFieldsOption, companyShow } from './fields';
import { outputChoiceFor } from '../../shared/output';

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
			...sortOptions(SORT_BY_NAME, 'name', 'asc'),
		],
	},
	...outputChoiceFor({ show: { resource: ['company'], operation: ['getMany'] } }, 'companies'),
];
