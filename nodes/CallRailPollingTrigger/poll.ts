import { createHash } from 'crypto';
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { loopPages } from '../shared/pageLoop';
import type { RetryPolicy } from '../shared/retry';
import { callRailApiRequest } from '../shared/transport';
import { retentionStart } from '../shared/vocabulary';

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

export type PollEvent = 'newCall' | 'callUpdated' | 'newFormSubmission' | 'textConversation';

export interface EndpointSpec {
	path: string;
	envelope: string;
	/** The record's own time, which the date window filters on. */
	timeOf: (record: IDataObject) => string | undefined;
	/** Calls use relative pagination (`next_page`); the others page by number. */
	relative: boolean;
	sortQs: IDataObject;
}

export const ENDPOINTS: Record<PollEvent, EndpointSpec> = {
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

/** Optional call fields the trigger asks for, so items carry what the update fingerprint looks at. */
export const CALL_FIELDS = [
	'company_id',
	'company_name',
	'tracker_id',
	'first_call',
	'source_name',
	'tags',
	'note',
	'lead_status',
	'value',
	'transcription',
];

export const FORM_FIELDS = ['company_name', 'lead_status', 'value', 'note', 'tags'];

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

/** The call fields whose change counts as an update, each hashed short so static data stays small. */
export function callFingerprint(call: IDataObject): Record<string, string> {
	const tags = Array.isArray(call.tags)
		? call.tags.map((t) => (t && typeof t === 'object' ? String((t as IDataObject).name) : String(t))).sort()
		: [];
	return {
		tags: shortHash(tags),
		note: shortHash(call.note ?? null),
		lead_status: shortHash(call.lead_status ?? null),
		value: shortHash(call.value ?? null),
		recording: shortHash(call.recording ? 'yes' : null),
		transcription: shortHash(call.transcription ?? null),
	};
}

export function changedFields(before: Record<string, string>, after: Record<string, string>): string[] {
	return Object.keys(after).filter((key) => before[key] !== after[key]);
}

/** Every record of the window, newest first, 250 a page, each once (see `loopPages`). */
export async function fetchWindow(
	this: IPollFunctions,
	accountId: string,
	spec: EndpointSpec,
	qs: IDataObject,
	maxRecords = Infinity,
): Promise<{ records: IDataObject[]; requests: number }> {
	return await loopPages(
		async (url, query) => await callRailApiRequest.call(this, { method: 'GET', path: url, qs: query, retry: POLL_RETRY }),
		{ envelope: spec.envelope, relative: spec.relative, url: `/v3/a/${accountId}/${spec.path}`, qs, limit: maxRecords },
	);
}
