import type { INodeProperties } from 'n8n-workflow';

import { accountPath, recordRouting, withPreSend } from '../../shared/routing';
import { summaryCallSummaryDescription } from './callSummary';
import { summaryCallTimeseriesDescription } from './callTimeseries';
import { checkReportIds, splitReport } from './fields';
import { summaryFormSummaryDescription } from './formSummary';

const report = (path: string) =>
	withPreSend(recordRouting('GET', accountPath(path), { postReceive: [splitReport] }), checkReportIds);

export const summaryDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['summary'] } },
		options: [
			{
				name: 'Get Call Summary',
				value: 'callSummary',
				action: 'Get a call summary',
				description: 'Count calls, answers, first-time callers, leads and durations for a period, optionally grouped',
				routing: report('calls/summary.json'),
			},
			{
				name: 'Get Call Timeseries',
				value: 'callTimeseries',
				action: 'Get a call timeseries',
				description:
					'The same figures per hour, day, week, month or year (at most 200 data points: choose a larger interval for long periods)',
				routing: report('calls/timeseries.json'),
			},
			{
				name: 'Get Form Summary',
				value: 'formSummary',
				action: 'Get a form submission summary',
				description: 'Count form submissions, first forms and leads for a period, optionally grouped',
				routing: report('forms/summary.json'),
			},
		],
		default: 'callSummary',
	},
	...summaryCallSummaryDescription,
	...summaryCallTimeseriesDescription,
	...summaryFormSummaryDescription,
];
