import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { FIELDS_VALUE, maxRateLimitWaitOption, returnAllAndLimit, SORT_BY_NAME, sortOptions } from '../../shared/descriptions';
import { TRACKER_OPTIONAL_FIELDS, trackerShow } from './fields';
import { outputChoiceFor } from '../../shared/output';

const show = trackerShow(['getMany']);

export const trackerGetManyDescription: INodeProperties[] = [
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
				...companyLocator({ required: false, description: 'Only the trackers of this company' }),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'One term, matched against the tracker name',
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
				routing: { send: { type: 'query', property: 'status' } },
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				default: 'source',
				options: [
					{ name: 'Session (Number Pool)', value: 'session' },
					{ name: 'Source', value: 'source' },
				],
				routing: { send: { type: 'query', property: 'type' } },
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
				options: TRACKER_OPTIONAL_FIELDS,
				description: 'Optional tracker fields to include',
				routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
			},
			maxRateLimitWaitOption,
			...sortOptions(SORT_BY_NAME, 'name', 'asc'),
		],
	},
	...outputChoiceFor({ show: { resource: ['tracker'], operation: ['getMany'] } }, 'trackers'),
];
