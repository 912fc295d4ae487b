import type {
	IDataObject,
	IDisplayOptions,
	INode,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import * as listSearch from '../shared/listSearch';
import { isCallRailError } from '../shared/errors';
import { accountLocator, companyLocator, trackerLocator } from '../shared/locators';
import { attachEventFiles, attachFilesOption } from '../shared/media';
import type { EventFiles } from '../shared/webhookEvents';
import { checkedAccountId } from '../shared/ids';
import {
	CALL_FIELDS,
	callFingerprint,
	changedFields,
	DEFAULT_OVERLAP_MINUTES,
	ENDPOINTS,
	fetchWindow,
	FORM_FIELDS,
	type PollEvent,
	retentionFloor,
	timeMs,
	utc,
} from './poll';
import { ANSWER_STATUS_OPTIONS, DIRECTION_OPTIONS, LEAD_STATUS_FILTER_OPTIONS, tagNames, tagNamesParameter, tagNamesTextParameter } from '../shared/vocabulary';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Ids remembered to drop records seen in an earlier poll's overlap. */
const SEEN_LIMIT = 5000;
/** Calls whose update fingerprint is kept. */
const FINGERPRINT_LIMIT = 5000;
const MAX_BACKFILL_HOURS = 168;
const MAX_UPDATE_WINDOW_HOURS = 72;

interface PollStaticData extends IDataObject {
	/** The event the state below belongs to; another event starts afresh. */
	event?: string;
	/** Epoch ms: the newest record time seen (or the activation time). The next poll asks from cursor − overlap. */
	cursor?: number;
	/** Ids already emitted or present at activation (texts: id@last_message_at). */
	seen?: string[];
	/** Call updates: per call id, its start time and the short hashes of the watched fields. */
	fingerprints?: Record<string, { t: number; f: Record<string, string> }>;
}

const CALL_EVENTS: PollEvent[] = ['newCall', 'callUpdated'];
/** What Attach Files downloads for each event. */
const EVENT_FILES: Partial<Record<PollEvent, EventFiles>> = { newCall: 'recording', callUpdated: 'recording', textConversation: 'text' };
const showFor = (events: PollEvent[]) => ({ show: { '/event': events } });

const filterOptions = (tags: INodeProperties): INodeProperties[] => [
	{
		displayName: 'Answer Status',
		name: 'answerStatus',
		type: 'options',
		default: 'answered',
		options: [...ANSWER_STATUS_OPTIONS],
		displayOptions: showFor(CALL_EVENTS),
	},
	{ ...companyLocator({ required: false }) },
	{
		displayName: 'Direction',
		name: 'direction',
		type: 'options',
		default: 'inbound',
		options: [...DIRECTION_OPTIONS],
		displayOptions: showFor(CALL_EVENTS),
	},
	{
		displayName: 'First Call Only',
		name: 'firstCallOnly',
		type: 'boolean',
		default: true,
		description: "Whether to pass only each caller's first call",
		displayOptions: showFor(CALL_EVENTS),
	},
	{
		displayName: 'Lead Status',
		name: 'leadStatus',
		type: 'options',
		default: 'good_lead',
		options: [...LEAD_STATUS_FILTER_OPTIONS],
		displayOptions: showFor(['newCall', 'callUpdated', 'newFormSubmission']),
	},
	{ ...tags, displayOptions: showFor(['newCall', 'callUpdated', 'newFormSubmission']) },
	{ ...trackerLocator({ required: false }), displayOptions: showFor(CALL_EVENTS) },
];

/**
 * The Filters of the trigger. Version 1 took Tags as comma-separated text; from 1.1 Tags is a list like everywhere
 * else in the package. Both are read with `tagNames`, so a version 1 workflow keeps working unchanged.
 */
const eventFilters = (tags: INodeProperties, show: IDisplayOptions): INodeProperties => ({
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	displayOptions: show,
	options: filterOptions(tags),
});

function buildQs(ctx: IPollFunctions, event: PollEvent): IDataObject {
	const filters = ctx.getNodeParameter('filters', {}) as IDataObject;
	const value = (name: string) => ctx.getNodeParameter(`filters.${name}`, '', { extractValue: true }) as string;
	const qs: IDataObject = { time_zone: 'Etc/UTC', ...ENDPOINTS[event].sortQs };
	if (filters.companyId && value('companyId')) qs.company_id = value('companyId');
	const isCall = CALL_EVENTS.includes(event);
	if (isCall) {
		qs.fields = CALL_FIELDS.join(',');
		if (filters.trackerId && value('trackerId')) qs.tracker_id = value('trackerId');
		if (filters.direction) qs.direction = filters.direction;
		if (filters.answerStatus) qs.answer_status = filters.answerStatus;
		if (filters.firstCallOnly) qs.call_type = 'first_call';
	}
	if (event === 'newFormSubmission') qs.fields = FORM_FIELDS.join(',');
	if (isCall || event === 'newFormSubmission') {
		if (filters.leadStatus) qs.lead_status = filters.leadStatus;
		const tags = tagNames(filters.tags);
		if (tags.length) qs.tags = tags;
	}
	return qs;
}

function asNodeError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, error as Error);
}

const clamp = (value: unknown, min: number, max: number, fallback: number) => {
	const n = Number(value ?? fallback);
	return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
};

export class CallRailPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CallRail Polling Trigger',
		name: 'callRailPollingTrigger',
		icon: { light: 'file:../../icons/callrail.svg', dark: 'file:../../icons/callrail.dark.svg' },
		group: ['trigger'],
		// 1.1: Tags is a list of names (version 1: comma-separated text).
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{ $parameter["event"] }}',
		description: 'Starts the workflow on new or changed CallRail calls, form submissions and text conversations, by polling',
		defaults: { name: 'CallRail Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'callRailApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				default: 'newCall',
				options: [
					{
						name: 'Call Updated',
						value: 'callUpdated',
						description: 'Tags, note, lead status or value changed, or the recording or transcript arrived',
					},
					{ name: 'New Call', value: 'newCall' },
					{ name: 'New Form Submission', value: 'newFormSubmission' },
					{
						name: 'New or Updated Text Conversation',
						value: 'textConversation',
						description: 'A conversation got a new message',
					},
				],
			},
			accountLocator,
			eventFilters(tagNamesTextParameter('Comma-separated tag names; a record passes if it has any of them'), { show: { '@version': [1] } }),
			eventFilters(tagNamesParameter('A record passes if it has any of these tag names'), { hide: { '@version': [1] } }),
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					attachFilesOption,
					{
						displayName: 'Backfill (Hours)',
						name: 'backfillHours',
						type: 'number',
						default: 0,
						typeOptions: { minValue: 0, maxValue: MAX_BACKFILL_HOURS },
						description:
							'On activation, also emit the records of the last this many hours (at most 168). 0 starts with what comes next.',
					},
					{
						displayName: 'Overlap (Minutes)',
						name: 'overlapMinutes',
						type: 'number',
						default: DEFAULT_OVERLAP_MINUTES,
						typeOptions: { minValue: 0, maxValue: 1440 },
						description:
							'Each poll looks back this far before the newest record it has seen. Calls are found by their start time but may only be listed once they end and are processed (up to 20 minutes after hangup), so this must exceed your longest calls plus 20 minutes. Records are never emitted twice.',
					},
					{
						displayName: 'Update Window (Hours)',
						name: 'updateWindowHours',
						type: 'number',
						default: 2,
						typeOptions: { minValue: 0, maxValue: MAX_UPDATE_WINDOW_HOURS },
						description:
							'Call Updated: how long after a call starts it is watched for changes (at most 72). Longer windows cost more requests.',
						displayOptions: { show: { '/event': ['callUpdated'] } },
					},
				],
			},
		],
	};

	methods = { listSearch };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event', 'newCall') as PollEvent;
		const spec = ENDPOINTS[event];
		if (!spec) throw new NodeOperationError(this.getNode(), `Unknown event ${event}`);
		const accountId = checkedAccountId(this.getNode(), this.getNodeParameter('accountId', '', { extractValue: true }));
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const overlapMs = clamp(options.overlapMinutes, 0, 1440, DEFAULT_OVERLAP_MINUTES) * MINUTE;
		const backfillMs = clamp(options.backfillHours, 0, MAX_BACKFILL_HOURS, 0) * HOUR;
		const updateWindowMs = event === 'callUpdated' ? clamp(options.updateWindowHours, 0, MAX_UPDATE_WINDOW_HOURS, 2) * HOUR : 0;
		const qs = buildQs(this, event);
		const now = Date.now();
		const floor = retentionFloor(now);

		try {
			if (this.getMode() === 'manual') {
				// "Fetch Test Event": the latest record, without touching the cursor.
				const start = Math.max(now - 30 * 24 * HOUR, floor);
				const { records } = await fetchWindow.call(this, accountId, spec, { ...qs, start_date: utc(start) }, 1);
				return records.length ? [await attachEventFiles.call(this, accountId, EVENT_FILES[event], this.helpers.returnJsonArray(records.slice(0, 1)))] : null;
			}

			const data = this.getWorkflowStaticData('node') as PollStaticData;
			if (data.event !== event) {
				delete data.cursor;
				delete data.seen;
				delete data.fingerprints;
			}
			const first = data.cursor === undefined;
			const reference = Math.max(now, data.cursor ?? 0);
			let start = first ? now - Math.max(overlapMs, backfillMs) : (data.cursor as number) - overlapMs;
			if (updateWindowMs) start = Math.min(start, reference - updateWindowMs);
			start = Math.max(start, floor);

			const { records } = await fetchWindow.call(this, accountId, spec, { ...qs, start_date: utc(start) });

			const seen = new Set(data.seen ?? []);
			const fingerprints = { ...(data.fingerprints ?? {}) };
			const emitted: IDataObject[] = [];
			let newest = data.cursor ?? now;
			// Oldest first, so the workflow sees records in the order they happened.
			for (const record of [...records].reverse()) {
				const at = timeMs(spec.timeOf(record));
				if (at !== undefined) newest = Math.max(newest, at);
				const id = String(record.id);
				if (event === 'callUpdated') {
					const fingerprint = callFingerprint(record);
					const before = fingerprints[id];
					if (before) {
						const changes = changedFields(before.f, fingerprint);
						if (changes.length) emitted.push({ ...record, changes });
					}
					fingerprints[id] = { t: at ?? now, f: fingerprint };
					continue;
				}
				const key = event === 'textConversation' ? `${id}@${String(record.last_message_at ?? '')}` : id;
				if (seen.has(key)) continue;
				seen.add(key);
				const backfilled = first && backfillMs > 0 && at !== undefined && at >= now - backfillMs;
				if (!first || backfilled) emitted.push(record);
			}

			// Commit the new state only now: a failed poll (for example a 429) leaves the cursor where it was.
			data.event = event;
			data.cursor = first ? Math.max(now, newest) : newest;
			data.seen = [...seen].slice(-SEEN_LIMIT);
			if (event === 'callUpdated') {
				const keep = Object.entries(fingerprints)
					.filter(([, entry]) => entry.t >= start - overlapMs)
					.sort((a, b) => a[1].t - b[1].t)
					.slice(-FINGERPRINT_LIMIT);
				data.fingerprints = Object.fromEntries(keep);
			}
			return emitted.length ? [await attachEventFiles.call(this, accountId, EVENT_FILES[event], this.helpers.returnJsonArray(emitted))] : null;
		} catch (error) {
			if (isCallRailError(error, 429)) {
				this.logger.warn('CallRail rate limit reached; this poll is skipped and the next one starts from the same point');
				return null;
			}
			throw asNodeError(this.getNode(), error);
		}
	}
}
