import { defaultRangeNotice } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { CALL_METRICS } from './callSummary';
import { callReportFilters, checkReportIds, metricsField, splitReport } from './fields';
import { paginateTimeseries } from './timeseriesRange';

export const getCallTimeseries: OperationDeclaration = {
	value: 'callTimeseries',
	name: 'Get Call Timeseries',
	action: 'Get a call timeseries',
	description:
		'The same figures per hour, day, week, month or year, for a period of any length (asked in parts of at most 200 data points)',
	method: 'GET',
	path: 'calls/timeseries.json',
	output: false,
	fields: [
		defaultRangeNotice,
		{
			displayName: 'Interval',
			name: 'interval',
			type: 'options',
			default: 'day',
			options: [
				{ name: 'Day', value: 'day' },
				{ name: 'Hour', value: 'hour' },
				{ name: 'Month', value: 'month' },
				{ name: 'Week', value: 'week' },
				{ name: 'Year', value: 'year' },
			],
			description:
				'Length of each data point. CallRail answers at most 200 points a request, so a longer period from Start Date to End Date is asked in several requests of at most 200 points, merged into one series. This Year and Last Year by day continue where the first answer stops; any other Date Range is one request, and one longer than 200 points fails with a message instead of coming back cut.',
			routing: { send: { type: 'query', property: 'interval' }, operations: { pagination: paginateTimeseries } },
		},
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			default: 'perPoint',
			options: [
				{
					name: 'One Item per Data Point',
					value: 'perPoint',
					description: 'Each interval with its date and figures',
				},
				{
					name: 'Whole Timeseries',
					value: 'whole',
					description: 'One item with the period, the totals and every data point, as CallRail returns it',
				},
			],
		},
		metricsField(CALL_METRICS, 'Total Calls'),
		callReportFilters,
	],
	preSend: [checkReportIds],
	postReceive: [splitReport],
};
