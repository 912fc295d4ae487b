import type { INodeProperties, INodePropertyOptions, INodePropertyRouting } from 'n8n-workflow';

import { throwOnErrorResponse } from './errors';
import { type ListOptions, paginateList, retryingRequest } from './pagination';
import { retryPolicyFor } from './retry';
import { flagResult } from './routing';
import { validateInput } from './validation';
import { ID_PREFIXES, LEAD_STATUS_FILTER_OPTIONS } from '../../shared/vocabulary';

/**
 * The editor's check of a pasted ID, as lenient as `idProblem`: no whitespace or URL characters, and not another
 * resource's prefix. `ACC` + 32 hex is today's format and a plain number the older one; both pass, as may others.
 */
export const idPattern = (prefix?: string) => {
	const others = Object.keys(ID_PREFIXES).filter((p) => p !== prefix);
	return `^(?!(${others.join('|')})[0-9a-fA-F]+$)[^\\s/?#%\\\\]+$`;
};

interface LocatorOptions {
	name: string;
	displayName: string;
	searchMethod: string;
	/** The id prefix, e.g. `COM`; omit for integer ids such as tags. */
	prefix?: string;
	required?: boolean;
	description?: string;
	placeholder?: string;
}

/** A "pick from a list, or paste an ID" parameter, the way n8n shows records users should not have to type. */
export function resourceLocator(options: LocatorOptions): INodeProperties {
	const regex = idPattern(options.prefix);
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		// The ID's form is in the description too: it is what a model reads when an agent fills the parameter.
		description: [
			options.description?.replace(/\.$/, ''),
			options.prefix
				? `${options.displayName} IDs are ${options.prefix} followed by 32 hexadecimal characters`
				: `${options.displayName} IDs are whole numbers`,
		]
			.filter(Boolean)
			.join('. '),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.placeholder ?? (options.prefix ? `${options.prefix}0123456789abcdef0123456789abcdef` : '12345'),
				validation: [
					{
						type: 'regex',
						properties: { regex, errorMessage: `Not a valid ${options.displayName} ID` },
					},
				],
			},
		],
	};
}

export const accountLocator = resourceLocator({
	name: 'accountId',
	displayName: 'Account',
	searchMethod: 'searchAccounts',
	prefix: 'ACC',
	description: 'The CallRail account. Agency keys can see several.',
});

export const companyLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'companyId', displayName: 'Company', searchMethod: 'searchCompanies', prefix: 'COM', ...overrides });

export const trackerLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'trackerId', displayName: 'Tracker', searchMethod: 'searchTrackers', prefix: 'TRK', ...overrides });

export const userLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'userId', displayName: 'User', searchMethod: 'searchUsers', prefix: 'USR', ...overrides });

export const tagLocator = (overrides: Partial<LocatorOptions> = {}) =>
	resourceLocator({ name: 'tagId', displayName: 'Tag', searchMethod: 'searchTags', ...overrides });

/** The account-scoped path of an endpoint, as an expression: `accountPath('calls.json')`. */
export const accountPath = (rest: string) => `=/v3/a/{{$parameter.accountId}}/${rest}`;

/**
 * Routing of an operation that reads or changes one record, retried as `retryPolicyFor` its method says. n8n's
 * RoutingNode hands a node its request function only inside `operations.pagination` (with `paginate` on), so a
 * retried single GET goes through a one-request "pagination" function.
 */
export function recordRouting(
	method: 'GET' | 'POST' | 'PUT' | 'DELETE',
	url: string,
	extra: { postReceive?: NonNullable<INodePropertyRouting['output']>['postReceive'] } = {},
): INodePropertyRouting {
	const retried = retryPolicyFor(method) !== false;
	return {
		request: { method, url },
		send: { preSend: [validateInput], ...(retried ? { paginate: true } : {}) },
		operations: retried ? { pagination: retryingRequest } : undefined,
		output: { postReceive: [throwOnErrorResponse(method), ...(extra.postReceive ?? [])] },
	};
}

/** Routing of a "Get Many" operation: always paginated through `paginateList`, which honours Return All and Limit. */
export function listRouting(url: string, list: ListOptions): INodePropertyRouting {
	return {
		request: { method: 'GET', url },
		send: { preSend: [validateInput], paginate: true },
		operations: { pagination: paginateList(list) },
		output: { postReceive: [throwOnErrorResponse('GET')] },
	};
}

/** A DELETE answers 204 with no body; give the user something to continue with. */
export const deletedResult = (idParameter: string) => flagResult('deleted', idParameter);

/** Return All, then Limit: the order matters to n8n's routing merge, and `paginateList` reads both. */
export function returnAllAndLimit(show: INodeProperties['displayOptions']): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
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

/** Order and Sort By of a Get Many's Options. CallRail only honours `order` together with `sort`. */
export function sortOptions(fields: INodePropertyOptions[], defaultSort: string, defaultOrder: 'asc' | 'desc'): INodeProperties[] {
	return [
		{
			displayName: 'Order',
			name: 'order',
			type: 'options',
			default: defaultOrder,
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
			description: 'Requires Sort By',
			routing: { send: { type: 'query', property: 'order' } },
		},
		{
			displayName: 'Sort By',
			name: 'sort',
			type: 'options',
			default: defaultSort,
			options: fields,
			routing: { send: { type: 'query', property: 'sort' } },
		},
	];
}

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
	{ name: 'Recent (Last 7 Days Including Today)', value: 'recent' },
	{ name: 'Today', value: 'today' },
	{ name: 'Yesterday', value: 'yesterday' },
	{ name: 'Last 7 Days', value: 'last_7_days' },
	{ name: 'Last 30 Days', value: 'last_30_days' },
	{ name: 'This Month', value: 'this_month' },
	{ name: 'Last Month', value: 'last_month' },
	{ name: 'This Year', value: 'this_year' },
	{ name: 'Last Year', value: 'last_year' },
	{
		name: 'All Kept (Last 25 Months)',
		value: 'all_time',
		description: 'Sent as a start date at the 25-month retention floor: CallRail refuses date_range=all_time',
	},
];

/** Recipient, User and Email of notifications and summary emails: a CallRail user, or an address without a login. */
export function recipientFields(
	show: Record<string, string[]>,
	what: string,
	emailNeeds: string,
): INodeProperties[] {
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
			displayOptions: { show },
		},
		{
			...userLocator({ description: `The user who receives ${what}` }),
			displayOptions: { show: { ...show, recipient: ['user'] } },
			routing: { send: { type: 'body', property: 'user_id' } },
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description: `Address that receives ${what}`,
			displayOptions: { show: { ...show, recipient: ['email'] } },
			routing: { send: { type: 'body', property: 'email' } },
		},
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

/** Date filters shared by every endpoint that takes them; each sends its own query parameter. */
export const dateFilters: INodeProperties[] = [
	{
		displayName: 'Date Range',
		name: 'dateRange',
		type: 'options',
		default: 'recent',
		options: DATE_RANGE_OPTIONS,
		description:
			'A preset period in the chosen time zone. Start Date and End Date take precedence. All Kept sends start_date = the first whole day of the 25 months CallRail keeps.',
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
	{
		displayName: 'Time Zone',
		name: 'timeZone',
		type: 'string',
		default: '',
		placeholder: 'America/New_York',
		description: "IANA time zone the dates are read in. Empty means the API key user's time zone.",
		routing: { send: { type: 'query', property: 'time_zone' } },
	},
];
