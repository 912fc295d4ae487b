import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { fieldOptionName } from '../../../kernel/fieldNames';
import { companyLocator, userLocator } from '../../../kernel/locators';
import { noRecordsForModel } from '../../../kernel/tool';
import { ANSWER_STATUS_OPTIONS, DIRECTION_OPTIONS, LIST_OF_STRINGS, tagNamesParameter } from '../../../kernel/vocabulary';
import { collection } from '../../../kernel/collections';
import { dateFilters, durationLimitField, FIELDS_VALUE, leadStatusFilter, trackerIdsField } from '../../builder/descriptions';
import { checkId, checkIdList } from '../../builder/validation';

/** Summaries count every value of a filter with `all`. */
const withAll = (options: INodePropertyOptions[]): INodePropertyOptions[] => [{ name: 'All', value: 'all' }, ...options];

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Group By of a summary: both summaries group by the same attribution, each adds its own attributes. */
export const groupByField = (subject: string, own: INodePropertyOptions[]): INodeProperties => ({
	displayName: 'Group By',
	name: 'groupBy',
	type: 'options',
	default: '',
	options: [
		{ name: 'None (Totals Only)', value: '' },
		...['campaign', 'keywords', 'landing_page', 'referrer', 'source'].map((value) => ({ name: fieldOptionName(value), value })),
		...own,
	].sort(byName),
	description: `Split the figures by this attribute of the ${subject}. Grouping by company needs the whole account (no Company filter).`,
	routing: { send: { type: 'query', property: 'group_by', value: '={{ $value || undefined }}' } },
});

export const metricsField = (options: INodePropertyOptions[], defaultMetric: string): INodeProperties => ({
	displayName: 'Metrics',
	name: 'fields',
	type: 'multiOptions',
	default: [],
	options,
	description: `Figures to compute. With none chosen CallRail returns ${defaultMetric} only.`,
	routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
});

/** Output of a grouped report: one item for the whole answer (default), or one per group. Hidden when nothing is grouped. */
export const groupOutputField: INodeProperties = {
	displayName: 'Output',
	name: 'output',
	type: 'options',
	default: 'whole',
	options: [
		{
			name: 'One Item per Group',
			value: 'perGroup',
			description: 'Each group with its key and figures, plus the grouping and the period',
		},
		{
			name: 'Whole Summary',
			value: 'whole',
			description: 'One item with the totals and every group, as CallRail returns it',
		},
	],
	displayOptions: { hide: { groupBy: [''] } },
};

const tagsFilter = (subject: string): INodeProperties => ({
	...tagNamesParameter(`Only ${subject} with any of these tag names`),
	routing: { send: { type: 'query', property: 'tags', value: LIST_OF_STRINGS } },
});

const companyFilter = (description: string): INodeProperties => ({
	...companyLocator({ required: false, description }),
	routing: { send: { type: 'query', property: 'company_id' } },
});

/** The filters of the call summary and the call timeseries: both endpoints take the same ones. */
export const callReportFilters: INodeProperties = collection('Filters', [
	{
		...userLocator({
			name: 'agent',
			displayName: 'Agent',
			required: false,
			description: 'Only calls answered by this user',
		}),
		routing: { send: { type: 'query', property: 'agent' } },
	},
	{
		displayName: 'Answer Status',
		name: 'answerStatus',
		type: 'options',
		default: 'answered',
		options: withAll(ANSWER_STATUS_OPTIONS),
		routing: { send: { type: 'query', property: 'answer_status' } },
	},
	companyFilter('Only calls of this company. Without it the whole account is counted.'),
	...dateFilters,
	{
		displayName: 'Device',
		name: 'device',
		type: 'options',
		default: 'mobile',
		options: [
			{ name: 'All', value: 'all' },
			{ name: 'Desktop', value: 'desktop' },
			{ name: 'Mobile', value: 'mobile' },
		],
		description: 'Device the caller browsed from before calling',
		routing: { send: { type: 'query', property: 'device' } },
	},
	{
		displayName: 'Direction',
		name: 'direction',
		type: 'options',
		default: 'inbound',
		options: withAll(DIRECTION_OPTIONS),
		routing: { send: { type: 'query', property: 'direction' } },
	},
	{
		displayName: 'First-Time Callers',
		name: 'firstTimeCallers',
		type: 'options',
		default: true,
		// Boolean values, so workflows saved with the former on/off switch keep their meaning.
		options: [
			{ name: 'First-Time Callers Only', value: true, description: 'Calls from people who never called before' },
			{ name: 'Returning Callers Only', value: false, description: 'Calls from people who called before (first_time_callers=false)' },
		],
		routing: { send: { type: 'query', property: 'first_time_callers' } },
	},
	leadStatusFilter,
	// "If provided, only include … calls under the specified duration": max_duration=0 would leave no call.
	durationLimitField('max', 'query', 'Max Duration (Seconds)', 'Only calls shorter than this many seconds. 0 sets no limit and is not sent.'),
	// "If provided, only include … calls over the specified duration": min_duration=0 would drop calls of 0 seconds.
	durationLimitField('min', 'query', 'Min Duration (Seconds)', 'Only calls longer than this many seconds. 0 sets no limit and is not sent.'),
	{
		displayName: 'Search',
		name: 'search',
		type: 'string',
		default: '',
		description: 'One term matched against the source of the calls',
		routing: { send: { type: 'query', property: 'search' } },
	},
	tagsFilter('calls'),
	// CallRail ignores a plain `tracker_ids=`; an array goes out as `tracker_ids[]=…`.
	trackerIdsField('query', 'Only calls to these trackers. Several IDs may also be separated by commas.'),
]);

export const formReportFilters: INodeProperties = collection('Filters', [
	companyFilter('Only forms of this company. Without it the whole account is counted.'),
	{
		displayName: 'Custom Form IDs',
		name: 'customFormIds',
		type: 'string',
		typeOptions: { multipleValues: true },
		default: [],
		description: 'Only submissions of these custom (external) forms. Several IDs may also be separated by commas.',
		routing: { send: { type: 'query', property: 'custom_form_ids', value: LIST_OF_STRINGS } },
	},
	...dateFilters,
	{
		displayName: 'Form URL',
		name: 'formUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/contact',
		description: 'Only submissions of the form on this page',
		routing: { send: { type: 'query', property: 'form_URL' } },
	},
	leadStatusFilter,
	tagsFilter('form submissions'),
]);

/** Checks the IDs that reach the report endpoints in lists or under names `validateInput` does not know. */
export async function checkReportIds(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	checkIdList(this, qs.tracker_ids, 'tracker');
	if (typeof qs.agent === 'string') checkId(this, qs.agent, 'user');
	for (const name of ['tracker_ids', 'tags', 'custom_form_ids']) {
		if (Array.isArray(qs[name]) && (qs[name] as unknown[]).length === 0) delete qs[name];
	}
	return requestOptions;
}

/**
 * Shapes a report answer into items: one per group (summaries) or per data point (timeseries) when the user asks
 * for it, each carrying the period so it stands on its own; otherwise the answer as one item.
 */
export async function splitReport(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const output = this.getNodeParameter('output', 'whole') as string;
	const body = (items[0]?.json ?? {}) as IDataObject;
	const pairedItem = { item: this.getItemIndex() };
	const period = { start_date: body.start_date, end_date: body.end_date, time_zone: body.time_zone };
	// Under an agent, no groups would reach the model as "": it is told instead (a workflow gets no items). A
	// timeseries always has its points, zeros included.
	if (output === 'perGroup' && Array.isArray(body.grouped_results)) {
		const groups = (body.grouped_results as IDataObject[]).map((group) => ({
			json: { grouped_by: body.grouped_by, ...group, ...period },
			pairedItem,
		}));
		return noRecordsForModel(this, groups, 'groups');
	}
	if (output === 'perPoint' && Array.isArray(body.data)) {
		return (body.data as IDataObject[]).map((point) => ({ json: { ...point, time_zone: body.time_zone }, pairedItem }));
	}
	return items;
}
