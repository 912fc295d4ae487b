import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { tagNames } from '../kernel/vocabulary';
import { webhookEvent, WEBHOOK_EVENTS, type WebhookEventValue } from '../kernel/webhookEvents';

/** Convert Assist Complete: named in the node and in `?event=` only, since CallRail documents no key to register it by. */
export const CONVERT_ASSIST_EVENT: WebhookEventValue = 'convert_assist_complete';

export const WEBHOOK_EVENT_OPTIONS: INodePropertyOptions[] = WEBHOOK_EVENTS.map(({ name, value, description }) => ({ name, value, description }));

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

/** The payload with its known boolean and numeric fields as JSON booleans and numbers (the Convert Numbers and Booleans option). */
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
export function eventCandidates(payload: IDataObject): WebhookEventValue[] {
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
	/** A list of names, or text with commas from an expression. */
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
	const fired = webhookEvent(event);
	if (fired?.payload === 'call') {
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
	if (filters.firstCallOnly && fired?.payload === 'form' && asBoolean(payload.first_form) !== true) return 'first form';
	if (filters.leadStatus) {
		const raw = payload.lead_status;
		const status = raw === 'previously_marked_good_lead' ? 'good_lead' : (raw ?? null);
		const ok = filters.leadStatus === 'not_scored' ? status === null || status === '' : status === filters.leadStatus;
		if (!ok) return 'lead status';
	}
	const wanted = tagNames(filters.tags).map((t) => t.toLowerCase());
	if (wanted.length && !tagNames(payload.tags).some((t) => wanted.includes(t.toLowerCase()))) return 'tags';
	if (filters.changes?.length && fired?.firesPer === 'change') {
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
	if (webhookEvent(event)?.firesPer !== 'record') return undefined;
	const id = payload.resource_id ?? payload.id;
	if (id === undefined || id === null || id === '' || typeof id === 'object') return undefined;
	return `${event}:${String(id)}`;
}
