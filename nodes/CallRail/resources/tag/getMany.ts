import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { maxRateLimitWaitOption, returnAllAndLimit, SORT_BY_NAME, sortOptions } from '../../shared/descriptions';
import { tagShow } from './fields';
import { outputChoice } from '../../shared/output';

const show = tagShow(['getMany']);

export const tagGetManyDescription: INodeProperties[] = [
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
				...companyLocator({
					required: false,
					description: "The company's tags plus the account-level tags. Cannot be combined with Level.",
				}),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
			{
				displayName: 'Level',
				name: 'tagLevel',
				type: 'options',
				default: 'company',
				options: [
					{ name: 'Account', value: 'account' },
					{ name: 'Company', value: 'company' },
				],
				description: 'Only account-level or only company-level tags. Cannot be combined with Company.',
				routing: { send: { type: 'query', property: 'tag_level' } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'enabled',
				options: [
					{ name: 'Disabled', value: 'disabled' },
					{ name: 'Enabled', value: 'enabled' },
				],
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
			maxRateLimitWaitOption,
			...sortOptions(SORT_BY_NAME, 'name', 'asc'),
		],
	},
	...outputChoice({ show: { resource: ['tag'], operation: ['getMany'] } }, 'tags'),
];
