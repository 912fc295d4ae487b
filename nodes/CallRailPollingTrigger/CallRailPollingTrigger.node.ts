import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import * as listSearch from '../kernel/listSearch';
import { isCallRailError } from '../kernel/errors';
import { accountLocator, companyLocator, trackerLocator } from '../kernel/locators';
import { attachEventFiles, attachFilesOption } from '../kernel/media';
import type { EventFiles } from '../kernel/webhookEvents';
import { accountIdOf } from '../kernel/ids';
import { CONVERSATION_INTELLIGENCE_FIELDS } from '../kernel/callFields';
import { CALL_DEFAULT_FIELDS, CALL_INCLUDE_FIELD_OPTIONS, FORM_FIELDS } from './fields';
import {
	callFingerprint,
	changedFields,
	DEFAULT_OVERLAP_MINUTES,
	ENDPOINTS,
	fetchRoster,
	fetchWindow,
	isRosterEvent,
	messagesSince,
	type PollEvent,
	refusedFieldsError,
	retentionFloor,
	ROSTERS,
	type RosterEvent,
	timeMs,
	utc,
	type WindowEvent,
} from './poll';
import { ANSWER_STATUS_OPTIONS, DIRECTION_OPTIONS, LEAD_STATUS_FILTER_OPTIONS, tagNames, tagNamesParameter } from '../kernel/vocabulary';
import { collection } from '../kernel/collections';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Ids remembered to drop records seen in an earlier poll's overlap. */
const SEEN_LIMIT = 5000;
/** Companies, trackers and users remembered: a roster is listed whole, so all of it is kept. */
const ROSTER_LIMIT = 50_000;
/** Calls whose update fingerprint is kept. */
const FINGERPRINT_LIMIT = 5000;
const MAX_BACKFILL_HOURS = 168;
const MAX_UPDATE_WINDOW_HOURS = 72;

interface PollStaticData extends IDataObject {
	/** The event the state below belongs to; another event starts afresh. */
	event?: string;
	/** Epoch ms: the newest record time seen (or the activation time). The next poll asks from cursor − overlap. */
	cursor?: number;
	/** Ids already emitted or present at activation. */
	seen?: string[];
	/** Call updates: per call id, its start time and the short hashes of the watched fields. */
	fingerprints?: Record<string, { t: number; f: Record<string, string> }>;
	/** Text conversations: per conversation id, the time of its newest message already handled. */
	lastMessageAt?: Record<string, number>;
}

const EVENT_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Call Updated',
		value: 'callUpdated',
		description:
			'Tags, note, lead status or value changed, the recording arrived, or a chosen Conversation Intelligence field arrived or changed',
	},
	{ name: 'New Call', value: 'newCall' },
	{ name: 'New Company', value: 'newCompany', description: 'A company was added to the account' },
	{ name: 'New Form Submission', value: 'newFormSubmission' },
	{
		name: 'New or Updated Text Conversation',
		value: 'textConversation',
		description: 'A conversation got new messages; "messages" holds every one since the previous poll, oldest first',
	},
	{ name: 'New Tracker', value: 'newTracker', description: 'A tracking number was added' },
	{ name: 'New User', value: 'newUser', description: 'A user was added to the account' },
];

/** The subtitle shows the event's name, not its value. */
const EVENT_SUBTITLE = `={{ ${JSON.stringify(Object.fromEntries(EVENT_OPTIONS.map((o) => [o.value, o.name])))}[$parameter["event"]] }}`;

const CALL_EVENTS: PollEvent[] = ['newCall', 'callUpdated'];
/** What Attach Files downloads for each event. */
const EVENT_FILES: Partial<Record<PollEvent, EventFiles>> = { newCall: 'recording', callUpdated: 'recording', textConversation: 'text' };
const showFor = (events: PollEvent[]) => ({ show: { '/event': events } });

/**
 * What a poll costs, from CallRail's own billing (its help article on API charges: free up to 1,500 requests a month,
 * $80 up to 12,000, $200 up to 300,000); a 30-day month has 43,200 minutes.
 */
const COST_NOTICE =
	'CallRail bills API requests by the month: free up to 1,500, $80 up to 12,000, $200 up to 300,000. Every poll is at least one request, even when nothing happened: every minute is about 43,000 a month ($200), every 15 minutes about 2,900 ($80), every hour about 730 (free). A poll costs more when it finds over 250 records, when a text conversation got three or more messages (one request per conversation), when Attach Files downloads recordings, and for New Company and New Tracker, one request per 250 companies or trackers. If the API key may manage integrations, the CallRail Trigger costs no request per event.';

const filterOptions: INodeProperties[] = [
	{
		displayName: 'Answer Status',
		name: 'answerStatus',
		type: 'options',
		default: 'answered',
		options: [...ANSWER_STATUS_OPTIONS],
		displayOptions: showFor(CALL_EVENTS),
	},
	{
		...companyLocator({ required: false }),
		displayOptions: showFor(['newCall', 'callUpdated', 'newFormSubmission', 'textConversation', 'newTracker', 'newUser']),
	},
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
	{
		...tagNamesParameter('A record passes if it has any of these tag names'),
		placeholder: 'e.g. Quote',
		displayOptions: showFor(['newCall', 'callUpdated', 'newFormSubmission']),
	},
	{ ...trackerLocator({ required: false }), displayOptions: showFor(CALL_EVENTS) },
];

/** The Include Fields the user chose (call events only). */
function chosenFields(ctx: IPollFunctions, event: PollEvent): string[] {
	if (!CALL_EVENTS.includes(event)) return [];
	const fields = ctx.getNodeParameter('options.fields', []) as string[];
	return Array.isArray(fields) ? fields : [];
}

function buildQs(ctx: IPollFunctions, event: PollEvent): IDataObject {
	const filters = ctx.getNodeParameter('filters', {}) as IDataObject;
	const value = (name: string) => ctx.getNodeParameter(`filters.${name}`, '', { extractValue: true }) as string;
	if (isRosterEvent(event)) {
		const qs: IDataObject = { ...ROSTERS[event].qs };
		if (ROSTERS[event].byCompany && filters.companyId && value('companyId')) qs.company_id = value('companyId');
		return qs;
	}
	const qs: IDataObject = { time_zone: 'Etc/UTC', ...ENDPOINTS[event].sortQs };
	if (filters.companyId && value('companyId')) qs.company_id = value('companyId');
	const isCall = CALL_EVENTS.includes(event);
	if (isCall) {
		qs.fields = [...new Set([...CALL_DEFAULT_FIELDS, ...chosenFields(ctx, event)])].join(',');
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
		version: 1,
		subtitle: EVENT_SUBTITLE,
		description: 'Starts the workflow on new or changed CallRail calls, form submissions, text conversations, companies, trackers and users, by polling',
		defaults: { name: 'CallRail Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'callRailApi', required: true }],
		properties: [
			{ displayName: COST_NOTICE, name: 'costNotice', type: 'notice', default: '' },
			{
				displayName: 'Trigger On',
				name: 'event',
				type: 'options',
				default: 'newCall',
				options: EVENT_OPTIONS,
			},
			accountLocator,
			collection('Filters', filterOptions, {
				displayOptions: { hide: { event: ['newCompany'] } },
			}),
			collection('Options', [
				attachFilesOption,
				{
					displayName: 'Backfill (Hours)',
					name: 'backfillHours',
					type: 'number',
					default: 0,
					typeOptions: { minValue: 0, maxValue: MAX_BACKFILL_HOURS },
					description: 'On activation, also emit the records of the last this many hours (at most 168; 0 starts with what comes next)',
				},
				{
					displayName: 'Include Fields',
					name: 'fields',
					type: 'multiOptions',
					default: [],
					options: CALL_INCLUDE_FIELD_OPTIONS,
					description:
						'More call fields on each item, at no extra request (source, campaign, landing page, GCLID, UTM, milestones and the other attribution fields always come)',
					displayOptions: showFor(CALL_EVENTS),
				},
				{
					displayName: 'Look-Back (Minutes)',
					name: 'overlapMinutes',
					type: 'number',
					default: DEFAULT_OVERLAP_MINUTES,
					typeOptions: { minValue: 0, maxValue: 1440 },
					description:
						'How far each poll looks back for records CallRail lists late, such as a long call, which appears only once it has ended (keep it above your longest calls plus 20 minutes)',
					displayOptions: showFor(['newCall', 'callUpdated', 'newFormSubmission', 'textConversation']),
				},
				{
					displayName: 'Watch Calls for Changes (Hours)',
					name: 'updateWindowHours',
					type: 'number',
					default: 2,
					typeOptions: { minValue: 0, maxValue: MAX_UPDATE_WINDOW_HOURS },
					description: 'How long after it starts a call is checked for changes (at most 72; more hours of busy calls can take more requests)',
					displayOptions: showFor(['callUpdated']),
				},
			]),
		],
	};

	methods = { listSearch };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event', 'newCall') as PollEvent;
		if (!(event in ENDPOINTS) && !isRosterEvent(event)) throw new NodeOperationError(this.getNode(), `Unknown event ${event}`);
		const accountId = accountIdOf(this);
		try {
			const emitted = isRosterEvent(event)
				? await pollRoster.call(this, accountId, event)
				: await pollWindow.call(this, accountId, event);
			return emitted.length ? [await attachEventFiles.call(this, accountId, EVENT_FILES[event], this.helpers.returnJsonArray(emitted))] : null;
		} catch (error) {
			if (isCallRailError(error, 429)) {
				this.logger.warn('CallRail rate limit reached; this poll is skipped and the next one starts from the same point');
				return null;
			}
			if (error instanceof NodeApiError) throw refusedFieldsError(this.getNode(), error, chosenFields(this, event));
			throw asNodeError(this.getNode(), error);
		}
	}
}

interface PollSettings {
	overlapMs: number;
	backfillMs: number;
	now: number;
}

function settingsOf(ctx: IPollFunctions): PollSettings {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	return {
		overlapMs: clamp(options.overlapMinutes, 0, 1440, DEFAULT_OVERLAP_MINUTES) * MINUTE,
		backfillMs: clamp(options.backfillHours, 0, MAX_BACKFILL_HOURS, 0) * HOUR,
		now: Date.now(),
	};
}

/** The state of this event; another event (the user switched it) starts afresh. */
function stateFor(ctx: IPollFunctions, event: PollEvent): PollStaticData {
	const data = ctx.getWorkflowStaticData('node') as PollStaticData;
	if (data.event !== event) {
		for (const key of Object.keys(data)) delete data[key];
	}
	return data;
}

/** Calls, form submissions and conversations of the window since the cursor, each emitted once. */
async function pollWindow(this: IPollFunctions, accountId: string, event: WindowEvent): Promise<IDataObject[]> {
	const spec = ENDPOINTS[event];
	const { overlapMs, backfillMs, now } = settingsOf(this);
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const updateWindowMs = event === 'callUpdated' ? clamp(options.updateWindowHours, 0, MAX_UPDATE_WINDOW_HOURS, 2) * HOUR : 0;
	// Conversation Intelligence fields arrive after the call: when chosen, Call Updated watches them too.
	const lateFields = chosenFields(this, event).filter((field) => CONVERSATION_INTELLIGENCE_FIELDS.has(field));
	const qs = buildQs(this, event);
	const floor = retentionFloor(now);

	if (this.getMode() === 'manual') {
		// "Fetch Test Event": the latest record, without touching the cursor.
		const start = Math.max(now - 30 * 24 * HOUR, floor);
		const { records } = await fetchWindow.call(this, accountId, spec, { ...qs, start_date: utc(start) }, 1);
		return records.slice(0, 1);
	}

	const data = stateFor(this, event);
	const first = data.cursor === undefined;
	const reference = Math.max(now, data.cursor ?? 0);
	let start = first ? now - Math.max(overlapMs, backfillMs) : (data.cursor as number) - overlapMs;
	if (updateWindowMs) start = Math.min(start, reference - updateWindowMs);
	start = Math.max(start, floor);

	const { records } = await fetchWindow.call(this, accountId, spec, { ...qs, start_date: utc(start) });

	const seen = new Set(data.seen ?? []);
	const fingerprints = { ...(data.fingerprints ?? {}) };
	const lastMessageAt = { ...(data.lastMessageAt ?? {}) };
	const emitted: IDataObject[] = [];
	let newest = data.cursor ?? now;
	const backfillFrom = now - backfillMs;
	// Oldest first, so the workflow sees records in the order they happened.
	for (const record of [...records].reverse()) {
		const at = timeMs(spec.timeOf(record));
		if (at !== undefined) newest = Math.max(newest, at);
		const id = String(record.id);
		if (event === 'callUpdated') {
			const fingerprint = callFingerprint(record, lateFields);
			const before = fingerprints[id];
			if (before) {
				const changes = changedFields(before.f, fingerprint);
				if (changes.length) emitted.push({ ...record, changes });
			}
			fingerprints[id] = { t: at ?? now, f: fingerprint };
			continue;
		}
		if (event === 'textConversation') {
			const handled = lastMessageAt[id];
			lastMessageAt[id] = Math.max(handled ?? -Infinity, at ?? now);
			if (handled !== undefined && (at === undefined || at <= handled)) continue;
			if (first && !(backfillMs > 0 && at !== undefined && at >= backfillFrom)) continue;
			// Unknown conversations: messages since the window's start (a conversation with messages before that was listed then).
			const after = handled ?? (first ? backfillFrom : start);
			const messages = await messagesSince.call(this, accountId, record, after);
			emitted.push({ ...record, messages });
			continue;
		}
		if (seen.has(id)) continue;
		seen.add(id);
		const backfilled = first && backfillMs > 0 && at !== undefined && at >= backfillFrom;
		if (!first || backfilled) emitted.push(record);
	}

	// Commit the new state only now: a failed poll (for example a 429) leaves the cursor where it was.
	data.event = event;
	data.cursor = first ? Math.max(now, newest) : newest;
	if (event === 'textConversation') {
		data.lastMessageAt = Object.fromEntries(
			Object.entries(lastMessageAt)
				.sort((a, b) => a[1] - b[1])
				.slice(-SEEN_LIMIT),
		);
	} else if (event === 'callUpdated') {
		const keep = Object.entries(fingerprints)
			.filter(([, entry]) => entry.t >= start - overlapMs)
			.sort((a, b) => a[1].t - b[1].t)
			.slice(-FINGERPRINT_LIMIT);
		data.fingerprints = Object.fromEntries(keep);
	} else {
		data.seen = [...seen].slice(-SEEN_LIMIT);
	}
	return emitted;
}

/** Companies, trackers and users the trigger has not seen before, each emitted once. */
async function pollRoster(this: IPollFunctions, accountId: string, event: RosterEvent): Promise<IDataObject[]> {
	const spec = ROSTERS[event];
	const { backfillMs, now } = settingsOf(this);
	const qs = buildQs(this, event);
	const newestFirst = (records: IDataObject[]) =>
		[...records].sort((a, b) => (timeMs(b.created_at) ?? 0) - (timeMs(a.created_at) ?? 0));

	if (this.getMode() === 'manual') {
		const records = await fetchRoster.call(this, accountId, spec, qs, new Set(), Infinity);
		return newestFirst(records).slice(0, 1);
	}

	const data = stateFor(this, event);
	const first = data.cursor === undefined;
	const seen = new Set(data.seen ?? []);
	const records = await fetchRoster.call(this, accountId, spec, qs, seen, first ? -Infinity : (data.cursor as number));
	const emitted: IDataObject[] = [];
	for (const record of newestFirst(records).reverse()) {
		const id = String(record.id);
		if (seen.has(id)) continue;
		seen.add(id);
		const at = timeMs(record.created_at);
		const backfilled = first && backfillMs > 0 && at !== undefined && at >= now - backfillMs;
		if (!first || backfilled) emitted.push(record);
	}
	data.event = event;
	data.cursor = first ? now : Math.max(data.cursor as number, ...records.map((r) => timeMs(r.created_at) ?? 0));
	data.seen = [...seen].slice(-ROSTER_LIMIT);
	return emitted;
}
