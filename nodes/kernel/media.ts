import type {
	IBinaryData,
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { CALLRAIL_API_URL } from '../../credentials/CallRailApi.credentials';
import { createCallRailError, isCallRailError } from './errors';
import { CREDENTIAL_NAME, callRailApiRequest, getBaseUrl } from './transport';
import type { EventFiles } from './webhookEvents';

/**
 * Recordings and text-message media as n8n binary data, shared by the action node and both triggers.
 *
 * CallRail hands out links, not files: `calls/{id}/recording.json` gives `{url}` (an app link with an access key,
 * or for HIPAA accounts a signed storage URL, ~24 h), and a text's `media_urls` are API endpoints that need the API
 * key and redirect to the file's current location (the reference: download them right away, never store them).
 * Redirects are followed here, one hop at a time, so the credential goes only to the configured API base: an
 * API-base link gets the credential on its first request; every other request (another host, every redirect
 * target) is sent without it, so neither `Authorization` nor `Maton-Connection` ever reaches a CDN or a bucket.
 */

export type MediaContext = IExecuteSingleFunctions | IPollFunctions | IWebhookFunctions;

/** CallRail's limits for `media_file` (reference, Send a Text Message; changelog 2026-05). */
export const MAX_MMS_BYTES = 5 * 1024 * 1024;
export const MMS_TYPES: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif' };

const MAX_HOPS = 5;

export interface MediaTarget {
	/** What the file is, for error messages: "the recording of call CAL…", "media 1 of text SCI…". */
	label: string;
	fileName: string;
	/** Used when the host does not say (or says `application/octet-stream`). */
	mimeType: string;
}

/** JPEG, PNG or GIF by the file's first bytes (what CallRail accepts), otherwise undefined. */
export function sniffImageType(bytes: Buffer): string | undefined {
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
	if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a) return 'image/png';
	if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'image/gif';
	return undefined;
}

/** The API request a link stands for, when it is one: on the configured base (or CallRail's own API host). */
async function apiTarget(ctx: MediaContext, url: URL): Promise<string | undefined> {
	const base = new URL(await getBaseUrl.call(ctx));
	const official = new URL(CALLRAIL_API_URL);
	if (!url.pathname.startsWith('/v3/')) return undefined;
	if (url.origin !== base.origin && url.origin !== official.origin) return undefined;
	// A gateway or proxy base keeps its own path prefix (Maton: /callrail): the link is re-based onto it.
	return `${base.origin}${base.pathname.replace(/\/+$/, '')}${url.pathname}${url.search}`;
}

type FullResponse = { statusCode: number; headers: IDataObject; body: unknown };

function headerOf(headers: IDataObject, name: string): string | undefined {
	const value = headers[name] ?? headers[name.toLowerCase()];
	if (Array.isArray(value)) return String(value[0]);
	return value === undefined || value === null ? undefined : String(value);
}

/** Frees the socket of a response whose body is not needed (a redirect). */
function discard(body: unknown) {
	const stream = body as { resume?: () => void } | undefined;
	if (stream && typeof stream.resume === 'function') stream.resume();
}

function itemIndexOf(ctx: MediaContext): number | undefined {
	return 'getItemIndex' in ctx ? ctx.getItemIndex() : undefined;
}

function mediaError(ctx: MediaContext, message: string, description: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { description, itemIndex: itemIndexOf(ctx) });
}

/** Downloads one CallRail media link as n8n binary data (memory or filesystem mode alike). */
export async function downloadMedia(this: MediaContext, link: string, target: MediaTarget): Promise<IBinaryData> {
	let url: URL;
	try {
		url = new URL(link);
	} catch {
		throw mediaError(this, `CallRail gave no valid link for ${target.label}`, `The link was "${link.slice(0, 200)}".`);
	}
	const firstApi = await apiTarget(this, url);
	for (let hop = 0; hop < MAX_HOPS; hop++) {
		if (url.protocol !== 'https:' && url.protocol !== 'http:') {
			throw mediaError(this, `CallRail sent ${target.label} to a ${url.protocol} link`, 'Only http(s) links are downloaded.');
		}
		const authenticated = hop === 0 && firstApi !== undefined;
		const options: IHttpRequestOptions = {
			method: 'GET',
			url: authenticated ? firstApi : url.toString(),
			// Streamed: in filesystem binary mode the file goes to disk without being held in memory.
			encoding: 'stream',
			json: false,
			headers: { Accept: '*/*' },
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
			sendCredentialsOnCrossOriginRedirect: false,
		};
		const response = (
			authenticated
				? await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_NAME, options)
				: await this.helpers.httpRequest(options)
		) as FullResponse;
		const status = response.statusCode;
		const headers = response.headers ?? {};
		const contentType = (headerOf(headers, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
		if (status >= 300 && status < 400) {
			discard(response.body);
			const location = headerOf(headers, 'location');
			if (!location) throw mediaError(this, `CallRail redirected ${target.label} without saying where`, 'Try again later.');
			url = new URL(location, options.url);
			continue;
		}
		if (status >= 400) {
			const body = await this.helpers.binaryToBuffer(response.body as Buffer);
			if (authenticated) {
				throw createCallRailError(this.getNode(), status, body.toString('utf8'), {}, headers, itemIndexOf(this));
			}
			throw storageError(this, status, body, target, hop > 0 || firstApi === undefined);
		}
		// Tolerate an API answer that gives the location as JSON (`{"url": …}`) instead of redirecting.
		if (contentType.includes('json')) {
			const parsed = parseJson(await this.helpers.binaryToBuffer(response.body as Buffer));
			if (parsed && typeof parsed.url === 'string') {
				url = new URL(parsed.url, options.url);
				continue;
			}
			throw mediaError(this, `CallRail answered with JSON instead of ${target.label}`, 'Try again later.');
		}
		const mimeType = contentType && contentType !== 'application/octet-stream' ? contentType : target.mimeType;
		const binary = await this.helpers.prepareBinaryData(response.body as Buffer, target.fileName, mimeType);
		if (binary.bytes === 0 || binary.fileSize === '0 B') {
			throw mediaError(this, `The file of ${target.label} is empty`, 'CallRail may still be processing it: try again in a few minutes.');
		}
		return binary;
	}
	throw mediaError(this, `Too many redirects while downloading ${target.label}`, `CallRail redirected more than ${MAX_HOPS} times.`);
}

function parseJson(body: Buffer): IDataObject | undefined {
	try {
		const value = JSON.parse(body.toString('utf8')) as unknown;
		return value && typeof value === 'object' ? (value as IDataObject) : undefined;
	} catch {
		return undefined;
	}
}

/** A refusal of the storage host: an expired signed link (S3 answers 403 "Request has expired") or another failure. */
function storageError(ctx: MediaContext, status: number, body: Buffer, target: MediaTarget, signedLink: boolean) {
	const text = body.toString('utf8').slice(0, 2000);
	const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1];
	const expired = /expired/i.test(text) || status === 410 || (signedLink && status === 403 && code !== 'SignatureDoesNotMatch');
	if (expired) {
		return mediaError(
			ctx,
			`The link to ${target.label} has expired`,
			'CallRail media links are short-lived and must be downloaded right away. Get a fresh link (run Get Recording or Get Conversation again) and download it in the same run instead of storing the link.',
		);
	}
	if (status === 404) {
		return mediaError(ctx, `${capitalize(target.label)} is no longer available`, 'CallRail keeps recordings and texts for 25 months; the file may have been deleted.');
	}
	return new NodeApiError(
		ctx.getNode(),
		{ message: code ?? `HTTP ${status}`, httpCode: String(status) },
		{
			httpCode: String(status),
			message: `Downloading ${target.label} failed (HTTP ${status}${code ? `: ${code}` : ''})`,
			description: status >= 500 ? 'The file host had a temporary problem. Try again in a few minutes.' : 'The file host refused the download.',
			itemIndex: itemIndexOf(ctx),
		},
	);
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The `url` of a `recording.json` answer, if any. */
export function recordingUrlOf(body: unknown): string | undefined {
	const url = body && typeof body === 'object' ? (body as IDataObject).url : undefined;
	return typeof url === 'string' && url.trim() !== '' ? url.trim() : undefined;
}

export const recordingTarget = (callId: string): MediaTarget => ({
	label: `the recording of call ${callId}`,
	fileName: `${callId}.mp3`,
	mimeType: 'audio/mpeg',
});

/** What CallRail's 404 on a call's recording means. */
export const RECORDING_NOT_FOUND =
	'The call was not found, or it has no recording: only answered calls and voicemails on trackers with recording enabled have one, a few minutes after the call ends.';

/** Fetches a fresh recording link of a call through the API, then the MP3 (triggers). Undefined when there is none. */
export async function fetchRecording(
	this: IPollFunctions | IWebhookFunctions,
	accountId: string,
	callId: string,
): Promise<IBinaryData | undefined> {
	const body = await callRailApiRequest
		.call(this, {
			method: 'GET',
			path: `/v3/a/${encodeURIComponent(accountId)}/calls/${encodeURIComponent(callId)}/recording.json`,
			purpose: { resource: 'call', operation: 'getRecording', notFound: RECORDING_NOT_FOUND },
		})
		// No recording (yet): CallRail answers 404.
		.catch((error: unknown) => {
			if (isCallRailError(error, 404)) return undefined;
			throw error instanceof NodeApiError ? error : new NodeOperationError(this.getNode(), error as Error);
		});
	const url = recordingUrlOf(body);
	return url ? await downloadMedia.call(this, url, recordingTarget(callId)) : undefined;
}

/** Every media link of a text, conversation or webhook payload, with a file name per link. */
export function textMediaLinks(record: IDataObject): Array<{ url: string; fileName: string; label: string }> {
	const out: Array<{ url: string; fileName: string; label: string }> = [];
	const seen = new Set<string>();
	const add = (urls: unknown, messageId: string) => {
		if (!Array.isArray(urls)) return;
		urls.forEach((url, index) => {
			// A conversation repeats its latest messages in `recent_messages`.
			if (typeof url !== 'string' || url.trim() === '' || seen.has(url.trim())) return;
			seen.add(url.trim());
			out.push({
				url: url.trim(),
				fileName: `${messageId}-${index}`,
				label: `media ${index + 1} of text ${messageId}`,
			});
		});
	};
	const idOf = (m: IDataObject, fallback: string) => String(m.resource_id ?? m.id ?? fallback);
	add(record.media_urls, idOf(record, 'text'));
	for (const list of [record.messages, record.recent_messages]) {
		if (!Array.isArray(list)) continue;
		(list as IDataObject[]).forEach((message, i) => add(message?.media_urls, idOf(message ?? {}, `message${i}`)));
	}
	return out;
}

/**
 * Downloads every media link of a text record into binary properties `<prefix>`, `<prefix>_1`, … and returns them.
 * The file extension comes from the type the host reports.
 */
export async function downloadTextMedia(this: MediaContext, record: IDataObject, prefix: string): Promise<Record<string, IBinaryData>> {
	const binary: Record<string, IBinaryData> = {};
	const links = textMediaLinks(record);
	for (const [i, link] of links.entries()) {
		const data = await downloadMedia.call(this, link.url, { label: link.label, fileName: link.fileName, mimeType: 'application/octet-stream' });
		const extension = MMS_TYPES[data.mimeType] ?? data.fileExtension;
		if (extension && !data.fileName?.includes('.')) {
			data.fileName = `${link.fileName}.${extension}`;
			data.fileExtension = extension;
		}
		binary[i === 0 ? prefix : `${prefix}_${i}`] = data;
	}
	return binary;
}

/** Adds binary data to an item, keeping what it already has. */
export function withBinary(item: INodeExecutionData, binary: Record<string, IBinaryData>): INodeExecutionData {
	return Object.keys(binary).length ? { ...item, binary: { ...(item.binary ?? {}), ...binary } } : item;
}

// ---- triggers

/** The trigger option (CallRail Trigger and CallRail Polling Trigger, under Options). */
export const attachFilesOption: INodeProperties = {
	displayName: 'Attach Files',
	name: 'attachFiles',
	type: 'boolean',
	default: false,
	description:
		'Whether to download files as binary data ("data", then "data_1"…): the recording of post-call and call-modified events (new and updated calls) when the call has one, and the media of text events. A failed download is reported in "media_error" instead of failing the event.',
};

/**
 * With Attach Files on, adds the files of each event item as binary data: the call's recording or the text's media,
 * as the event's `files` says (webhookEvents.ts, and the polling trigger's own events). A download that fails never
 * fails the event (a webhook must still be answered 2xx, a poll must still move on): the item says why.
 */
export async function attachEventFiles(
	this: IPollFunctions | IWebhookFunctions,
	accountId: string,
	files: EventFiles | undefined,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	if (options.attachFiles !== true || !files) return items;
	const out: INodeExecutionData[] = [];
	for (const item of items) {
		const json = item.json;
		try {
			if (files === 'recording') {
				const callId = String(json.resource_id ?? json.id ?? '');
				const hasRecording = json.recording !== null && json.recording !== '' && json.recording !== false;
				const recording = callId && hasRecording ? await fetchRecording.call(this, accountId, callId) : undefined;
				out.push(recording ? withBinary(item, { data: recording }) : item);
			} else {
				out.push(withBinary(item, await downloadTextMedia.call(this, json, 'data')));
			}
		} catch (error) {
			const message = (error as Error).message;
			this.logger.warn(`CallRail: could not attach the files of an event: ${message}`);
			out.push({ ...item, json: { ...json, media_error: message } });
		}
	}
	return out;
}
