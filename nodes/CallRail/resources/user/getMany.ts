import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { maxRateLimitWaitOption, returnAllAndLimit, sortOptions } from '../../shared/descriptions';
import { userShow } from './get';
import { outputChoiceFor } from '../../shared/output';

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
			...sortOptions([
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Email', value: 'email' },
			], 'email', 'asc'),
		],
	},
	...outputChoiceFor({ show: { resource: ['user'], operation: ['getMany'] } }, 'users'),
];
