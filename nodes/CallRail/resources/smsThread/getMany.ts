import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { fieldOptions } from '../../../kernel/fieldNames';
import { companyLocator } from '../../../kernel/locators';
import { DATE_RANGE_OPTIONS, FIELDS_VALUE, timeZoneFilter } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { failItem } from '../../builder/routing';
import { THREAD_OPTIONAL_FIELDS } from './fields';

const DAY = '={{ $value ? $value.toString().slice(0, 10) : undefined }}';

/** CallRail filters SMS threads by dates only when both ends are given. */
async function checkThreadDates(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	if ((qs.start_date === undefined) !== (qs.end_date === undefined)) {
		failItem(this, 'Set both Start Date and End Date', 'SMS threads are filtered by dates only when both are given.');
	}
	return requestOptions;
}

export const getManySmsThreads: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many SMS threads',
	description: 'List SMS threads, most recent message first',
	method: 'GET',
	path: 'sms-threads.json',
	output: 'sms_threads',
	list: {
		envelope: 'sms_threads',
		filters: [
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
			// "This can be overridden for specified API requests by including a time_zone parameter" (Working with Time Zones).
			timeZoneFilter,
		],
		options: [
			{
				displayName: 'Include Fields',
				name: 'fields',
				type: 'multiOptions',
				default: [],
				options: fieldOptions(THREAD_OPTIONAL_FIELDS),
				description: 'Optional thread fields to include, such as the time of the last message',
				routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
			},
		],
	},
	preSend: [checkThreadDates],
};
