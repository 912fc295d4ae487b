import { createHash } from 'crypto';
import type { IDataObject, INode, IPollFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { loopPages } from '../kernel/pageLoop';
import type { RetryPolicy } from '../kernel/retry';
import { callRailApiRequest } from '../kernel/transport';
import { retentionStart } from '../kernel/vocabulary';

/**
 * How far each poll looks back before the newest record it has seen. Calls are listed and filtered by start_time
 * (start_date is "for all calls after" that moment), but a call's record is only complete once it has ended and
 * its recording and transcript are attached ("a maximum delay of 20 minutes after the hangup", reference, Post-Call
 * Webhook), and the reference does not promise that a call in progress is already listed. A call is therefore
 * caught only if it ends, and is processed, within the overlap of its start: 90 minutes covers an hour-long call
 * plus the 20 minutes. Form submissions (submitted_at, assigned when submitted) and conversations (last_message_at)
 * appear at once and need far less, but the same look-back costs them nothing. At one call every 30 seconds,
 * 90 minutes is 180 calls: still one request (250 a page) per poll.
 */
export const DEFAULT_OVERLAP_MINUTES = 90;

/** A poll never waits out a 429: it skips the tick and the next one asks again from the same cursor. */
export const POLL_RETRY: RetryPolicy = { maxRateLimitWaitSeconds: 0, serverErrorRetries: 1 };

/** Events that list records of a time window (calls, forms, conversations) and remember what they emitted. */
export type WindowEvent = 'newCall' | 'callUpdated' | 'newFormSubmission' | 'textConversation';
/** Events that list a whole roster (companies, trackers, users) and emit the records they have not seen before. */
export type RosterEvent = 'newCompany' | 'newTracker' | 'newUser';
export type PollEvent = WindowEvent | RosterEvent;

export interface EndpointSpec {
	path: string;
	envelope: string;
	/** The record's own time, which the date window filters on. */
	timeOf: (record: IDataObject) => string | undefined;
	/** Calls use relative pagination (`next_page`); the others page by number. */
	relative: boolean;
	sortQs: IDataObject;
}

export const ENDPOINTS: Record<WindowEvent, EndpointSpec> = {
	newCall: {
		path: 'calls.json',
		envelope: 'calls',
		timeOf: (r) => r.start_time as string | undefined,
		relative: true,
		sortQs: { sort: 'start_time', order: 'desc' },
	},
	callUpdated: {
		path: 'calls.json',
		envelope: 'calls',
		timeOf: (r) => r.start_time as string | undefined,
		relative: true,
		sortQs: { sort: 'start_time', order: 'desc' },
	},
	newFormSubmission: {
		path: 'form_submissions.json',
		envelope: 'form_submissions',
		timeOf: (r) => r.submitted_at as string | undefined,
		relative: false,
		sortQs: { sort: 'submitted_at', order: 'desc' },
	},
	textConversation: {
		path: 'text-messages.json',
		envelope: 'conversations',
		timeOf: (r) => r.last_message_at as string | undefined,
		relative: false,
		sortQs: {},
	},
};

export interface RosterSpec {
	path: string;
	envelope: string;
	qs: IDataObject;
	/**
	 * Users can be sorted by created_at, newest first, so a poll reads pages only until it meets a user it has
	 * seen. Companies and trackers sort by name only (reference: "Sorting is available for the following fields:
	 * name"), so a poll reads the whole list: one request per 250 records.
	 */
	newestFirst: boolean;
	/** Whether the Company filter applies (the list takes `company_id`). */
	byCompany: boolean;
}

export const ROSTERS: Record<RosterEvent, RosterSpec> = {
	newCompany: { path: 'companies.json', envelope: 'companies', qs: { sort: 'name', fields: 'verified_caller_ids' }, newestFirst: false, byCompany: false },
	newTracker: { path: 'trackers.json', envelope: 'trackers', qs: { sort: 'name', fields: 'campaign_name,swap_targets' }, newestFirst: false, byCompany: true },
	newUser: { path: 'users.json', envelope: 'users', qs: { sort: 'created_at', order: 'desc' }, newestFirst: true, byCompany: true },
};

export const isRosterEvent = (event: string): event is RosterEvent => event in ROSTERS;

/** `YYYY-MM-DDTHH:mm:ss` in UTC, which the trigger sends together with `time_zone=Etc/UTC`. */
export const utc = (ms: number) => new Date(ms).toISOString().slice(0, 19);

/** The oldest start date CallRail still serves (its retention), with a day of margin. */
export function retentionFloor(now: number): number {
	return retentionStart(now).getTime() + 24 * 3600_000;
}

export const timeMs = (value: unknown): number | undefined => {
	if (typeof value !== 'string' || !value) return undefined;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : ms;
};

const shortHash = (value: unknown) =>
	createHash('sha1')
		.update(JSON.stringify(value ?? null))
		.digest('base64')
		.slice(0, 10);

/**
 * The call fields whose change counts as an update, each hashed short so static data stays small. `lateFields` are
 * the chosen Conversation Intelligence fields, which CallRail attaches after the call ("The Post-Call Webhook will
 * wait until recording, transcription, and call summaries (when applicable) have attached", reference).
 */
export function callFingerprint(call: IDataObject, lateFields: string[] = []): Record<string, string> {
	const tags = Array.isArray(call.tags)
		? call.tags.map((t) => (t && typeof t === 'object' ? String((t as IDataObject).name) : String(t))).sort()
		: [];
	const fingerprint: Record<string, string> = {
		tags: shortHash(tags),
		note: shortHash(call.note ?? null),
		lead_status: shortHash(call.lead_status ?? null),
		value: shortHash(call.value ?? null),
		recording: shortHash(call.recording ? 'yes' : null),
	};
	for (const field of lateFields) fingerprint[field] = shortHash(call[field] ?? null);
	return fingerprint;
}

/** Fields watched both before and now: choosing another field later is not a change of every call. */
export function changedFields(before: Record<string, string>, after: Record<string, string>): string[] {
	return Object.keys(after).filter((key) => key in before && before[key] !== after[key]);
}

/** A poll's page request: a 429 is not waited out (POLL_RETRY). */
const pollRequester = (ctx: IPollFunctions) => async (url: string, qs: IDataObject | undefined) =>
	await callRailApiRequest.call(ctx, { method: 'GET', path: url, qs, retry: POLL_RETRY });

/** Every record of the window, newest first, 250 a page, each once (see `loopPages`). */
export async function fetchWindow(
	this: IPollFunctions,
	accountId: string,
	spec: EndpointSpec,
	qs: IDataObject,
	maxRecords = Infinity,
): Promise<{ records: IDataObject[]; requests: number }> {
	return await loopPages(pollRequester(this), {
		envelope: spec.envelope,
		relative: spec.relative,
		url: `/v3/a/${accountId}/${spec.path}`,
		qs,
		limit: maxRecords,
	});
}

/**
 * The messages of a conversation newer than `afterMs`, oldest first. A listed conversation carries its two most
 * recent messages ("Recent messages objects include the two most recent messages", reference); when both are new,
 * more may be, so the conversation is read, newest first ("ordered by the most recent message first"), page by
 * page until a page reaches an older message: one request per 100 new messages.
 */
export async function messagesSince(
	this: IPollFunctions,
	accountId: string,
	conversation: IDataObject,
	afterMs: number,
): Promise<IDataObject[]> {
	const isNew = (message: IDataObject) => (timeMs(message?.created_at) ?? -Infinity) > afterMs;
	const recent = Array.isArray(conversation.recent_messages) ? (conversation.recent_messages as IDataObject[]) : [];
	if (recent.length < 2 || !recent.every(isNew)) return recent.filter(isNew).reverse();
	const { records } = await loopPages(pollRequester(this), {
		url: `/v3/a/${accountId}/text-messages/${encodeURIComponent(String(conversation.id))}.json`,
		envelope: 'messages',
		maxPageSize: CONVERSATION_PAGE_SIZE,
		stopAfter: (page) => !page.every(isNew),
	});
	return records.filter(isNew).reverse();
}

/** The page size the reference shows for a conversation's messages (its default). */
const CONVERSATION_PAGE_SIZE = 100;

/**
 * A roster's records: every page of companies or trackers; users newest first until a page holds one already
 * seen (or older than `sinceMs`), so an idle poll is one request.
 */
export async function fetchRoster(
	this: IPollFunctions,
	accountId: string,
	spec: RosterSpec,
	qs: IDataObject,
	seen: Set<string>,
	sinceMs: number,
): Promise<IDataObject[]> {
	const { records } = await loopPages(pollRequester(this), {
		url: `/v3/a/${accountId}/${spec.path}`,
		envelope: spec.envelope,
		qs,
		stopAfter: spec.newestFirst
			? (page) => page.some((r) => seen.has(String(r.id)) || (timeMs(r.created_at) ?? Infinity) < sinceMs)
			: undefined,
	});
	return records;
}

/**
 * A 4xx answer to a poll that asked for Include Fields: CallRail may refuse a field the account's plan lacks, and
 * the user must learn which one, not see polls that never emit. The field CallRail's message names is named; if it
 * names none, every chosen field is listed.
 */
export function refusedFieldsError(node: INode, error: NodeApiError, chosen: string[]): NodeApiError {
	const status = Number(error.httpCode);
	if (!chosen.length || !(status >= 400 && status < 500) || status === 401 || status === 429) return error;
	const answer = String(error.errorResponse?.message ?? error.message);
	const named = chosen.filter((field) => new RegExp(`\\b${field}\\b`).test(answer));
	const fields = (named.length ? named : chosen).map((f) => `"${f}"`).join(', ');
	const message = named.length
		? `CallRail refused the field ${fields} chosen in Include Fields (${status}: ${answer})`
		: `CallRail refused this poll (${status}: ${answer}); it asked for the Include Fields ${fields}`;
	return new NodeApiError(node, { message: answer, httpCode: String(status) } as JsonObject, {
		httpCode: String(status),
		message,
		description:
			'Remove from Include Fields what your CallRail plan does not include: Conversation Intelligence fields need that CallRail plan.',
	});
}
