'use strict';
const { DateTime } = require('luxon');
const { fail } = require('../lib/errors');
const { single, listParam } = require('../lib/query');
const { dateWindow } = require('../lib/dates');
const { callFilter } = require('./calls');
const { ok } = require('./common');

const GROUPS = {
	source: (c) => c.source_name, keywords: (c) => c.keywords, campaign: (c) => c.campaign, referrer: (c) => c.referrer_domain,
	landing_page: (c) => c.landing_page_url, company: (c) => c.company_name, company_id: (c) => c.company_id,
};
const FIELDS = ['total_calls', 'missed_calls', 'answered_calls', 'first_time_callers', 'average_duration', 'formatted_average_duration', 'leads'];
const INTERVALS = ['hour', 'day', 'week', 'month', 'year'];
const MAX_POINTS = 200;

function aggregate(calls, fields) {
	const total = calls.length;
	let duration = 0;
	let answered = 0;
	let first = 0;
	let leads = 0;
	for (const c of calls) {
		duration += c.duration;
		if (c.answered) answered++;
		if (c.first_call) first++;
		if (c.lead_status === 'good_lead') leads++;
	}
	const avg = total ? Math.round(duration / total) : 0;
	const all = {
		total_calls: total, missed_calls: total - answered, answered_calls: answered, first_time_callers: first,
		average_duration: avg, formatted_average_duration: `${Math.floor(avg / 60)}m ${avg % 60}s`, leads,
	};
	return Object.fromEntries(fields.map((f) => [f, all[f]]));
}

function reportCalls(sb, req) {
	const window = dateWindow(req.query, req.user, sb.clock.now());
	// "Defaults to total_calls"; other names are ignored, as Field Selection states no refusal.
	const named = (listParam(req.query, 'fields') || []).filter((f) => FIELDS.includes(f));
	const fields = named.length ? named : ['total_calls'];
	const calls = sb.store.calls.filter(callFilter(sb, req, window, { report: true }));
	return { window, fields, calls };
}

const stamp = (dt) => dt.toFormat("yyyy-MM-dd'T'HH:mm:ssZZZ");

function callSummary(sb, req) {
	const groupBy = single(req.query, 'group_by');
	if (groupBy && !GROUPS[groupBy]) fail(400, `Invalid group_by: ${groupBy}. Use one of ${Object.keys(GROUPS).join(', ')}`);
	if ((groupBy === 'company' || groupBy === 'company_id') && single(req.query, 'company_id')) fail(400, 'Grouping by company is only available for the whole account');
	const { window, fields, calls } = reportCalls(sb, req);
	const body = { start_date: stamp(window.fromDt), end_date: stamp(window.toDt), time_zone: window.zone, total_results: aggregate(calls, fields) };
	if (groupBy) {
		const groups = new Map();
		for (const call of calls) {
			const key = GROUPS[groupBy](call) ?? '(none)';
			if (!groups.has(key)) groups.set(key, []);
			groups.get(key).push(call);
		}
		body.grouped_by = groupBy;
		body.grouped_results = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || String(a[0]).localeCompare(String(b[0]))).map(([key, list]) => ({ key, ...aggregate(list, fields) }));
	}
	return ok(body);
}

/**
 * One point per interval, labelled with the interval's start in the request's zone; the first and last points cover
 * only the part of their interval inside the range, so two requests whose ranges meet give every call once.
 *
 * "Time series response data is intended to be displayed as a chart, and is limited to 200 data points. … If hourly
 * or daily data is needed for a longer time period, the query must be broken into multiple requests." The reference
 * states no error for a longer range, so the sandbox answers the first 200 points; end_date and total_results then
 * cover exactly those points, which tells a client where the answer stopped.
 */
function callTimeseries(sb, req) {
	const interval = single(req.query, 'interval') || 'day';
	if (!INTERVALS.includes(interval)) fail(400, `Invalid interval: ${interval}. Use one of ${INTERVALS.join(', ')}`);
	const report = reportCalls(sb, req);
	const { window } = report;
	// "total_calls … This Summary Data response field is available by default" for time series (reference).
	const fields = report.fields.includes('total_calls') ? report.fields : ['total_calls', ...report.fields];
	const points = [];
	let at = window.fromDt.startOf(interval);
	for (; at <= window.toDt && points.length < MAX_POINTS; at = at.plus({ [`${interval}s`]: 1 })) points.push(at);
	const toDt = at <= window.toDt ? at.minus({ milliseconds: 1 }) : window.toDt;
	const calls = report.calls.filter((c) => c._startMs <= toDt.toMillis());
	const bounds = points.map((p) => p.toMillis());
	const buckets = points.map(() => []);
	for (const call of calls) {
		let lo = 0;
		let hi = bounds.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (bounds[mid] <= call._startMs) lo = mid;
			else hi = mid - 1;
		}
		buckets[lo].push(call);
	}
	const data = points.map((point, i) => ({
		// "YYYY-MM-DD, except the hour interval which includes … YYYY-MM-DDThh:mm:ssTZD", e.g. 2016-10-01T00:00:00-0500.
		date: interval === 'hour' ? stamp(DateTime.fromMillis(bounds[i]).setZone(window.zone)) : point.toISODate(),
		...aggregate(buckets[i], fields),
	}));
	return ok({ start_date: stamp(window.fromDt), end_date: stamp(toDt), time_zone: window.zone, total_results: aggregate(calls, fields), data });
}

const routes = [
	['GET', 'calls/summary', callSummary],
	['GET', 'calls/timeseries', callTimeseries],
];

module.exports = { routes };
