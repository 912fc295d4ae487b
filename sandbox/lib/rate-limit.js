'use strict';

/** CallRail's documented limits, per account: all requests, texts sent, outbound calls placed. */
const DEFAULT_LIMITS = { hourly: 1000, daily: 10000, smsHourly: 150, smsDaily: 1000, callHourly: 100, callDaily: 2000, retryAfter: null };

/**
 * Fixed clock-hour and clock-day windows on the sandbox clock (UTC), so a test can move time instead of waiting.
 * Every request to an account counts, rejected ones included; texts and outbound calls also count in their own
 * buckets. The account list (`/v3/a.json`) belongs to no account and is not counted.
 */
function createRateLimiter(clock, initial) {
	const state = { config: { ...DEFAULT_LIMITS }, enabled: initial !== false, counts: new Map() };
	if (initial && typeof initial === 'object') Object.assign(state.config, initial);
	const bump = (key) => {
		const n = (state.counts.get(key) || 0) + 1;
		state.counts.set(key, n);
		return n;
	};
	return {
		get enabled() {
			return state.enabled;
		},
		set enabled(value) {
			state.enabled = Boolean(value);
		},
		get config() {
			return { ...state.config };
		},
		/** Changes limits and turns the limiter on (pass `enabled: false` to keep it off). */
		configure(config = {}) {
			const { enabled, ...limits } = config;
			Object.assign(state.config, limits);
			state.enabled = enabled ?? true;
		},
		reset() {
			state.counts.clear();
		},
		/** kind: undefined | 'sms' | 'call'. Returns a 429 response or undefined. */
		check(accountId, kind) {
			if (!state.enabled) return undefined;
			const now = clock.now().getTime();
			const hour = Math.floor(now / 3600000);
			const day = Math.floor(now / 86400000);
			const { config } = state;
			const over = [];
			if (bump(`${accountId}:h:${hour}`) > config.hourly) over.push('hourly');
			if (bump(`${accountId}:d:${day}`) > config.daily) over.push('daily');
			if (kind === 'sms') {
				if (bump(`${accountId}:sms:h:${hour}`) > config.smsHourly) over.push('text messages per hour');
				if (bump(`${accountId}:sms:d:${day}`) > config.smsDaily) over.push('text messages per day');
			}
			if (kind === 'call') {
				if (bump(`${accountId}:call:h:${hour}`) > config.callHourly) over.push('outbound calls per hour');
				if (bump(`${accountId}:call:d:${day}`) > config.callDaily) over.push('outbound calls per day');
			}
			if (!over.length) return undefined;
			const headers = config.retryAfter === null || config.retryAfter === undefined ? {} : { 'Retry-After': String(config.retryAfter) };
			return { status: 429, body: { error: `API rate limit exceeded (${over.join(', ')}). Slow down until requests succeed again.` }, headers };
		},
	};
}

module.exports = { createRateLimiter, DEFAULT_LIMITS };
