import type { INodeProperties } from 'n8n-workflow';

import { companyLocator, trackerLocator } from '../../../shared/locators';
import { dateFilters, leadStatusFilter, maxRateLimitWaitOption, returnAllAndLimit, sortOptions } from '../../shared/descriptions';
import { CALL_OPTIONAL_FIELDS, fieldOptions } from './fields';
import { outputChoiceFor } from '../../shared/output';
import { ANSWER_STATUS_OPTIONS, DIRECTION_OPTIONS, LIST_OF_STRINGS, tagNamesParameter } from '../../../shared/vocabulary';

const show = { show: { resource: ['call'], operation: ['getMany'] } };

const SORT_FIELDS = [
	'start_time', 'customer_name', 'customer_phone_number', 'duration', 'source', 'customer_city', 'customer_country',
	'landing_page_url', 'device_type', 'answered', 'first_call', 'source_name', 'lead_status', 'tags',
];

export const callGetManyDescription: INodeProperties[] = [
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
				displayName: 'Answer Status',
				name: 'answerStatus',
				type: 'options',
				default: 'answered',
				options: [...ANSWER_STATUS_OPTIONS],
				routing: { send: { type: 'query', property: 'answer_status' } },
			},
			{
				displayName: 'Call Type',
				name: 'callType',
				type: 'options',
				default: 'inbound',
				options: [
					{ name: 'First Call', value: 'first_call' },
					{ name: 'Inbound', value: 'inbound' },
					{ name: 'Missed', value: 'missed' },
					{ name: 'Outbound', value: 'outbound' },
					{ name: 'Voicemails', value: 'voicemails' },
				],
				routing: { send: { type: 'query', property: 'call_type' } },
			},
			{
				...companyLocator({ required: false }),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
			...dateFilters,
			{
				displayName: 'Device',
				name: 'device',
				type: 'options',
				default: 'mobile',
				options: [
					{ name: 'Desktop', value: 'desktop' },
					{ name: 'Mobile', value: 'mobile' },
				],
				routing: { send: { type: 'query', property: 'device' } },
			},
			{
				displayName: 'Direction',
				name: 'direction',
				type: 'options',
				default: 'inbound',
				options: [...DIRECTION_OPTIONS],
				routing: { send: { type: 'query', property: 'direction' } },
			},
			leadStatusFilter,
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'One term, matched against customer name and number, note, source and phone numbers',
				routing: { send: { type: 'query', property: 'search' } },
			},
			{
				...tagNamesParameter('Calls with any of these tag names'),
				routing: { send: { type: 'query', property: 'tags', value: LIST_OF_STRINGS } },
			},
			{
				...trackerLocator({ required: false }),
				routing: { send: { type: 'query', property: 'tracker_id' } },
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
				options: fieldOptions(CALL_OPTIONAL_FIELDS),
				description: 'Optional call fields to include (ignored for simplified output)',
				routing: { send: { type: 'query', property: 'fields', value: '={{ $value.length ? $value.join(",") : undefined }}' } },
			},
			maxRateLimitWaitOption,
			...sortOptions(fieldOptions(SORT_FIELDS), 'start_time', 'desc'),
		],
	},
	...outputChoiceFor({ show: { resource: ['call'], operation: ['getMany'] } }, 'calls'),
];
