import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { FIELDS_VALUE, maxRateLimitWaitOption, returnAllAndLimit, sortOptions } from '../../shared/descriptions';
import { outputChoiceFor } from '../../shared/output';

export const leadShow = (operations: string[]) => ({ show: { resource: ['lead'], operation: operations } });

const show = leadShow(['getMany']);

export const leadGetManyDescription: INodeProperties[] = [
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
				...companyLocator({ required: false, description: 'Only the leads of this company' }),
				routing: { send: { type: 'query', property: 'company_id' } },
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
				displayName: 'Fields',
				name: 'fields',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Company ID', value: 'company_id' },
					{ name: 'Company Name', value: 'company_name' },
					{ name: 'Created At', value: 'created_at' },
					{ name: 'Email', value: 'email' },
					{ name: 'ID', value: 'id' },
					{ name: 'Name', value: 'name' },
					{ name: 'Phone', value: 'phone' },
				],
				description: 'Return only these fields of each lead (all of them when none is chosen)',
				routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
			},
			maxRateLimitWaitOption,
			...sortOptions([
				{ name: 'Created At', value: 'created_at', description: 'Newest first unless Order says otherwise' },
				{ name: 'Email', value: 'email' },
				{ name: 'Name', value: 'name' },
			], 'created_at', 'desc'),
		],
	},
	...outputChoiceFor({ show: { resource: ['lead'], operation: ['getMany'] } }, 'leads'),
];
