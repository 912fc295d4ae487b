import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { exampleId } from '../../kernel/ids';
import { userLocator } from '../../kernel/locators';
import type { PreSend } from './routing';
import { LEAD_STATUS_FILTER_OPTIONS, LEAD_STATUS_OPTIONS, LIST_OF_STRINGS, tagNamesParameter } from '../../kernel/vocabulary';

/**
 * The parameters (fields) the resources share: Return All and Limit, filters, update fields. How a parameter
 * reaches CallRail is in each field's `routing.send`; routing builders are in routing.ts, the locators all three
 * nodes use in nodes/kernel/locators.ts.
 */

/** Return All, then Limit: the order matters to n8n's routing merge, and `paginateList` reads both. */
export function returnAllAndLimit(show: INodeProperties['displayOptions']): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			hint: 'Each request returns up to 250 records; CallRail bills API requests by the month',
			displayOptions: show,
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
			displayOptions: { ...show, show: { ...show?.show, returnAll: [false] } },
		},
	];
}

export const SORT_BY_NAME: INodePropertyOptions[] = [{ name: 'Name', value: 'name' }];


export const maxRateLimitWaitOption: INodeProperties = {
	displayName: 'Max Wait on Rate Limit (Seconds)',
	name: 'maxRateLimitWait',
	type: 'number',
	default: 60,
	typeOptions: { minValue: 0 },
	description:
		'When CallRail answers 429 while paging, wait (as long as Retry-After asks, or with growing pauses) and repeat the same page, up to this many seconds in total',
};

export const DATE_RANGE_OPTIONS = [
	{
		name: 'All Kept (Last 25 Months)',
		value: 'all_time',
		description: 'Sent as a start date at the 25-month retention floor: CallRail refuses date_range=all_time',
	},
	{ name: 'Last 30 Days', value: 'last_30_days' },
	{ name: 'Last 7 Days', value: 'last_7_days' },
	{ name: 'Last Month', value: 'last_month' },
	{ name: 'Last Year', value: 'last_year' },
	{ name: 'Recent (Last 7 Days Including Today)', value: 'recent' },
	{ name: 'This Month', value: 'this_month' },
	{ name: 'This Year', value: 'this_year' },
	{ name: 'Today', value: 'today' },
	{ name: 'Yesterday', value: 'yesterday' },
];

/** Recipient, User and Email of notifications and summary emails: a CallRail user, or an address without a login. */
export function recipientFields(what: string, emailNeeds: string): INodeProperties[] {
	return [
		{
			displayName: 'Recipient',
			name: 'recipient',
			type: 'options',
			default: 'user',
			options: [
				{ name: 'CallRail User', value: 'user' },
				{ name: 'Email Address', value: 'email', description: `Someone without a CallRail login; needs ${emailNeeds}` },
			],
			description: `Who receives ${what}`,
		},
		{
			...userLocator({ description: `The user who receives ${what}` }),
			displayOptions: { show: { recipient: ['user'] } },
			routing: { send: { type: 'body', property: 'user_id' } },
		},
		{ ...emailField(`Address that receives ${what}`), displayOptions: { show: { recipient: ['email'] } } },
	];
}

/** The lead status filter of calls, forms and summaries. */
export const leadStatusFilter: INodeProperties = {
	displayName: 'Lead Status',
	name: 'leadStatus',
	type: 'options',
	default: 'good_lead',
	options: [...LEAD_STATUS_FILTER_OPTIONS],
	routing: { send: { type: 'query', property: 'lead_status' } },
};

/** The time zone dates are read in; "This can be overridden for specified API requests by including a time_zone parameter" (reference). */
export const timeZoneFilter: INodeProperties = {
	displayName: 'Time Zone',
	name: 'timeZone',
	type: 'string',
	default: '',
	placeholder: 'e.g. America/New_York',
	description: "IANA time zone the dates are read in. Empty means the API key user's time zone.",
	routing: { send: { type: 'query', property: 'time_zone' } },
};

/** What a list or report covers when no date is chosen, said where the user picks dates. */
export const defaultRangeNotice: INodeProperties = {
	displayName:
		'Without a date filter CallRail covers only its default range, Recent: the last 7 days including today, with Return All too. Add Date Range or Start Date to cover more (CallRail keeps 25 months).',
	name: 'defaultRangeNotice',
	type: 'notice',
	default: '',
};

/**
 * Min or Max Duration (seconds) of the calls a report or an integration filter covers. 0 sets no limit: nothing is
 * sent in a query, and null in a body, where it clears the saved limit.
 */
export function durationLimitField(
	bound: 'min' | 'max',
	send: 'query' | 'body',
	displayName: string,
	description: string,
): INodeProperties {
	const none = send === 'query' ? 'undefined' : 'null';
	return {
		displayName,
		name: `${bound}Duration`,
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0 },
		description,
		routing: { send: { type: send, property: `${bound}_duration`, value: `={{ $value > 0 ? $value : ${none} }}` } },
	};
}

/** Tracker IDs a report or an integration filter is limited to, sent as a list (`tracker_ids[]=…` in a query). */
export const trackerIdsField = (send: 'query' | 'body', description: string): INodeProperties => ({
	displayName: 'Tracker IDs',
	name: 'trackerIds',
	type: 'string',
	typeOptions: { multipleValues: true },
	default: [],
	placeholder: exampleId('tracker'),
	description,
	routing: { send: { type: send, property: 'tracker_ids', value: LIST_OF_STRINGS } },
});

/** Date filters shared by every endpoint that takes them; each sends its own query parameter. */
export const dateFilters: INodeProperties[] = [
	{
		displayName: 'Date Range',
		name: 'dateRange',
		type: 'options',
		default: 'recent',
		options: DATE_RANGE_OPTIONS,
		description:
			// "recent is the default view in the CallRail UI, and is the API default when no other date range parameters are specified" (reference).
			"A preset period in the chosen time zone. CallRail's API default when no date filter is given is Recent (the last 7 days including today). Start Date and End Date take precedence. All Kept sends start_date = the first whole day of the 25 months CallRail keeps.",
		routing: { send: { type: 'query', property: 'date_range' } },
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		description: 'Inclusive. CallRail keeps 25 months of history.',
		routing: { send: { type: 'query', property: 'start_date', value: '={{ $value ? $value.toString().slice(0, 19) : undefined }}' } },
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		description: 'Inclusive: a date without a time covers that whole day',
		routing: { send: { type: 'query', property: 'end_date', value: '={{ $value ? $value.toString().slice(0, 19) : undefined }}' } },
	},
	timeZoneFilter,
];

const LEAD_STATUS_UPDATE_OPTIONS = [{ name: 'Clear', value: 'clear', description: 'Remove the lead status' }, ...LEAD_STATUS_OPTIONS];

/** Lead Status of Update operations (CallRail calls it `lead_qualification` on threads): Clear sends `null`, which removes the status. */
export const leadStatusUpdateField = (displayName: string, property: 'lead_status' | 'lead_qualification'): INodeProperties => ({
	displayName,
	name: property.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase()),
	type: 'options',
	default: 'good_lead',
	options: LEAD_STATUS_UPDATE_OPTIONS,
	routing: { send: { type: 'body', property, value: '={{ $value === "clear" ? null : $value }}' } },
});

/**
 * Companies (All Companies / Selected Companies) and Company IDs of a write CallRail applies to `company_ids`, where
 * `["all"]` means every company of the account.
 */
export function companyScopeFields(scopeName: string, texts: { scope?: string; all?: string; ids?: string }): INodeProperties[] {
	return [
		{
			displayName: 'Companies',
			name: scopeName,
			type: 'options',
			default: 'chosen',
			options: [
				{ name: 'All Companies', value: 'all', ...(texts.all ? { description: texts.all } : {}) },
				{ name: 'Selected Companies', value: 'chosen' },
			],
			...(texts.scope ? { description: texts.scope } : {}),
			routing: { send: { type: 'body', property: 'company_ids', value: '={{ $value === "all" ? ["all"] : undefined }}' } },
		},
		{
			displayName: 'Company IDs',
			name: 'companyIds',
			type: 'string',
			typeOptions: { multipleValues: true },
			required: true,
			default: [],
			placeholder: exampleId('company'),
			...(texts.ids ? { description: texts.ids } : {}),
			displayOptions: { show: { [scopeName]: ['chosen'] } },
			routing: { send: { type: 'body', property: 'company_ids', value: LIST_OF_STRINGS } },
		},
	];
}

/** Status of companies and trackers, a list filter: without it CallRail lists disabled ones too. */
export const statusFilter = (description?: string): INodeProperties => ({
	displayName: 'Status',
	name: 'status',
	type: 'options',
	default: 'active',
	options: [
		{ name: 'Active', value: 'active' },
		{ name: 'Disabled', value: 'disabled' },
	],
	...(description ? { description } : {}),
	routing: { send: { type: 'query', property: 'status' } },
});

/** The address of an invited user or of a recipient without a login. */
export const emailField = (description: string): INodeProperties => ({
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'e.g. name@email.com',
	required: true,
	default: '',
	description,
	routing: { send: { type: 'body', property: 'email' } },
});

/**
 * Tag Mode + Tags of Update operations (form submissions, SMS threads, calls): sent as `append_tags` and `tags`.
 * Remove runs `removeTags`, the record's read-then-replace step (builder/tagRemoval.ts).
 */
export function tagUpdateFields(subject: string, removeTags: PreSend): INodeProperties[] {
	const modes = [
		{ name: 'Append', value: 'append', description: `Add the tags to those the ${subject} already has` },
		{
			name: 'Remove',
			value: 'remove',
			description: `Remove these tags from the ${subject} and keep the others (at least two requests: a read, then the update)`,
		},
		{ name: 'Replace', value: 'replace', description: `Replace the ${subject}'s tags with these` },
	];
	return [
		{
			displayName: 'Tag Mode',
			name: 'tagMode',
			type: 'options',
			default: 'append',
			options: modes,
			description: 'How Tags combine with the existing tags. Without it CallRail replaces them.',
			routing: {
				send: { type: 'body', property: 'append_tags', value: '={{ $value === "append" }}', preSend: [removeTags] },
			},
		},
		{
			...tagNamesParameter(
				"Tag names. Names the company doesn't have yet are created. An empty list with Tag Mode Replace removes every tag.",
			),
			routing: { send: { type: 'body', property: 'tags', value: LIST_OF_STRINGS } },
		},
	];
}

/** `fields=a,b` from a multiOptions parameter, nothing when none is chosen. */
export const FIELDS_VALUE = '={{ $value.length ? $value.join(",") : undefined }}';
