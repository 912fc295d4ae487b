import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { CALL_WEBHOOK_EVENTS, tagNames, WEBHOOK_EVENT_NAMES } from '../shared/vocabulary';

/**
 * Convert Assist Complete has a documented payload but no documented key in the Webhook Configuration Object, so
 * automatic setup cannot register it: this value names it in the node and in `?event=` only.
 */
export const CONVERT_ASSIST_EVENT = 'convert_assist_complete';

/** CallRail's webhook configuration keys, one per event, and Convert Assist Complete. Sorted by name. */
export const WEBHOOK_EVENT_OPTIONS: INodePropertyOptions[] = [
	{ name: WEBHOOK_EVENT_NAMES.updated_call_webhook, value: 'updated_call_webhook', description: 'An inbound call changed after it ended: tags, note, value, lead status, recording or transcript' },
	{ name: WEBHOOK_EVENT_NAMES.answered_call_webhook, value: 'answered_call_webhook', description: 'An inbound call was routed to its destination' },
	{
		name: 'Convert Assist Complete',
		value: CONVERT_ASSIST_EVENT,
		description: "Convert Assist's AI answers for a lead's latest interaction are ready (set up by hand in CallRail: see the notice)",
	},
	{ name: WEBHOOK_EVENT_NAMES.form_captured_webhook, value: 'form_captured_webhook', description: 'A form submission was captured (Form Tracking)' },
	{ name: WEBHOOK_EVENT_NAMES.updated_outbound_call_webhook, value: 'updated_outbound_call_webhook', description: 'An outbound call changed after it ended' },
	{ name: WEBHOOK_EVENT_NAMES.post_outbound_call_webhook, value: 'post_outbound_call_webhook', description: 'An outbound call ended' },
	{ name: WEBHOOK_EVENT_NAMES.post_call_webhook, value: 'post_call_webhook', description: 'An inbound call ended; CallRail may wait up to 20 minutes for the recording and transcript' },
	{ name: WEBHOOK_EVENT_NAMES.pre_call_webhook, value: 'pre_call_webhook', description: 'An inbound call is ringing, before it is connected' },
	{ name: WEBHOOK_EVENT_NAMES.sms_received_webhook, value: 'sms_received_webhook', description: 'A text message arrived at a tracking number' },
	{ name: WEBHOOK_EVENT_NAMES.sms_sent_webhook, value: 'sms_sent_webhook', description: 'A text message was sent from a tracking number' },
];

export const WEBHOOK_EVENTS = WEBHOOK_EVENT_OPTIONS.map((o) => String(o.value));

/** The events automatic setup can register: those with a documented configuration key. */
export const REGISTRABLE_EVENTS = WEBHOOK_EVENTS.filter((event) => event !== CONVERT_ASSIST_EVENT);

/** The `changes` keys the reference documents for Call Modified. */
export const CHANGE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Auto Score', value: 'auto_score' },
	{ name: 'Call Summary', value: 'call_summary' },
	{ name: 'Manual Score', value: 'manual_score' },
	{ name: 'Note', value: 'note' },
	{ name: 'Recording Duration', value: 'recording_duration' },
	{ name: 'Tags', value: 'tags' },
	{ name: 'Transcription', value: 'transcription_text' },
	{ name: 'Value', value: 'value' },
];

export const CALL_EVENTS: string[] = CALL_WEBHOOK_EVENTS;

export const MODIFIED_EVENTS = ['updated_call_webhook', 'updated_outbound_call_webhook'];

/** Events a record fires once, so a second delivery for the same record is a duplicate; Call Modified repeats per edit. */
export const ONCE_PER_RECORD_EVENTS = [
	'pre_call_webhook',
	'answered_call_webhook',
	'post_call_webhook',
	'post_outbound_call_webhook',
	'sms_received_webhook',
	'sms_sent_webhook',
	'form_captured_webhook',
];

/**
 * Real payloads carry booleans as `true` or `"true"` (and form-encoded ones always as strings), numbers as `13` or
 * `"13"`. Undefined when the value is neither.
 */
export function asBoolean(value: unknown): boolean | undefined {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return value !== 0;
	if (typeof value === 'string') {
		const text = value.trim().toLowerCase();
		if (text === 'true' || text === '1') return true;
		if (text === 'false' || text === '0' || text === '') return false;
	}
	return undefined;
}

export function asNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value === 'string' && value.trim() !== '') {
		const n = Number(value);
		return Number.isFinite(n) ? n : undefined;
	}
	return undefined;
}

const BOOLEAN_FIELDS = ['answered', 'first_call', 'first_form', 'voicemail', 'spam'];
const NUMBER_FIELDS = ['duration', 'recording_duration', 'prior_calls', 'total_calls', 'interaction_count', 'score'];

/** The payload with its known boolean and numeric fields as JSON booleans and numbers (the Normalize Types option). */
export function normalizeTypes(payload: IDataObject): IDataObject {
	const out: IDataObject = { ...payload };
	for (const field of BOOLEAN_FIELDS) {
		if (!(field in out)) continue;
		const value = asBoolean(out[field]);
		if (value !== undefined) out[field] = value;
	}
	for (const field of NUMBER_FIELDS) {
		if (!(field in out)) continue;
		if (out[field] === '') out[field] = null;
		const value = asNumber(out[field]);
		if (value !== undefined) out[field] = value;
	}
	return out;
}

/** A list field as CallRail may send it: a JSON array, a form-encoded `name[]` list, or one comma-separated string. */
function asList(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (typeof value === 'string' && value.trim() !== '') return value.split(',').map((v) => v.trim());
	return [];
}

/**
 * The events a payload may belong to, most likely first, for deliveries whose URL carries no `?event=`
 * (a URL pasted into CallRail by hand). Inbound call stages share one payload shape and are told apart
 * only by duration and recording, so the caller picks the first candidate the node listens to.
 */
export function eventCandidates(payload: IDataObject): string[] {
	// Convert Assist: a person and AI answers, none of a call's fields.
	if (
		Array.isArray(payload.answers) &&
		(payload.person_resource_id !== undefined || payload.last_interaction_resource_id !== undefined) &&
		payload.duration === undefined &&
		payload.start_time === undefined &&
		payload.direction === undefined
	) {
		return [CONVERT_ASSIST_EVENT];
	}
	if (payload.form_data !== undefined || payload.form_url !== undefined || payload.first_form !== undefined) {
		return ['form_captured_webhook'];
	}
	if (payload.content !== undefined && (payload.message_type !== undefined || payload.source_number !== undefined)) {
		return payload.agent !== undefined ? ['sms_sent_webhook'] : ['sms_received_webhook'];
	}
	const outbound = payload.direction === 'outbound' || payload.call_type === 'outbound';
	if (payload.changes !== undefined) return [outbound ? 'updated_outbound_call_webhook' : 'updated_call_webhook'];
	if (outbound) return ['post_outbound_call_webhook'];
	const ended = (asNumber(payload.duration) ?? 0) > 0 || Boolean(payload.recording) || asBoolean(payload.voicemail) === true;
	return ended
		? ['post_call_webhook', 'answered_call_webhook']
		: ['pre_call_webhook', 'answered_call_webhook', 'post_call_webhook'];
}

export function inferEvent(payload: IDataObject, listening: string[]): string {
	const candidates = eventCandidates(payload);
	return candidates.find((event) => listening.includes(event)) ?? candidates[0];
}

export interface EventFilters {
	answerStatus?: string;
	changes?: string[];
	direction?: string;
	firstCallOnly?: boolean;
	leadStatus?: string;
	minDuration?: number;
	/** Version 1: comma-separated text; from 1.1: a list. */
	tags?: string | string[];
	trackerIds?: string;
}

const splitList = (value: string | undefined) =>
	String(value ?? '')
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);

/** Why an event is dropped by the node's filters, or undefined when it passes. */
export function filterOut(event: string, payload: IDataObject, filters: EventFilters): string | undefined {
	const isCall = CALL_EVENTS.includes(event);
	if (isCall) {
		if (filters.direction && payload.direction !== filters.direction) return 'direction';
		if (filters.answerStatus) {
			const answered = asBoolean(payload.answered) === true;
			const voicemail = asBoolean(payload.voicemail) === true;
			const ok = { answered, missed: !answered && !voicemail, voicemail }[filters.answerStatus];
			if (!ok) return 'answer status';
		}
		if (filters.firstCallOnly && asBoolean(payload.first_call) !== true) return 'first call';
		if (filters.minDuration && (asNumber(payload.duration) ?? 0) < filters.minDuration) return 'duration';
		const trackers = splitList(filters.trackerIds);
		if (trackers.length && !trackers.includes(String(payload.tracker_resource_id ?? payload.tracker_id ?? ''))) {
			return 'tracker';
		}
	}
	if (filters.firstCallOnly && event === 'form_captured_webhook' && asBoolean(payload.first_form) !== true) return 'first form';
	if (filters.leadStatus) {
		const raw = payload.lead_status;
		const status = raw === 'previously_marked_good_lead' ? 'good_lead' : (raw ?? null);
		const ok = filters.leadStatus === 'not_scored' ? status === null || status === '' : status === filters.leadStatus;
		if (!ok) return 'lead status';
	}
	const wanted = tagNames(filters.tags).map((t) => t.toLowerCase());
	if (wanted.length && !tagNames(payload.tags).some((t) => wanted.includes(t.toLowerCase()))) return 'tags';
	if (filters.changes?.length && MODIFIED_EVENTS.includes(event)) {
		const changes = asList(payload.changes).map(String);
		if (!changes.some((c) => filters.changes!.includes(c))) return 'changes';
	}
	return undefined;
}

/**
 * The record key of an event a record fires once (`post_call_webhook:CAL…`), to drop a second delivery of it even
 * when its bytes differ. Undefined for Call Modified (each edit is a delivery of its own) and Convert Assist.
 */
export function recordKey(event: string, payload: IDataObject): string | undefined {
	if (!ONCE_PER_RECORD_EVENTS.includes(event)) return undefined;
	const id = payload.resource_id ?? payload.id;
	if (id === undefined || id === null || id === '' || typeof id === 'object') return undefined;
	return `${event}:${String(id)}`;
}
