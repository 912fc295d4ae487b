/** JSON as the simulator stores and sends it; tests read into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export type WebhookEvent =
	| 'pre_call_webhook'
	| 'answered_call_webhook'
	| 'post_call_webhook'
	| 'updated_call_webhook'
	| 'post_outbound_call_webhook'
	| 'updated_outbound_call_webhook'
	| 'sms_received_webhook'
	| 'sms_sent_webhook'
	| 'form_captured_webhook';

export interface RateLimitConfig {
	/** All requests to one account per clock hour (default 1000). */
	hourly: number;
	/** All requests to one account per UTC day (default 10000). */
	daily: number;
	/** `POST text-messages.json` per hour / day (150 / 1000). */
	smsHourly: number;
	smsDaily: number;
	/** `POST calls.json` (outbound calls) per hour / day (100 / 2000). */
	callHourly: number;
	callDaily: number;
	/** Seconds for a Retry-After header on 429s; null sends none, as CallRail documents. */
	retryAfter: number | null;
}

export interface LoggedRequest {
	method: string;
	/** Path without the query string, as received (Maton requests keep their /callrail prefix). */
	path: string;
	/** `tags[]=a&tags[]=b` → { 'tags[]': ['a','b'] }; a repeated plain key becomes an array. */
	query: Record<string, string | string[]>;
	rawQuery: string;
	/** Lower-cased header names. */
	headers: Record<string, string>;
	/** The body parsed as JSON, or null. */
	body: Json;
	rawBody: string;
	/** A multipart/form-data text send: the plain fields' names and the checked media_file part. */
	multipart?: { fields: string[]; file: { filename: string; content_type: string; size: number } | null };
	status: number;
	/** Sandbox-clock time of arrival, ISO. */
	at: string;
	/** The account the request addressed, once resolved. */
	account?: string;
}

export interface FaultRule {
	/** Respond with this status instead of handling the request; without it the rule only delays. */
	status?: number;
	/** Response body (default `{ error: 'Injected fault (STATUS)' }`). */
	body?: unknown;
	headers?: Record<string, string>;
	delayMs?: number;
	/** How many matching requests the rule applies to (default 1). */
	times?: number;
	method?: string;
	/** Substring of, or regex on, the request path. */
	path?: RegExp | string;
}

export interface Delivery {
	url: string;
	/** HTTP status of the receiver; 0 when not delivered (non-loopback URL or connection error). */
	status: number;
	body: string;
	signature: string;
	rawBody: string;
	/** The URL as requested: the registered URL with the legacy attributes CallRail appends to call events. */
	requestUrl?: string;
}

export interface SandboxOptions {
	seed?: number;
	port?: number;
	now?: Date | string;
	clock?: 'real' | 'manual';
	rateLimit?: Partial<RateLimitConfig> | false;
	/** Called with unexpected handler errors (answered as 500). */
	onError?: (error: Error) => void;
}

export interface SandboxClock {
	now(): Date;
	/** Moves the clock forward (works for both modes; a 'real' clock keeps running from there). */
	advance(ms: number): void;
	set(d: Date | string): void;
	/** Speed of a 'real' clock relative to wall time. */
	scale: number;
}

export interface SandboxRateLimit {
	/** Changes limits and turns the limiter on (pass `enabled: false` to keep it off). */
	configure(c: Partial<RateLimitConfig> & { enabled?: boolean }): void;
	/** Forgets every count. */
	reset(): void;
	enabled: boolean;
	readonly config: RateLimitConfig;
}

export interface Sandbox {
	/** The api.callrail.com stand-in: paths /v3/... */
	url: string;
	/** Maton-gateway stand-in: `${url}/callrail`, auth `Bearer ${keys.maton}`, optional `Maton-Connection` header. */
	matonUrl: string;
	keys: { agencyAdmin: string; singleAccount: string; manager: string; reporting: string; maton: string };
	matonConnections: { agencyAdmin: string; singleAccount: string };
	ids: {
		accounts: string[];
		singleAccount: string;
		companies: Record<string, string[]>;
		trackers: Record<string, string[]>;
		users: Record<string, string[]>;
		/**
		 * A conversation (and its SMS thread: same id) of the primary account's first company with 260 messages:
		 * three pages of SMS Thread › Get at per_page=100, two of Text Message › Get Conversation at per_page=250.
		 */
		longConversation: string;
	};
	store: Record<string, Json>;
	requests: LoggedRequest[];
	clearRequests(): void;
	clock: SandboxClock;
	rateLimit: SandboxRateLimit;
	faults: { add(rule: FaultRule): void; clear(): void };
	/** Test hook run before each /v3 request is handled (after auth and faults), e.g. to add calls between pages. */
	beforeRequest: ((request: LoggedRequest) => void | Promise<void>) | null;
	/**
	 * Whether relative pagination's next_page carries the sandbox's keyset cursor (default), which never repeats or
	 * skips a call, or only `offset` as CallRail documents, so calls arriving between pages shift the next page.
	 */
	relativeCursor: boolean;
	seedCalls(accountId: string, count: number, opts?: { companyId?: string; startOffsetDays?: number }): string[];
	addCall(accountId: string, partial?: Json & { companyId?: string; trackerId?: string; start_time?: string }): Json;
	updateCall(callId: string, patch: Json): Json;
	addFormSubmission(accountId: string, partial?: Json): Json;
	addTextMessage(accountId: string, partial?: Json & { conversation_id?: string; company_id?: string; direction?: 'incoming' | 'outgoing'; content?: string }): { conversation: Json; message: Json };
	/**
	 * Signs and POSTs an event to the company's registered URLs for it (or `urls`). `encoding: 'form'` sends it
	 * form-encoded; `contentType` overrides the declared Content-Type; call events get the legacy query attributes.
	 */
	fireWebhook(args: {
		companyId: string;
		event: WebhookEvent | 'convert_assist_complete';
		payload?: Json;
		resourceId?: string;
		encoding?: 'json' | 'form';
		contentType?: string;
		urls?: string[];
	}): Promise<Delivery[]>;
	/**
	 * The account's plan for the Premium Conversation Intelligence fields (transcription, conversational_transcript,
	 * call_summary, sentiment): 'premium' (seeded) shows them, 'none' answers them null as the reference documents,
	 * 'refuse' answers a request naming one with 403 `{ error: "<field> requires a Premium Conversation Intelligence plan" }`
	 * (a test hook: the reference describes no refusal).
	 */
	setConversationIntelligence(accountId: string, plan: 'premium' | 'none' | 'refuse'): void;
	/** An incoming MMS whose media (a PNG and a GIF unless given) are served through the API and storage. */
	addMmsMessage(accountId: string, partial?: Json & { conversation_id?: string; company_id?: string; content?: string }, images?: Buffer[]): { conversation: Json; message: Json };
	media: SandboxMedia;
	close(): Promise<void>;
}

/** Recordings and MMS media (lib/media.js): a second loopback origin standing in for CallRail's storage. */
export interface SandboxMedia {
	/** The storage origin (another port on 127.0.0.1). */
	url: string;
	/** Lifetime of a storage link in seconds of the sandbox clock (default 300). */
	linkTtlSeconds: number;
	/** Requests the storage host refused because they carried `Authorization` or `Maton-Connection`. */
	leaks: Array<{ path: string; headers: string[] }>;
	requests: Array<{ method: string; path: string; headers: Record<string, string>; status: number; at: string }>;
	clearRequests(): void;
	/** The MP3 a call's recording link serves. */
	recordingOf(callId: string): Buffer;
	/** A signed storage link to `key` (`recordings/CAL….mp3`, `mms/SCI…/0`) that expires after linkTtlSeconds. */
	signedUrl(key: string): string;
	/** The bytes of media `index` of a text message. */
	fileOf(messageId: string, index: number): Buffer | undefined;
}

export declare function pngBytes(width?: number, height?: number, seed?: number): Buffer;
export declare const GIF_BYTES: Buffer;
/** A 16×16 baseline JPEG, as phones send MMS photos. */
export declare const JPEG_BYTES: Buffer;

export declare function startSandbox(options?: SandboxOptions): Promise<Sandbox>;
/** base64(HMAC-SHA1(key as a UTF-8 string, rawBody)): CallRail's `Signature` header. */
export declare function signPayload(key: string, rawBody: string): string;
export declare function isLoopback(url: string): boolean;
/** A payload form-encoded as Ruby's Hash#to_query does (sorted keys, `list[]=`, `hash[key]=`). */
export declare function formEncode(payload: Json): string;
export declare const WEBHOOK_EVENTS: WebhookEvent[];
export declare const DEFAULT_LIMITS: RateLimitConfig;
