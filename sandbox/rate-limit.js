'use strict';

/** CallRail's documented limits, per account: general requests, texts sent and outbound calls placed. */
const DEFAULT_LIMITS = { hourly: 1000, daily: 10000, smsHourly: 150, smsDaily: 1000, callHourly: 100, callDaily: 2000, retryAfter: null };

/** Fixed hourly and daily windows on the sandbox clock, so tests can move time instead of waiting. */
function createRateLimiter(sb, initial) {
	const state = { config: { ...DEFAULT_LIMITS }, enabled: initial.enabled !== false, counts: new Map() };
	if (initial.enabled !== false) Object.assign(state.config, initial);
	const bump = (key) => {
		const n = (state.counts.get(key) || 0) + 1;
		state.counts.set(key, n);
		return n;
	};
	return {
		get enabled() { return state.enabled; },
		set enabled(value) { state.enabled = value; },
		configure(config) { Object.assign(state.config, config); state.enabled = config.enabled ?? true; },
		reset() { state.counts.clear(); },
		check(accountId, kind) {
			if (!state.enabled) return undefined;
			const now = sb.clock.now().getTime();
			const hour = Math.floor(now / 3600000);
			const day = Math.floor(now / 86400000);
			const { config } = state;
			const over = [];
			if (bump(`${accountId}:h:${hour}`) > config.hourly) over.push('hourly');
			if (bump(`${accountId}:d:${day}`) > config.daily) over.push('daily');
			if (kind === 'sms') {
				if (bump(`${accountId}:sms:h:${hour}`) > config.smsHourly || bump(`${accountId}:sms:d:${day}`) > config.smsDaily) over.push('sms');
			}
			if (kind === 'call') {
				if (bump(`${accountId}:call:h:${hour}`) > config.callHourly || bump(`${accountId}:call:d:${day}`) > config.callDaily) over.push('call');
			}
			if (!over.length) return undefined;
			const headers = config.retryAfter === null || config.retryAfter === undefined ? {} : { 'Retry-After': String(config.retryAfter) };
			return { status: 429, body: { error: `Rate limit exceeded (${over.join(', ')}). Pause or slow down until it clears.` }, headers };
		},
	};
}

module.exports = { createRateLimiter, DEFAULT_LIMITS };
