import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/** CallRail's webhook configuration keys, one per event. */
export const WEBHOOK_EVENT_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Call Modified', value: 'updated_call_webhook', description: 'An inbound call changed after it ended: tags, note, value, lead status, recording or transcript' },
	{ name: 'Call Routing Complete', value: 'answered_call_webhook', description: 'An inbound call was routed to its destination' },
	{ name: 'Form Captured', value: 'form_captured_webhook', description: 'A form submission was captured (Form Tracking)' },
	{ name: 'Outbound Call Modified', value: 'updated_outbound_call_webhook', description: 'An outbound call changed after it ended' },
	{ name: 'Outbound Post-Call', value: 'post_outbound_call_webhook', description: 'An outbound call ended' },
	{ name: 'Post-Call', value: 'post_call_webhook', description: 'An inbound call ended; CallRail may wait up to 20 minutes for the recording and transcript' },
	{ name: 'Pre-Call', value: 'pre_call_webhook', description: 'An inbound call is ringing, before it is connected' },
	{ name: 'Text Received', value: 'sms_received_webhook', description: 'A text message arrived at a tracking number' },
	{ name: 'Text Sent', value: 'sms_sent_webhook', description: 'A text message was sent from a tracking number' },
];

export const WEBHOOK_EVENTS = WEBHOOK_EVENT_OPTIONS.map((o) => String(o.value));

export const CALL_EVENTS = [
	'pre_call_webhook',
	'answered_call_webhook',
	'post_call_webhook',
	'updated_call_webhook',
	'post_outbound_call_webhook',
	'updated_outbound_call_webhook',
];

export const MODIFIED_EVENTS = ['updated_call_webhook', 'updated_outbound_call_webhook'];

/**
 * The events a payload may belong to, most likely first, for deliveries whose URL carries no `?event=`
 * (a URL pasted into CallRail by hand). Inbound call stages share one payload shape and are told apart
 * only by duration and recording, so the caller picks the first candidate the node listens to.
 */
export function eventCandidates(payload: IDataObject): string[] {
	if (payload.form_data !== undefined || payload.form_url !== undefined || payload.first_form !== undefined) {
		return ['form_captured_webhook'];
	}
	if (payload.content !== undefined && (payload.message_type !== undefined || payload.source_number !== undefined)) {
		return payload.agent !== undefined ? ['sms_sent_webhook'] : ['sms_received_webhook'];
	}
	const outbound = payload.direction === 'outbound' || payload.call_type === 'outbound';
	if (Array.isArray(payload.changes)) return [outbound ? 'updated_outbound_call_webhook' : 'updated_call_webhook'];
	if (outbound) return ['post_outbound_call_webhook'];
	const ended = Number(payload.duration ?? 0) > 0 || Boolean(payload.recording) || payload.voicemail === true;
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
	tags?: string;
	trackerIds?: string;
}

const splitList = (value: string | undefined) =>
	String(value ?? '')
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);

function tagNames(tags: unknown): string[] {
	if (!Array.isArray(tags)) return [];
	return tags.map((t) => (t && typeof t === 'object' ? String((t as IDataObject).name ?? '') : String(t)));
}

/** Why an event is dropped by the node's filters, or undefined when it passes. */
export function filterOut(event: string, payload: IDataObject, filters: EventFilters): string | undefined {
	const isCall = CALL_EVENTS.includes(event);
	if (isCall) {
		if (filters.direction && payload.direction !== filters.direction) return 'direction';
		if (filters.answerStatus) {
			const answered = payload.answered === true;
			const voicemail = payload.voicemail === true;
			const ok = { answered, missed: !answered && !voicemail, voicemail }[filters.answerStatus];
			if (!ok) return 'answer status';
		}
		if (filters.firstCallOnly && payload.first_call !== true) return 'first call';
		if (filters.minDuration && Number(payload.duration ?? 0) < filters.minDuration) return 'duration';
		const trackers = splitList(filters.trackerIds);
		if (trackers.length && !trackers.includes(String(payload.tracker_resource_id ?? payload.tracker_id ?? ''))) {
			return 'tracker';
		}
	}
	if (filters.firstCallOnly && event === 'form_captured_webhook' && payload.first_form !== true) return 'first form';
	if (filters.leadStatus) {
		const raw = payload.lead_status;
		const status = raw === 'previously_marked_good_lead' ? 'good_lead' : (raw ?? null);
		const ok = filters.leadStatus === 'not_scored' ? status === null || status === '' : status === filters.leadStatus;
		if (!ok) return 'lead status';
	}
	const wanted = splitList(filters.tags).map((t) => t.toLowerCase());
	if (wanted.length && !tagNames(payload.tags).some((t) => wanted.includes(t.toLowerCase()))) return 'tags';
	if (filters.changes?.length && MODIFIED_EVENTS.includes(event)) {
		const changes = Array.isArray(payload.changes) ? payload.changes.map(String) : [];
		if (!changes.some((c) => filters.changes!.includes(c))) return 'changes';
	}
	return undefined;
}

/** One key per delivery of an event; Call Modified repeats per call, so its changes and timestamp are part of it. */
export function dedupeKey(event: string, payload: IDataObject): string | undefined {
	const id = payload.resource_id ?? payload.id;
	if (id === undefined || id === null || id === '') return undefined;
	let key = `${event}:${String(id)}`;
	if (MODIFIED_EVENTS.includes(event)) {
		const changes = Array.isArray(payload.changes) ? payload.changes.map(String).join(',') : '';
		key += `:${changes}:${String(payload.timestamp ?? '')}`;
	}
	return key;
}
