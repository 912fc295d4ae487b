import { request } from 'undici';

import type { Json, Sandbox } from '../../sandbox';
import { DEFAULT_LIMITS, startSandbox } from '../../sandbox';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface Reply {
	status: number;
	body: Json;
	text: string;
	headers: Record<string, string | string[] | undefined>;
}

export interface CallOptions {
	key?: string;
	/** Full Authorization header; overrides `key`. Pass '' to send none. */
	auth?: string;
	body?: unknown;
	rawBody?: string;
	base?: string;
	headers?: Record<string, string>;
}

/** A fixed "now" keeps the seeded calendar stable: Sunday 22 November 2026, 12:00 in New York. */
export const NOW = '2026-11-22T17:00:00Z';

/**
 * Everything the sandbox keeps, asked the way the node asks it: CallRail refuses date_range=all_time, so a start_date
 * two days inside the 25-month retention (every seeded call is later than that).
 */
export const ALL_KEPT_DATE = (() => {
	const d = new Date(NOW);
	d.setUTCMonth(d.getUTCMonth() - 25);
	d.setUTCDate(d.getUTCDate() + 2);
	return d.toISOString().slice(0, 10);
})();
export const ALL_KEPT = `start_date=${ALL_KEPT_DATE}`;

/** One sandbox per test file, with a manual clock and the rate limiter off unless a test turns it on. */
export function useSandbox() {
	const state = {} as { sb: Sandbox };
	beforeAll(async () => {
		state.sb = await startSandbox({ now: NOW, clock: 'manual', rateLimit: false });
	});
	afterAll(async () => await state.sb.close());
	beforeEach(() => {
		state.sb.clearRequests();
		state.sb.faults.clear();
		state.sb.rateLimit.configure({ ...DEFAULT_LIMITS, enabled: false });
		state.sb.rateLimit.reset();
	});
	const api = async (method: Method, path: string, options: CallOptions = {}): Promise<Reply> => {
		const sb = state.sb;
		const url = path.startsWith('http') ? path : `${options.base ?? sb.url}${path}`;
		const auth = options.auth ?? `Token token="${options.key ?? sb.keys.agencyAdmin}"`;
		const headers: Record<string, string> = { ...(auth ? { authorization: auth } : {}) };
		let body: string | undefined;
		if (options.rawBody !== undefined) body = options.rawBody;
		else if (options.body !== undefined) {
			body = JSON.stringify(options.body);
			headers['content-type'] = 'application/json';
		}
		const response = await request(url, { method, headers: { ...headers, ...options.headers }, body });
		const text = await response.body.text();
		let parsed: Json = null;
		try {
			parsed = text ? JSON.parse(text) : null;
		} catch {
			parsed = null;
		}
		return { status: response.statusCode, body: parsed, text, headers: response.headers };
	};
	return {
		get sb() {
			return state.sb;
		},
		api,
		primary: () => state.sb.ids.accounts[0],
		companies: () => state.sb.ids.companies[state.sb.ids.accounts[0]],
		/** /v3/a/{primary account}/{rest} */
		path: (rest: string, accountId?: string) => `/v3/a/${accountId ?? state.sb.ids.accounts[0]}/${rest}`,
		storeCalls: (accountId?: string): Json[] =>
			state.sb.store.calls.filter((c: Json) => c.account_id === (accountId ?? state.sb.ids.accounts[0])),
	};
}
