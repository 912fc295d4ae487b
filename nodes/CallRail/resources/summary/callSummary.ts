import { defaultRangeNotice } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { callReportFilters, checkReportIds, groupByField, groupOutputField, metricsField, splitReport } from './fields';

export const CALL_METRICS = [
	{ name: 'Answered Calls', value: 'answered_calls' },
	{ name: 'Average Duration (Seconds)', value: 'average_duration' },
	{ name: 'First-Time Callers', value: 'first_time_callers' },
	{ name: 'Formatted Average Duration', value: 'formatted_average_duration' },
	{ name: 'Leads', value: 'leads' },
	{ name: 'Missed Calls', value: 'missed_calls' },
	{ name: 'Total Calls', value: 'total_calls' },
];

export const getCallSummary: OperationDeclaration = {
	value: 'callSummary',
	name: 'Get Call Summary',
	action: 'Get a call summary',
	description: 'Count calls, answers, first-time callers, leads and durations for a period, optionally grouped',
	method: 'GET',
	path: 'calls/summary.json',
	output: false,
	fields: [
		defaultRangeNotice,
		groupByField('calls', [
			{ name: 'Company (Name)', value: 'company' },
			{ name: 'Company ID', value: 'company_id' },
		]),
		groupOutputField,
		metricsField(CALL_METRICS, 'Total Calls'),
		callReportFilters,
	],
	preSend: [checkReportIds],
	postReceive: [splitReport],
};
