import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { DATE_RANGE_OPTIONS, FIELDS_VALUE, maxRateLimitWaitOption, returnAllAndLimit } from '../../shared/descriptions';
import { outputChoiceFor } from '../../shared/output';
import { THREAD_OPTIONAL_FIELDS, threadShow } from './get';

const show = threadShow(['getMany']);
const DAY = '={{ $value ? $value.toString().slice(0, 10) : undefined }}';

export const smsThreadGetManyDescription: INodeProperties[] = [
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
				...companyLocator({ required: false, description: 'Only the threads of this company' }),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
			{
				displayName: 'Date Range',
				name: 'dateRange',
				type: 'options',
				default: 'recent',
				options: DATE_RANGE_OPTIONS,
				description: 'A preset period. Start Date and End Date take precedence.',
				routing: { send: { type: 'query', property: 'date_range' } },
			},
			{
				displayName: 'End Date',
				name: 'endDate',
				type: 'dateTime',
				default: '',
				description: 'Inclusive day; needs Start Date too',
				routing: { send: { type: 'query', property: 'end_date', value: DAY } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'One term, matched against customer phone number, customer name and tag names',
				routing: { send: { type: 'query', property: 'search' } },
			},
			{
				displayName: 'Start Date',
				name: 'startDate',
				type: 'dateTime',
				default: '',
				description: 'Inclusive day; needs End Date too',
				routing: { send: { type: 'query', property: 'start_date', value: DAY } },
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
				options: THREAD_OPTIONAL_FIELDS,
				description: 'Optional thread fields to include, such as the time of the last message',
				routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
			},
			maxRateLimitWaitOption,
		],
	},
	...outputChoiceFor({ show: { resource: ['smsThread'], operation: ['getMany'] } }, 'sms_threads'),
];
