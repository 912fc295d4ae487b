import type { INodeProperties } from 'n8n-workflow';

import { callReportFilters, groupByField, groupOutputField, metricsField } from './fields';

const operations = ['callSummary'];

export const CALL_METRICS = [
	{ name: 'Answered Calls', value: 'answered_calls' },
	{ name: 'Average Duration (Seconds)', value: 'average_duration' },
	{ name: 'First-Time Callers', value: 'first_time_callers' },
	{ name: 'Formatted Average Duration', value: 'formatted_average_duration' },
	{ name: 'Leads', value: 'leads' },
	{ name: 'Missed Calls', value: 'missed_calls' },
	{ name: 'Total Calls', value: 'total_calls' },
];

export const summaryCallSummaryDescription: INodeProperties[] = [
	groupByField(
		operations,
		[
			{ name: 'Campaign', value: 'campaign' },
			{ name: 'Company (Name)', value: 'company' },
			{ name: 'Company ID', value: 'company_id' },
			{ name: 'Keywords', value: 'keywords' },
			{ name: 'Landing Page', value: 'landing_page' },
			{ name: 'Referrer', value: 'referrer' },
			{ name: 'Source', value: 'source' },
		],
		'Split the figures by this attribute of the calls. Grouping by company needs the whole account (no Company filter).',
	),
	groupOutputField(operations),
	metricsField(operations, CALL_METRICS, 'Total Calls'),
	callReportFilters(operations),
];
