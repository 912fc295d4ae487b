import type { INodeProperties } from 'n8n-workflow';

import { CALL_METRICS } from './callSummary';
import { callReportFilters, metricsField, summaryShow } from './fields';

const operations = ['callTimeseries'];

export const summaryCallTimeseriesDescription: INodeProperties[] = [
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
		displayOptions: summaryShow(operations),
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
		displayOptions: summaryShow(operations),
	},
	metricsField(operations, CALL_METRICS, 'Total Calls'),
	callReportFilters(operations),
];
