import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { leadLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';
import { paginateRouting } from '../../builder/pagination';

const timelineFields: INodeProperties[] = [
	leadLocator({ description: 'The lead (person)' }),
	{
		displayName: 'Lead Summary',
		name: 'leadSummary',
		type: 'options',
		default: 'none',
		options: [
			{
				name: 'Add to Each Event',
				value: 'eachItem',
				description: 'Every event item gets the summary under a "lead" key',
			},
			{
				name: 'First Item',
				value: 'firstItem',
				description: 'The summary comes first, as an item with type "lead_summary"; Limit counts only events',
			},
			{ name: 'Leave Out', value: 'none', description: 'Return the timeline events only' },
		],
		description:
			"Whether and how to return the lead summary (name, number, first and last touch, qualification, tags) CallRail sends with the timeline",
		// The timeline pages like every list; this parameter's paging keeps the lead summary of the first page.
		routing: { operations: { pagination: paginateLeadTimeline } },
	},
];

/**
 * Pages through `timeline` like every Get Many and keeps the `lead` summary of the first page, which the user can
 * have added to each event or returned as a first item.
 */
async function paginateLeadTimeline(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const mode = this.getNodeParameter('leadSummary', 'none') as string;
	let lead: IDataObject | undefined;
	const events = await paginateRouting.call(this, requestData, { envelope: 'timeline' }, (body) => {
		if (lead === undefined && body.lead && typeof body.lead === 'object') lead = body.lead as IDataObject;
	});
	if (mode === 'none' || lead === undefined) return events;
	if (mode === 'eachItem') return events.map((item) => ({ ...item, json: { ...item.json, lead } }));
	return [{ json: { type: 'lead_summary', ...lead } }, ...events];
}

export const getLeadTimeline: OperationDeclaration = {
	value: 'getTimeline',
	name: 'Get Timeline',
	action: 'Get the timeline of a lead',
	description: 'List the calls, forms, texts, chats and milestones of one lead, newest first',
	method: 'GET',
	path: 'leads/{{$parameter.leadId}}/timeline.json',
	output: false,
	fields: timelineFields,
	list: {
		envelope: 'timeline',
		options: [
			{
				displayName: 'Include Fields',
				name: 'fields',
				type: 'string',
				default: '',
				placeholder: 'e.g. type,event_date,source',
				description: 'Comma-separated fields to return for each event (all of them when empty)',
				routing: {
					send: {
						type: 'query',
						property: 'fields',
						value: '={{ $value ? $value.split(",").map(f => f.trim()).filter(f => f).join(",") || undefined : undefined }}',
					},
				},
			},
			{
				displayName: 'Sort By',
				name: 'sort',
				type: 'options',
				default: 'event_date',
				options: [
					{ name: 'Created At (Oldest First)', value: 'created_at' },
					{ name: 'Event Date (Newest First)', value: 'event_date' },
				],
				routing: { send: { type: 'query', property: 'sort' } },
			},
		],
	},
};
