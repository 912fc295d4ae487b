import { defaultRangeNotice } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { checkReportIds, formReportFilters, groupByField, groupOutputField, metricsField, splitReport } from './fields';

export const getFormSummary: OperationDeclaration = {
	value: 'formSummary',
	name: 'Get Form Summary',
	action: 'Get a form submission summary',
	description: 'Count form submissions, first forms and leads for a period, optionally grouped',
	method: 'GET',
	path: 'forms/summary.json',
	output: false,
	fields: [
		defaultRangeNotice,
		groupByField('submissions', [
			{ name: 'Company', value: 'company' },
			{ name: 'Form Name', value: 'form_name' },
		]),
		groupOutputField,
		metricsField(
			[
				{ name: 'First Forms', value: 'first_forms' },
				{ name: 'Leads', value: 'leads' },
				{ name: 'Total Forms', value: 'total_forms' },
			],
			'Total Forms',
		),
		formReportFilters,
	],
	preSend: [checkReportIds],
	postReceive: [splitReport],
};
