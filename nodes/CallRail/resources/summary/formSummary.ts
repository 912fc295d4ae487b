import type { INodeProperties } from 'n8n-workflow';

import { formReportFilters, groupByField, groupOutputField, metricsField } from './fields';

const operations = ['formSummary'];

export const summaryFormSummaryDescription: INodeProperties[] = [
	groupByField(
		operations,
		[
			{ name: 'Campaign', value: 'campaign' },
			{ name: 'Company', value: 'company' },
			{ name: 'Form Name', value: 'form_name' },
			{ name: 'Keywords', value: 'keywords' },
			{ name: 'Landing Page', value: 'landing_page' },
			{ name: 'Referrer', value: 'referrer' },
			{ name: 'Source', value: 'source' },
		],
		'Split the figures by this attribute of the submissions. Grouping by company needs the whole account (no Company filter).',
	),
	groupOutputField(operations),
	metricsField(
		operations,
		[
			{ name: 'First Forms', value: 'first_forms' },
			{ name: 'Leads', value: 'leads' },
			{ name: 'Total Forms', value: 'total_forms' },
		],
		'Total Forms',
	),
	formReportFilters(operations),
];
