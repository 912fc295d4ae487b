import type { INodeProperties } from 'n8n-workflow';

import { summaryEmailLocator } from '../../../kernel/locators';

/** The summary email a record operation works on (its CSS… ID goes into the URL). */
export const summaryEmailIdField = (description: string): INodeProperties => summaryEmailLocator({ description });

export const FREQUENCIES = [
	{ name: 'Daily', value: 'daily' },
	{ name: 'Monthly', value: 'monthly' },
	{ name: 'Weekly', value: 'weekly' },
];

const SECTIONS = ['summary_statistics', 'top_sources', 'top_keywords', 'call_log'];

export const frequencyField = (required: boolean): INodeProperties => ({
	displayName: 'Frequency',
	name: 'frequency',
	type: 'multiOptions',
	required,
	default: ['weekly'],
	options: FREQUENCIES,
	description: 'How often the email is sent; choose one or more',
	routing: { send: { type: 'body', property: 'frequency' } },
});

/** CallRail takes the sections as `config`, one true/false per section; every section is always sent. */
export const sectionsField: INodeProperties = {
	displayName: 'Sections',
	name: 'sections',
	type: 'multiOptions',
	required: true,
	default: ['summary_statistics', 'top_sources', 'top_keywords', 'call_log'],
	options: [
		{ name: 'Call Log', value: 'call_log' },
		{ name: 'Summary Statistics', value: 'summary_statistics' },
		{ name: 'Top Keywords', value: 'top_keywords' },
		{ name: 'Top Sources', value: 'top_sources' },
	],
	description: 'What the email contains; sections left out are switched off',
	routing: {
		send: {
			type: 'body',
			property: 'config',
			value: `={{ (() => { const chosen = [].concat($value); return { ${SECTIONS.map((s) => `"${s}": chosen.includes("${s}")`).join(', ')} }; })() }}`,
		},
	},
};

export const leadStatusField: INodeProperties = {
	displayName: 'Lead Status',
	name: 'leadStatus',
	type: 'options',
	default: 'All',
	options: [
		{ name: 'All', value: 'All' },
		{ name: 'Lead', value: 'Lead' },
		{ name: 'Not a Lead', value: 'Not a Lead' },
		{ name: 'Not Scored', value: 'Not Scored' },
	],
	description: 'Only report calls with this lead status',
	routing: { send: { type: 'body', property: 'filters.lead_status' } },
};
