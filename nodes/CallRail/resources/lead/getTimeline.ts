import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { exampleId, idForm } from '../../../shared/ids';
import { maxRateLimitWaitOption, returnAllAndLimit } from '../../shared/descriptions';
import { paginateRouting } from '../../shared/pagination';
import { leadShow } from './getMany';

const show = leadShow(['getTimeline']);

export const leadGetTimelineDescription: INodeProperties[] = [
	{
		displayName: 'Lead ID',
		name: 'leadId',
		type: 'string',
		required: true,
		default: '',
		placeholder: exampleId('lead'),
		description: `The lead (person), as ${idForm('lead')}`,
		displayOptions: show,
	},
	...returnAllAndLimit(show),
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
		displayOptions: show,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Fields',
				name: 'fields',
				type: 'string',
				default: '',
				placeholder: 'type,event_date,source',
				description: 'Comma-separated fields to return for each event (all of them when empty)',
				routing: {
					send: {
						type: 'query',
						property: 'fields',
						value: '={{ $value ? $value.split(",").map(f => f.trim()).filter(f => f).join(",") || undefined : undefined }}',
					},
				},
			},
			maxRateLimitWaitOption,
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
];

/**
 * Pages through `timeline` like every Get Many and keeps the `lead` summary of the first page, which the user can
 * have added to each event or returned as a first item.
 */
export async function paginateLeadTimeline(
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
