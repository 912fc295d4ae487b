import { DEFAULT_RANGE_NOTICE } from '../../shared/descriptions';
import type { OperationDeclaration } from '../../shared/operation';
import { CALL_METRICS } from './callSummary';
import { callReportFilters, checkReportIds, metricsField, splitReport } from './fields';

export const getCallTimeseries: OperationDeclaration = {
	value: 'callTimeseries',
	name: 'Get Call Timeseries',
	action: 'Get a call timeseries',
	description:
		'The same figures per hour, day, week, month or year (at most 200 data points: choose a larger interval for long periods)',
	method: 'GET',
	path: 'calls/timeseries.json',
	output: false,
	fields: [
		{
			displayName: DEFAULT_RANGE_NOTICE,
			name: 'defaultRangeNotice',
			type: 'notice',
			default: '',
		},
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
				'Length of each data point. CallRail answers at most 200 points, so a long period needs a larger interval (for example Week instead of Day for a year); otherwise it refuses the request.',
			routing: { send: { type: 'query', property: 'interval' } },
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
