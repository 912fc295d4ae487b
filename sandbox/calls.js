'use strict';
const { DateTime } = require('luxon');
const { fail, maskedId } = require('./util');
const { listParam, single, paginate, dateWindow } = require('./query');
const { makeCall, insertCalls, callZone } = require('./seed');

const DEFAULT_FIELDS = [
	'answered', 'business_phone_number', 'customer_city', 'customer_country', 'customer_name', 'customer_phone_number',
	'customer_state', 'direction', 'duration', 'id', 'recording', 'recording_duration', 'recording_player', 'start_time',
	'tracking_phone_number', 'voicemail',
];
const OPTIONAL_FIELDS = new Set([
	'agent_email', 'call_highlights', 'call_summary', 'call_type', 'campaign', 'company_id', 'company_name', 'company_time_zone',
	'created_at', 'custom', 'device_type', 'fbclid', 'first_call', 'formatted_call_type', 'formatted_customer_location',
	'formatted_business_phone_number', 'formatted_customer_name', 'formatted_customer_name_or_phone_number',
	'formatted_customer_phone_number', 'formatted_duration', 'formatted_tracking_phone_number', 'formatted_tracking_source',
	'formatted_value', 'ga', 'gclid', 'good_lead_call_id', 'good_lead_call_time', 'keypad_entries', 'keywords', 'keywords_spotted',
	'landing_page_url', 'last_requested_url', 'lead_status', 'medium', 'milestones', 'msclkid', 'note', 'person_id', 'prior_calls',
	'referrer_domain', 'referring_url', 'sentiment', 'session_uuid', 'source', 'source_name', 'speaker_percent', 'tags',
	'timeline_url', 'total_calls', 'tracker_id', 'transcription', 'utm_campaign', 'utm_content', 'utm_medium', 'utm_source',
	'utm_term', 'value', 'voice_assist_message', 'waveforms', 'zip_code', 'lead_score', 'lead_explanation',
]);
const SINGLE_ONLY_FIELDS = new Set(['conversational_transcript', 'integration_data']);
const SORTABLE = new Set(['customer_name', 'customer_phone_number', 'duration', 'start_time', 'source', 'customer_city', 'customer_country', 'landing_page_url', 'device_type', 'answered', 'first_call', 'source_name', 'lead_status', 'tags']);
const SEARCHABLE = ['business_phone_number', 'customer_name', 'customer_phone_number', 'note', 'source', 'tracking_phone_number'];

function requestedFields(query, single_) {
	const fields = listParam(query, 'fields') || [];
	for (const field of fields) {
		if (!OPTIONAL_FIELDS.has(field) && !(single_ && SINGLE_ONLY_FIELDS.has(field))) fail(400, `Invalid field: ${field}`);
	}
	return fields;
}

function presentCall(call, fields, zone) {
	const out = {};
	for (const key of [...DEFAULT_FIELDS, ...fields]) {
		let value = call[key];
		if (key === 'tags' && Array.isArray(value)) value = value.map((t) => ({ ...t }));
		out[key] = value === undefined ? null : value;
	}
	if (zone) out.start_time = DateTime.fromMillis(call._startMs).setZone(zone).toISO();
	return out;
}

function callMatches(call, query, ctx) {
	const companyId = single(query, 'company_id');
	if (companyId && call.company_id !== companyId) return false;
	const trackerId = single(query, 'tracker_id');
	if (trackerId && call.tracker_id !== trackerId) return false;
	const callType = single(query, 'call_type');
	if (callType) {
		const ok = {
			first_call: call.first_call,
			missed: !call.answered && call.direction === 'inbound',
			voicemails: call.voicemail,
			inbound: call.direction === 'inbound',
			outbound: call.direction === 'outbound',
		}[callType];
		if (ok === undefined) fail(400, `Invalid call_type: ${callType}`);
		if (!ok) return false;
	}
	const answerStatus = single(query, 'answer_status');
	if (answerStatus && answerStatus !== 'all') {
		const ok = { answered: call.answered, missed: !call.answered && !call.voicemail, voicemail: call.voicemail }[answerStatus];
		if (ok === undefined) fail(400, `Invalid answer_status: ${answerStatus}`);
		if (!ok) return false;
	}
	const device = single(query, 'device');
	if (device && device !== 'all' && call.device_type !== device) return false;
	const direction = single(query, 'direction');
	if (direction && direction !== 'all' && call.direction !== direction) return false;
	const leadStatus = single(query, 'lead_status');
	if (leadStatus) {
		const value = call.lead_status === 'previously_marked_good_lead' ? 'good_lead' : call.lead_status;
		if (leadStatus === 'not_scored' ? value !== null : value !== leadStatus) return false;
	}
	const tags = listParam(query, 'tags');
	if (tags && tags.length && !call.tags.some((t) => tags.includes(t.name))) return false;
	const search = single(query, 'search');
	if (search) {
		const needle = search.toLowerCase();
		const digits = needle.replace(/\D/g, '');
		const hit = SEARCHABLE.some((field) => {
			const value = call[field];
			if (!value) return false;
			const text = String(value).toLowerCase();
			return text.includes(needle) || (digits.length >= 4 && text.replace(/\D/g, '').includes(digits));
		});
		if (!hit) return false;
	}
	const minDuration = single(query, 'min_duration');
	if (minDuration !== undefined && call.duration < Number(minDuration)) return false;
	const maxDuration = single(query, 'max_duration');
	if (maxDuration !== undefined && call.duration > Number(maxDuration)) return false;
	if (ctx.trackerIds && !ctx.trackerIds.includes(call.tracker_id)) return false;
	if (ctx.agent && call.agent_id !== ctx.agent) return false;
	if (ctx.firstTimeCallers && !call.first_call) return false;
	return call._startMs >= ctx.window.from && call._startMs <= ctx.window.to;
}

function sortCalls(calls, query) {
	const sort = single(query, 'sort');
	const order = single(query, 'order');
	if (order && !sort) fail(400, 'order requires sort');
	if (!sort) return calls;
	if (!SORTABLE.has(sort)) fail(400, `Invalid sort: ${sort}`);
	const dir = (order || (sort === 'start_time' ? 'desc' : 'asc')) === 'desc' ? -1 : 1;
	const key = (c) => (sort === 'start_time' ? c._startMs : sort === 'tags' ? c.tags.map((t) => t.name).join(',') : c[sort]);
	return [...calls].sort((a, b) => {
		const x = key(a) ?? '';
		const y = key(b) ?? '';
		return (x < y ? -1 : x > y ? 1 : 0) * dir || b._seq - a._seq;
	});
}

function visibleCalls(sb, req) {
	return sb.store.calls.filter((c) => c.account_id === req.account.id && sb.companyVisible(req, c.company_id));
}

function listCalls(sb, req) {
	const { query } = req;
	const fields = requestedFields(query, false);
	const window = dateWindow(query, req.user, sb.clock.now());
	const zone = single(query, 'time_zone') ? window.zone : undefined;
	const relative = String(single(query, 'relative_pagination')) === 'true';
	let snapshot = Number(single(query, 'snapshot') || sb.store.seq.numeric);
	let calls = visibleCalls(sb, req).filter((c) => callMatches(c, query, { window }) && (!relative || c._seq <= snapshot));
	calls = sortCalls(calls, query);
	if (!relative) {
		const body = paginate(query, calls, 'calls');
		body.calls = body.calls.map((c) => presentCall(c, fields, zone));
		return { status: 200, body };
	}
	const perPage = Number(single(query, 'per_page') ?? 100);
	if (!Number.isInteger(perPage) || perPage < 1) fail(400, 'per_page must be a positive integer');
	if (perPage > 250) fail(400, 'per_page must be 250 or less');
	const offset = Number(single(query, 'offset') ?? 0);
	const pageCalls = calls.slice(offset * perPage, (offset + 1) * perPage);
	const hasNext = (offset + 1) * perPage < calls.length;
	let nextPage = null;
	if (hasNext) {
		const params = new URLSearchParams();
		for (const [key, value] of Object.entries(query)) {
			if (['offset', 'page', 'snapshot', 'per_page', 'relative_pagination'].includes(key)) continue;
			for (const v of [].concat(value)) params.append(key, v);
		}
		params.set('offset', String(offset + 1));
		params.set('page', String(offset + 2));
		params.set('per_page', String(perPage));
		params.set('relative_pagination', 'true');
		params.set('snapshot', String(snapshot));
		nextPage = `${sb.url}/v3/a/${req.account.numeric_id}/calls?${params.toString()}`;
	}
	return { status: 200, body: { per_page: perPage, has_next_page: hasNext, next_page: nextPage, calls: pageCalls.map((c) => presentCall(c, fields, zone)) } };
}

function findCall(sb, req, id) {
	const call = sb.store.calls.find((c) => c.id === id && c.account_id === req.account.id);
	if (!call || !sb.companyVisible(req, call.company_id)) fail(404, 'Call not found');
	return call;
}

function getCall(sb, req, id) {
	const fields = requestedFields(req.query, true);
	return { status: 200, body: presentCall(findCall(sb, req, id), fields) };
}

function updateCall(sb, req, id) {
	const call = findCall(sb, req, id);
	sb.requireWriter(req);
	const body = req.body || {};
	const allowed = ['tags', 'note', 'value', 'lead_status', 'append_tags', 'customer_name', 'spam'];
	for (const key of Object.keys(body)) if (!allowed.includes(key)) fail(400, `Unknown parameter: ${key}`);
	if (body.spam !== undefined && body.spam !== true) fail(400, 'spam can only be set to true');
	if (body.lead_status !== undefined && ![null, '', 'good_lead', 'not_a_lead'].includes(body.lead_status)) fail(400, 'lead_status must be good_lead, not_a_lead or null');
	if (body.lead_status === 'good_lead' && call.lead_status === 'previously_marked_good_lead') fail(400, 'This caller was already marked as a good lead on an earlier call');
	if (body.value !== undefined && body.value !== null && body.value !== '' && !/^\$?\d+(\.\d{1,2})?$/.test(String(body.value))) fail(400, 'value must be an amount such as 1.00');
	const changes = [];
	if (body.tags !== undefined) {
		if (!Array.isArray(body.tags)) fail(400, 'tags must be an array of tag names');
		for (const name of body.tags) sb.ensureTag(req.account, call.company_id, name);
		const names = body.append_tags ? [...new Set([...call.tags.map((t) => t.name), ...body.tags])] : body.tags;
		call.tags = names.map((name) => ({ name }));
		changes.push('tags');
	}
	if (body.note !== undefined) { call.note = body.note || null; changes.push('note'); }
	if (body.value !== undefined) {
		call.value = body.value ? String(body.value).replace(/^\$/, '') : null;
		call.formatted_value = call.value ? `$${Number(call.value).toFixed(2)}` : '--';
		changes.push('value');
	}
	if (body.lead_status !== undefined) { call.lead_status = body.lead_status || null; changes.push('lead_status'); }
	if (body.customer_name !== undefined) { call.customer_name = body.customer_name; call.formatted_customer_name = body.customer_name; }
	if (body.spam === true) {
		sb.store.calls.splice(sb.store.calls.indexOf(call), 1);
		call.spam = true;
	}
	call._updatedMs = sb.clock.now().getTime();
	call._changes = changes;
	return { status: 200, body: presentCall(call, ['tags', 'note', 'value', 'lead_status', 'company_id']) };
}

const NANP = /^\+1[2-9]\d{2}[2-9]\d{6}$/;

function createCall(sb, req) {
	sb.requireWriter(req);
	const body = req.body || {};
	for (const key of ['caller_id', 'customer_phone_number', 'business_phone_number']) {
		if (!body[key]) fail(400, `${key} is required`);
		if (!NANP.test(body[key])) fail(400, `${key} must be a US or Canadian number in E.164 format`);
	}
	const tracker = sb.store.trackers.find((t) => t.tracking_numbers.includes(body.caller_id));
	const callerId = sb.store.callerIds.find((c) => c.phone_number === body.caller_id && c.verified);
	if (!tracker && !callerId) fail(422, 'caller_id must be one of your tracking numbers or a verified outbound caller ID');
	const company = sb.store.companies.find((c) => c.id === (tracker ? tracker.company.id : callerId.company_id));
	const call = makeCall(sb.store, req.account, company, tracker, DateTime.fromJSDate(sb.clock.now()), sb.store.rng, [], {
		direction: 'outbound', answered: false, voicemail: false, duration: 0, customer_phone_number: body.customer_phone_number,
		business_phone_number: body.business_phone_number, call_type: 'outbound', formatted_call_type: 'Outbound',
		recording: null, recording_duration: null, recording_player: null, agent_id: body.agent_id || null,
	});
	insertCalls(sb.store, [call]);
	return { status: 201, body: presentCall(call, ['company_id', 'tracker_id', 'call_type']) };
}

function getRecording(sb, req, id) {
	const call = findCall(sb, req, id);
	if (!call.recording) fail(404, 'This call has no recording');
	const base = req.account.hipaa_account ? 'https://callrail-recordings.s3.amazonaws.com' : 'https://app.callrail.com';
	return { status: 200, body: { url: `${base}/calls/${call.id}/recording/redirect?access_key=${call.id.slice(3, 23)}` } };
}

function getPageViews(sb, req, id) {
	const call = findCall(sb, req, id);
	if (!call._session) fail(400, 'Page views are only available for calls to session trackers');
	const views = [];
	const count = (parseInt(call.id.slice(3, 5), 16) % 5) + 2;
	for (let i = 0; i < count; i++) {
		views.push({
			referrer_url: i === count - 1 ? 'https://www.google.com/' : 'https://www.example.com/',
			page_url: `https://www.example.com/${['', 'services', 'pricing', 'about', 'contact', 'blog'][i % 6]}`,
			created_at: DateTime.fromMillis(call._startMs - (i + 1) * 60000).setZone(callZone({ time_zone: call.company_time_zone })).toISO(),
		});
	}
	return { status: 200, body: paginate(req.query, views, 'page_views') };
}

const GROUPS = {
	source: (c) => c.source_name, keywords: (c) => c.keywords, campaign: (c) => c.campaign, referrer: (c) => c.referrer_domain,
	landing_page: (c) => c.landing_page_url, company: (c) => c.company_name, company_id: (c) => c.company_id,
};
const SUMMARY_FIELDS = ['total_calls', 'missed_calls', 'answered_calls', 'first_time_callers', 'average_duration', 'formatted_average_duration', 'leads'];

function aggregate(calls, fields) {
	const total = calls.length;
	const avg = total ? Math.round(calls.reduce((s, c) => s + c.duration, 0) / total) : 0;
	const all = {
		total_calls: total,
		missed_calls: calls.filter((c) => !c.answered).length,
		answered_calls: calls.filter((c) => c.answered).length,
		first_time_callers: calls.filter((c) => c.first_call).length,
		average_duration: avg,
		formatted_average_duration: `${Math.floor(avg / 60)}m ${avg % 60}s`,
		leads: calls.filter((c) => c.lead_status === 'good_lead').length,
	};
	return Object.fromEntries(fields.map((f) => [f, all[f]]));
}

function summaryCalls(sb, req) {
	const { query } = req;
	const window = dateWindow(query, req.user, sb.clock.now());
	const ctx = {
		window,
		trackerIds: listParam(query, 'tracker_ids', { arrayOnly: true }),
		agent: single(query, 'agent'),
		firstTimeCallers: String(single(query, 'first_time_callers')) === 'true',
	};
	const fields = listParam(query, 'fields') || ['total_calls'];
	for (const f of fields) if (!SUMMARY_FIELDS.includes(f)) fail(400, `Invalid field: ${f}`);
	return { window, fields, calls: visibleCalls(sb, req).filter((c) => callMatches(c, query, ctx)) };
}

const fmt = (ms, zone) => DateTime.fromMillis(ms).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm:ssZZZ");

function callSummary(sb, req) {
	const { window, fields, calls } = summaryCalls(sb, req);
	const groupBy = single(req.query, 'group_by');
	const body = { start_date: fmt(window.from, window.zone), end_date: fmt(window.to, window.zone), time_zone: window.zone, total_results: aggregate(calls, fields) };
	if (groupBy) {
		if (!GROUPS[groupBy]) fail(400, `Invalid group_by: ${groupBy}`);
		if ((groupBy === 'company' || groupBy === 'company_id') && single(req.query, 'company_id')) fail(400, 'Grouping by company is only available for the whole account');
		const groups = new Map();
		for (const call of calls) {
			const key = GROUPS[groupBy](call) ?? '(none)';
			if (!groups.has(key)) groups.set(key, []);
			groups.get(key).push(call);
		}
		body.grouped_by = groupBy;
		body.grouped_results = [...groups.entries()].sort((a, b) => b[1].length - a[1].length).map(([key, list]) => ({ key, ...aggregate(list, fields) }));
	}
	return { status: 200, body };
}

function callTimeseries(sb, req) {
	const { window, fields, calls } = summaryCalls(sb, req);
	const interval = single(req.query, 'interval') || 'day';
	if (!['hour', 'day', 'week', 'month', 'year'].includes(interval)) fail(400, `Invalid interval: ${interval}`);
	const start = window.fromDt.startOf(interval);
	const points = [];
	for (let at = start; at <= window.toDt; at = at.plus({ [`${interval}s`]: 1 })) {
		points.push(at);
		if (points.length > 200) fail(400, 'The requested range has more than 200 data points; choose a larger interval or a shorter range');
	}
	const data = points.map((at, i) => {
		const end = points[i + 1] ? points[i + 1].toMillis() : window.to + 1;
		const inside = calls.filter((c) => c._startMs >= at.toMillis() && c._startMs < end);
		return { date: interval === 'hour' ? at.toISO({ suppressMilliseconds: true }) : at.toISODate(), ...aggregate(inside, fields) };
	});
	return { status: 200, body: { start_date: fmt(window.from, window.zone), end_date: fmt(window.to, window.zone), time_zone: window.zone, total_results: aggregate(calls, fields), data } };
}

module.exports = { listCalls, getCall, updateCall, createCall, getRecording, getPageViews, callSummary, callTimeseries, presentCall, callMatches, maskedId };
