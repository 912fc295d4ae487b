import { fieldOptions } from '../../../kernel/fieldNames';
import { companyLocator, trackerLocator } from '../../../kernel/locators';
import { ANSWER_STATUS_OPTIONS, DIRECTION_OPTIONS, LIST_OF_STRINGS, tagNamesParameter } from '../../../kernel/vocabulary';
import { dateFilters, defaultRangeNotice, leadStatusFilter } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { CALL_OPTIONAL_FIELDS } from '../../../kernel/callFields';
import { includeCallFields } from './fields';

const SORT_FIELDS = [
	'start_time', 'customer_name', 'customer_phone_number', 'duration', 'source', 'customer_city', 'customer_country',
	'landing_page_url', 'device_type', 'answered', 'first_call', 'source_name', 'lead_status', 'tags',
];

export const getManyCalls: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many calls',
	description: 'List calls with filters, newest first. Without a date filter, only the last 7 days.',
	method: 'GET',
	path: 'calls.json',
	output: 'calls',
	fields: [defaultRangeNotice],
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
		options: [includeCallFields(CALL_OPTIONAL_FIELDS)],
		sort: { fields: fieldOptions(SORT_FIELDS), default: 'start_time', order: 'desc' },
	},
};
