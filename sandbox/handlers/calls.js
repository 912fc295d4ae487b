'use strict';
const { fail } = require('../lib/errors');
const { single, listParam, bool, requestedFields, enumParam } = require('../lib/query');
const { paginate, relativePage, carryQuery } = require('../lib/pagination');
const { dateWindow, checkZone } = require('../lib/dates');
const { companyVisible } = require('../lib/auth');
const { isoWithOffset } = require('../seed/data');
const { makeCall, insertCalls } = require('../seed/calls');
const { bodyOf, onlyKeys, applyTags, parseMoney, ok, created } = require('./common');

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
const SINGLE_FIELDS = new Set([...OPTIONAL_FIELDS, 'conversational_transcript', 'integration_data']);
/**
 * Fields the reference ties to Premium Conversation Intelligence: transcription and conversational_transcript
 * "will return null for accounts that do not have API transcript access" (Changelog, May 21, 2026); call_summary
 * and sentiment are "available to customers with a subscription to a Premium Conversation Intelligence plan".
 */
const PREMIUM_CI_FIELDS = ['transcription', 'conversational_transcript', 'call_summary', 'sentiment'];

/**
 * How the account's plan answers Premium CI fields. 'premium' (default) shows them; 'none' answers them null, as the
 * reference documents; 'refuse' is a test hook for a refusal the reference does not describe (403 naming the field),
 * so tests can check that a client reports it instead of polling silently.
 */
function premiumFields(account, fields) {
	const plan = account.conversation_intelligence || 'premium';
	if (plan === 'premium') return [];
	const asked = fields.filter((f) => PREMIUM_CI_FIELDS.includes(f));
	if (plan === 'refuse' && asked.length) fail(403, `${asked[0]} requires a Premium Conversation Intelligence plan`);
	return asked;
}
const SORT_KEYS = {
	customer_name: (c) => c.customer_name || '',
	customer_phone_number: (c) => c.customer_phone_number || '',
	duration: (c) => c.duration,
	start_time: (c) => c._startMs,
	source: (c) => c.source || '',
	customer_city: (c) => c.customer_city || '',
	customer_country: (c) => c.customer_country || '',
	landing_page_url: (c) => c.landing_page_url || '',
	device_type: (c) => c.device_type || '',
	answered: (c) => (c.answered ? 1 : 0),
	first_call: (c) => (c.first_call ? 1 : 0),
	source_name: (c) => c.source_name || '',
	lead_status: (c) => c.lead_status || '',
	tags: (c) => c.tags.map((t) => t.name).join(','),
};
const SEARCHABLE = ['business_phone_number', 'customer_name', 'customer_phone_number', 'note', 'source', 'tracking_phone_number'];

/**
 * The call as the API shows it: default fields plus the requested ones; times in `zone` when one was asked for;
 * `blanked` fields (the plan's) answered null.
 */
function presentCall(call, fields, zone, blanked = []) {
	const out = {};
	for (const key of DEFAULT_FIELDS) out[key] = call[key] === undefined ? null : call[key];
	for (const key of fields) {
		const value = blanked.includes(key) ? null : call[key];
		out[key] = value === undefined ? null : key === 'tags' ? value.map((t) => ({ ...t })) : value && typeof value === 'object' ? JSON.parse(JSON.stringify(value)) : value;
	}
	if (zone) {
		out.start_time = isoWithOffset(call._startMs, zone);
		if ('created_at' in out) out.created_at = isoWithOffset(Date.parse(call.created_at), zone);
	}
	return out;
}

/**
 * One predicate per request rather than per call: list pages over 50,000 calls must stay fast.
 * `ctx.report` switches to the summary/timeseries dialect (tracker_ids[] only, agent, first_time_callers, search=source).
 */
function callFilter(sb, req, window, ctx = {}) {
	const { query, user } = req;
	const tests = [];
	const add = (t) => tests.push(t);
	const companyId = single(query, 'company_id');
	if (companyId) add((c) => c.company_id === companyId);
	const trackerId = single(query, 'tracker_id');
	if (trackerId && !ctx.report) add((c) => c.tracker_id === trackerId);
	const callType = enumParam(query, 'call_type', ['first_call', 'missed', 'voicemails', 'inbound', 'outbound']);
	if (callType) {
		add({
			first_call: (c) => c.first_call,
			missed: (c) => !c.answered && c.direction === 'inbound',
			voicemails: (c) => c.voicemail,
			inbound: (c) => c.direction === 'inbound',
			outbound: (c) => c.direction === 'outbound',
		}[callType]);
	}
	const answer = enumParam(query, 'answer_status', ctx.report ? ['answered', 'missed', 'voicemail', 'all'] : ['answered', 'missed', 'voicemail']);
	if (answer && answer !== 'all') add({ answered: (c) => c.answered, missed: (c) => !c.answered && !c.voicemail, voicemail: (c) => c.voicemail }[answer]);
	const device = enumParam(query, 'device', ctx.report ? ['desktop', 'mobile', 'all'] : ['desktop', 'mobile']);
	if (device && device !== 'all') add((c) => c.device_type === device);
	const direction = enumParam(query, 'direction', ctx.report ? ['inbound', 'outbound', 'all'] : ['inbound', 'outbound']);
	if (direction && direction !== 'all') add((c) => c.direction === direction);
	const leadStatus = enumParam(query, 'lead_status', ['good_lead', 'not_a_lead', 'not_scored']);
	if (leadStatus) {
		add((c) => {
			const value = c.lead_status === 'previously_marked_good_lead' ? 'good_lead' : c.lead_status;
			return leadStatus === 'not_scored' ? !value : value === leadStatus;
		});
	}
	const tags = listParam(query, 'tags');
	if (tags && tags.length) add((c) => c.tags.some((t) => tags.includes(t.name)));
	const search = single(query, 'search');
	if (search) {
		const needle = search.toLowerCase();
		const digits = needle.replace(/\D/g, '');
		const fields = ctx.report ? ['source', 'source_name'] : SEARCHABLE;
		add((c) => fields.some((f) => {
			const value = c[f];
			if (!value) return false;
			const text = String(value).toLowerCase();
			return text.includes(needle) || (digits.length >= 4 && digits.length === needle.replace(/[\s()+.-]/g, '').length && text.replace(/\D/g, '').includes(digits));
		}));
	}
	if (ctx.report) {
		for (const name of ['min_duration', 'max_duration']) {
			const raw = single(query, name);
			if (raw === undefined || raw === '') continue;
			const n = Number(raw);
			if (!Number.isFinite(n) || n < 0) fail(400, `${name} must be a number of seconds`);
			// "only include summary data for calls over the specified duration" / "… under the specified duration".
			add(name === 'min_duration' ? (c) => c.duration > n : (c) => c.duration < n);
		}
		const trackerIds = listParam(query, 'tracker_ids', { arrayOnly: true });
		if (trackerIds) add((c) => trackerIds.includes(c.tracker_id));
		const agent = single(query, 'agent');
		if (agent) add((c) => c.agent_id === agent);
		// "show results for either all first time callers, or for all non-first time callers".
		const firstTime = single(query, 'first_time_callers');
		if (firstTime !== undefined && firstTime !== '') add(bool(firstTime) ? (c) => c.first_call : (c) => !c.first_call);
	}
	const { from, to } = window;
	const accountId = req.account.id;
	const scoped = Boolean(user.company_ids);
	return (c) => {
		if (c.account_id !== accountId || c._startMs < from || c._startMs > to) return false;
		if (scoped && !companyVisible(user, c.company_id)) return false;
		for (const t of tests) if (!t(c)) return false;
		return true;
	};
}

/** Ties (and the default order) fall back to arrival order, newest first, so every order is total. */
function callSort(query) {
	const sort = single(query, 'sort');
	const order = enumParam(query, 'order', ['asc', 'desc']);
	if (order && !sort) fail(400, 'order requires sort');
	if (sort && !SORT_KEYS[sort]) fail(400, `Invalid sort: ${sort}`);
	const name = sort || 'start_time';
	const key = SORT_KEYS[name];
	const dir = (order || (name === 'start_time' ? 'desc' : 'asc')) === 'desc' ? -1 : 1;
	const compareKeys = (x, y) => (x < y ? -1 : x > y ? 1 : 0) * dir;
	return {
		isDefault: name === 'start_time' && dir === -1,
		compare: (a, b) => compareKeys(key(a), key(b)) || b._seq - a._seq,
		keyOf: (c) => [key(c), c._seq],
		isAfter: (c, [value, seq]) => {
			const byKey = compareKeys(key(c), value);
			return byKey > 0 || (byKey === 0 && c._seq < seq);
		},
	};
}

function listCalls(sb, req) {
	const { query } = req;
	const fields = requestedFields(query, OPTIONAL_FIELDS);
	const blanked = premiumFields(req.account, fields);
	const window = dateWindow(query, req.user, sb.clock.now());
	const zone = single(query, 'time_zone') ? window.zone : undefined;
	const order = callSort(query);
	let calls = sb.store.calls.filter(callFilter(sb, req, window));
	// The store is kept in the default order already; other orders sort the filtered rows.
	if (!order.isDefault) calls.sort(order.compare);
	if (!bool(single(query, 'relative_pagination'))) {
		const body = paginate(query, calls, 'calls');
		body.calls = body.calls.map((c) => presentCall(c, fields, zone, blanked));
		return ok(body);
	}
	const page = relativePage(query, calls, order);
	let nextPage = null;
	if (page.hasNext) {
		// CallRail's next_page: numeric account id, no `.json`, every original filter kept, offset = page index + 1.
		const params = carryQuery(query, ['offset', 'page', 'per_page', 'relative_pagination', 'cursor']);
		params.set('offset', String(page.offset + 1));
		params.set('page', '1');
		params.set('per_page', String(page.perPage));
		params.set('relative_pagination', 'true');
		if (sb.relativeCursor) params.set('cursor', page.cursor);
		nextPage = `${sb.url}/v3/a/${req.account.numeric_id}/calls?${params.toString()}`;
	}
	calls = page.rows.map((c) => presentCall(c, fields, zone, blanked));
	return {
		status: 200,
		headers: nextPage ? { Link: `<${nextPage}>; rel="next"` } : {},
		body: { per_page: page.perPage, has_next_page: page.hasNext, next_page: nextPage, calls },
	};
}

function findCall(sb, req, id) {
	const call = sb.store.calls.find((c) => c.id === id && c.account_id === req.account.id);
	if (!call || !companyVisible(req.user, call.company_id)) fail(404, 'Call not found');
	return call;
}

/** time_zone: "The CallRail API aligns all dates to the time zone specified within the account. This can be overridden … by including a time_zone parameter" (Time Zones). */
function getCall(sb, req, id) {
	const fields = requestedFields(req.query, SINGLE_FIELDS);
	const blanked = premiumFields(req.account, fields);
	const zone = single(req.query, 'time_zone') ? checkZone(single(req.query, 'time_zone')) : undefined;
	return ok(presentCall(findCall(sb, req, id), fields, zone, blanked));
}

const UPDATE_RESULT_FIELDS = ['company_id', 'tracker_id', 'tags', 'note', 'value', 'formatted_value', 'lead_status', 'customer_name', 'formatted_customer_name'];

/**
 * PUT is partial: omitted keys stay, null/"" clears. `spam: true` removes the call for good (it is not undoable).
 * Records what changed for the Call Modified webhook.
 */
function updateCall(sb, req, id) {
	const call = findCall(sb, req, id);
	const body = bodyOf(req);
	onlyKeys(body, ['tags', 'note', 'value', 'lead_status', 'append_tags', 'customer_name', 'spam']);
	if (body.spam !== undefined && body.spam !== true) fail(400, 'spam can only be set to true');
	if (body.lead_status !== undefined && ![null, '', 'good_lead', 'not_a_lead'].includes(body.lead_status)) fail(400, 'lead_status must be good_lead, not_a_lead or null');
	if (body.lead_status === 'good_lead' && call.lead_status === 'previously_marked_good_lead') fail(400, 'This caller was already marked as a good lead on an earlier call');
	const value = body.value !== undefined ? parseMoney(body.value) : undefined;
	const changes = [];
	if (body.tags !== undefined) {
		applyTags(sb, req, call, call.company_id, body);
		changes.push('tags');
	}
	if (body.note !== undefined) {
		call.note = body.note || null;
		changes.push('note');
	}
	if (value !== undefined) {
		call.value = value;
		call.formatted_value = value ? `$${value}` : '--';
		changes.push('value');
	}
	if (body.lead_status !== undefined) {
		call.lead_status = body.lead_status || null;
		changes.push('manual_score');
	}
	if (body.customer_name !== undefined) {
		call.customer_name = body.customer_name || null;
		call.formatted_customer_name = call.customer_name;
		call.formatted_customer_name_or_phone_number = call.customer_name || call.formatted_customer_phone_number;
		changes.push('customer_name');
	}
	if (body.spam === true) {
		sb.store.calls.splice(sb.store.calls.indexOf(call), 1);
		call.spam = true;
		changes.push('spam');
	}
	call._updatedMs = sb.clock.now().getTime();
	call._changes = changes;
	return ok(presentCall(call, UPDATE_RESULT_FIELDS));
}

const NANP = /^\+1[2-9]\d{2}[2-9]\d{6}$/;

/** Outbound call: rings business_phone_number, then dials the customer from caller_id. US/Canada only. */
function createCall(sb, req) {
	const body = bodyOf(req);
	onlyKeys(body, ['caller_id', 'customer_phone_number', 'business_phone_number', 'recording_enabled', 'outbound_greeting_recording_url', 'outbound_greeting_text', 'agent_id']);
	for (const key of ['caller_id', 'customer_phone_number', 'business_phone_number']) {
		if (!body[key]) fail(400, `${key} is required`);
		if (!NANP.test(body[key])) fail(400, `${key} must be a US or Canadian number in E.164 format`);
	}
	const visibleCompany = (companyId) => sb.store.companies.some((c) => c.id === companyId && c.account_id === req.account.id && companyVisible(req.user, c.id));
	const tracker = sb.store.trackers.find((t) => t.status === 'active' && t.tracking_numbers.includes(body.caller_id) && visibleCompany(t.company.id));
	const callerId = sb.store.callerIds.find((c) => c.phone_number === body.caller_id && c.verified && visibleCompany(c.company_id));
	if (!tracker && !callerId) fail(422, 'caller_id must be one of your tracking numbers or a verified outbound caller ID');
	let agent = null;
	if (body.agent_id) {
		agent = sb.store.users.find((u) => u.id === body.agent_id && u.account_ids.includes(req.account.id));
		if (!agent) fail(400, 'agent_id is not a user of this account');
	}
	const company = sb.store.companies.find((c) => c.id === (tracker ? tracker.company.id : callerId.company_id));
	const call = makeCall(sb.store, req.account, company, tracker, sb.clock.now().getTime(), sb.store.rng, [], {
		direction: 'outbound', answered: false, voicemail: false, duration: 0, customer_phone_number: body.customer_phone_number,
		business_phone_number: body.business_phone_number, call_type: 'outbound', formatted_call_type: 'Outbound', first_call: false,
		recording: null, recording_duration: null, recording_player: null, agent_id: agent ? agent.id : null, agent_email: agent ? agent.email : null,
		tracking_phone_number: body.caller_id, tags: [], lead_status: null, note: null, value: null, formatted_value: '--',
		customer_name: null, formatted_customer_name: null,
	});
	insertCalls(sb.store, [call]);
	return created(presentCall(call, ['company_id', 'tracker_id', 'call_type', 'agent_email']));
}

function getRecording(sb, req, id) {
	const call = findCall(sb, req, id);
	if (!call.recording) fail(404, 'This call has no recording');
	// HIPAA accounts get a short-lived storage URL instead of the app redirect (both served by lib/media.js).
	const url = sb.media.recordingUrl(req.account, call);
	return ok({ url });
}

/** Page views exist only for calls to session trackers; derived from the call id so they are stable. */
function getPageViews(sb, req, id) {
	const call = findCall(sb, req, id);
	if (!call._session) fail(400, 'Page views are only available for calls to session trackers');
	const zone = single(req.query, 'time_zone') ? checkZone(single(req.query, 'time_zone')) : call.company_time_zone;
	const pages = ['', 'services', 'pricing', 'about', 'contact', 'blog'];
	const count = (parseInt(call.id.slice(3, 5), 16) % 5) + 2;
	const views = [];
	for (let i = 0; i < count; i++) {
		views.push({
			referrer_url: i === count - 1 ? 'https://www.google.com/' : 'https://www.example.com/',
			page_url: `https://www.example.com/${pages[i % pages.length]}`,
			created_at: isoWithOffset(call._startMs - (i + 1) * 60000, zone),
		});
	}
	return ok(paginate(req.query, views, 'page_views'));
}

const routes = [
	// `.json` is optional here because relative pagination's next_page leaves it out.
	['GET', 'calls', listCalls, { jsonOptional: true }],
	['POST', 'calls', createCall, { limit: 'call' }],
	['GET', 'calls/:id/recording', getRecording],
	['GET', 'calls/:id/page_views', getPageViews],
	['GET', 'calls/:id', getCall],
	['PUT', 'calls/:id', updateCall],
];

module.exports = { routes, presentCall, callFilter, findCall, OPTIONAL_FIELDS, PREMIUM_CI_FIELDS };
