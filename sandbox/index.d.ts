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
	hourly: number;
	daily: number;
	smsHourly: number;
	smsDaily: number;
	callHourly: number;
	callDaily: number;
	/** Seconds for a Retry-After header on 429s; null sends none, as CallRail documents. */
	retryAfter: number | null;
}

export interface LoggedRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	rawQuery: string;
	headers: Record<string, string>;
	body: Json;
	rawBody: string;
	status: number;
	at: string;
}

export interface FaultRule {
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
	delayMs?: number;
	times?: number;
	method?: string;
	path?: RegExp | string;
}

export interface Delivery {
	url: string;
	status: number;
	body: string;
	signature: string;
	rawBody: string;
}

export interface SandboxOptions {
	seed?: number;
	port?: number;
	now?: Date | string;
	clock?: 'real' | 'manual';
	rateLimit?: Partial<RateLimitConfig> | false;
}

export interface Sandbox {
	url: string;
	matonUrl: string;
	keys: { agencyAdmin: string; singleAccount: string; manager: string; reporting: string; maton: string };
	matonConnections: { agencyAdmin: string; singleAccount: string };
	ids: {
		accounts: string[];
		singleAccount: string;
		companies: Record<string, string[]>;
		trackers: Record<string, string[]>;
		users: Record<string, string[]>;
	};
	store: Record<string, Json>;
	requests: LoggedRequest[];
	clearRequests(): void;
	clock: { now(): Date; advance(ms: number): void; set(d: Date | string): void; scale: number };
	rateLimit: { configure(c: Partial<RateLimitConfig> & { enabled?: boolean }): void; reset(): void; enabled: boolean };
	faults: { add(rule: FaultRule): void; clear(): void };
	seedCalls(accountId: string, count: number, opts?: { companyId?: string; startOffsetDays?: number }): string[];
	addCall(accountId: string, partial?: Json & { companyId?: string; trackerId?: string; start_time?: string }): Json;
	updateCall(callId: string, patch: Json): Json;
	addFormSubmission(accountId: string, partial?: Json): Json;
	addTextMessage(accountId: string, partial?: Json): { conversation: Json; message: Json };
	fireWebhook(args: { companyId: string; event: WebhookEvent; payload?: Json; resourceId?: string }): Promise<Delivery[]>;
	close(): Promise<void>;
}

export declare function startSandbox(options?: SandboxOptions): Promise<Sandbox>;
export declare function signPayload(key: string, rawBody: string): string;
export declare const WEBHOOK_EVENTS: WebhookEvent[];
