import type { INodeProperties } from 'n8n-workflow';

import { fieldOptions } from '../../../kernel/fieldNames';
import { companyLocator, trackerLocator } from '../../../kernel/locators';
import { ANSWER_STATUS_OPTIONS, DIRECTION_OPTIONS, LIST_OF_STRINGS, tagNamesParameter } from '../../../kernel/vocabulary';
import { dateFilters, leadStatusFilter } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { CALL_OPTIONAL_FIELDS } from '../../../kernel/callFields';
import { includeCallFields } from './fields';

const SORT_FIELDS = [
	'start_time', 'customer_name', 'customer_phone_number', 'duration', 'source', 'customer_city', 'customer_country',
	'landing_page_url', 'device_type', 'answered', 'first_call', 'source_name', 'lead_status', 'tags',
];

// The reference (Date Ranges): "recent is the default view in the CallRail UI, and is the API default when no other
// date range parameters are specified". The node sends nothing then, so it says what that covers.
const DEFAULT_RANGE = 'Without a date filter, CallRail returns the last 7 days (its default range), with Return All too';

/** The shared date filters with their options sorted by name, saying what no date filter covers. */
const callDateFilters = dateFilters.map((filter): INodeProperties => {
	if (filter.name === 'dateRange') {
		const options = [...(filter.options as Array<{ name: string; value: string }>)];
		return {
			...filter,
			options: options.sort((a, b) => a.name.localeCompare(b.name)),
			description: `A preset period in the chosen time zone. ${DEFAULT_RANGE}. Start Date and End Date take precedence. All Kept sends start_date = the first whole day of the 25 months CallRail keeps.`,
		};
	}
	if (filter.name === 'timeZone') return { ...filter, placeholder: 'e.g. America/New_York' };
	return filter;
});

export const getManyCalls: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many calls',
	description: 'List calls with filters, newest first. Without a date filter, only the last 7 days.',
	method: 'GET',
	path: 'calls.json',
	output: 'calls',
	fields: [
		{
			displayName: `${DEFAULT_RANGE}. Add a Date Range, or a Start Date, to cover more (CallRail keeps 25 months).`,
			name: 'defaultRangeNotice',
			type: 'notice',
			default: '',
		},
	],
	list: {
		envelope: 'calls',
		relative: true,
		filters: [
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
			...callDateFilters,
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
		options: [includeCallFields(CALL_OPTIONAL_FIELDS)],
		sort: { fields: fieldOptions(SORT_FIELDS), default: 'start_time', order: 'desc' },
	},
};
