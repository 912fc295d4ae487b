'use strict';
const { fail } = require('../lib/errors');
const { single, bool, requestedFields } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { dateWindow, checkZone } = require('../lib/dates');
const { maskedId } = require('../lib/rng');
const { formatPhone } = require('../seed/data');
const { strip, nowIso, requireFields, onlyKeys, bodyOf, companyOf, byAccount, findIn, applyTags, parseMoney, ok, created } = require('./common');

const NANP = /^\+1[2-9]\d{2}[2-9]\d{6}$/;
const THREAD_OPTIONAL = new Set(['last_message_at', 'formatted_customer_phone_number', 'formatted_customer_name', 'formatted_initial_tracking_number', 'formatted_current_tracking_number']);
const CONVERSATION_OPTIONAL = new Set(['lead_status', 'source']);
const inRange = (t, window) => {
	const at = Date.parse(t.last_message_at);
	return at >= window.from && at <= window.to;
};

// ---- sms threads: messages oldest → newest in the store, newest first on the wire
function presentThread(thread, fields, query) {
	const out = strip(thread);
	for (const key of THREAD_OPTIONAL) if (!fields.includes(key)) delete out[key];
	// SMS thread tags are "Array of tag names" and value a number (reference, SMS Threads), unlike calls and forms.
	out.tags = thread.tags.map((t) => (typeof t === 'string' ? t : t.name));
	// "Messages in the thread are ordered by the most recent message first"; "This endpoint supports Offset Pagination":
	// page (default 1) and per_page ("default: 100, max: 100"), answered with page, per_page, total_pages, total_records.
	if (query) {
		const page = paginate(query, [...thread.messages].reverse(), 'messages', { maxPerPage: 100 });
		const withErrors = bool(single(query, 'with_msg_errors'));
		out.messages = page.messages.map(({ type, error, ...m }) => (withErrors ? { ...m, error } : m));
		Object.assign(out, { page: page.page, per_page: page.per_page, total_pages: page.total_pages, total_records: page.total_records });
	}
	return out;
}

function listThreads(sb, req) {
	const { query } = req;
	const fields = requestedFields(query, THREAD_OPTIONAL);
	// time_zone aligns the date filters: "This can be overridden for specified API requests by including a time_zone parameter".
	if (single(query, 'time_zone')) checkZone(single(query, 'time_zone'));
	let list = byAccount(req, sb.store.smsThreads);
	const companyId = single(query, 'company_id');
	if (companyId) list = list.filter((t) => t.company_id === companyOf(sb, req, companyId).id);
	const start = single(query, 'start_date');
	const end = single(query, 'end_date');
	if (Boolean(start) !== Boolean(end)) fail(400, 'start_date and end_date must be sent together');
	const day = /^\d{4}-\d{2}-\d{2}$/;
	if (start && (!day.test(start) || !day.test(end))) fail(400, 'start_date and end_date must be dates (YYYY-MM-DD)');
	if (start || single(query, 'date_range')) {
		const window = dateWindow(query, req.user, sb.clock.now());
		list = list.filter((t) => inRange(t, window));
	}
	const term = single(query, 'search');
	if (term) {
		const needle = term.toLowerCase();
		const digits = needle.replace(/\D/g, '');
		list = list.filter((t) =>
			[t.customer_name, ...t.tags.map((x) => x.name)].some((v) => String(v ?? '').toLowerCase().includes(needle)) ||
			(digits.length >= 3 && t.customer_phone_number.includes(digits)));
	}
	const body = paginate(query, list, 'sms_threads');
	body.sms_threads = body.sms_threads.map((t) => presentThread(t, fields));
	return ok(body);
}

const findThread = (sb, req, id) => findIn(req, sb.store.smsThreads, id, 'SMS thread');

function updateThread(sb, req, id) {
	const thread = findThread(sb, req, id);
	const body = bodyOf(req);
	onlyKeys(body, ['notes', 'value', 'tags', 'append_tags', 'lead_qualification']);
	if (body.lead_qualification !== undefined && ![null, 'good_lead', 'not_a_lead'].includes(body.lead_qualification)) fail(400, 'lead_qualification must be good_lead, not_a_lead or null');
	const value = body.value !== undefined ? parseMoney(body.value) : undefined;
	if (body.tags !== undefined) applyTags(sb, req, thread, thread.company_id, body);
	if (body.notes !== undefined) thread.notes = body.notes || null;
	if (value !== undefined) thread.value = value === null ? null : Number(value);
	if (body.lead_qualification !== undefined) thread.lead_qualification = body.lead_qualification;
	return ok(presentThread(thread, []));
}

// ---- text-message conversations
function presentConversation(conv, fields, query) {
	const out = strip(conv);
	for (const key of CONVERSATION_OPTIONAL) if (!fields.includes(key)) delete out[key];
	out.recent_messages = conv.messages.slice(-2).reverse().map((m) => ({ direction: m.direction, content: m.content, created_at: m.created_at, type: m.type, media_urls: m.media_urls }));
	// "a single paginated JSON conversation object", newest message first. Its request table names no page
	// parameters, so the general Offset Pagination applies: page and per_page (default 100, "Most endpoints support a
	// maximum of 250"), answered with page, per_page, total_pages and total_records.
	if (query) {
		const page = paginate(query, [...conv.messages].reverse(), 'messages');
		Object.assign(out, { messages: page.messages.map(({ error, ...m }) => m), page: page.page, per_page: page.per_page, total_pages: page.total_pages, total_records: page.total_records });
	}
	return out;
}

function listConversations(sb, req) {
	const { query } = req;
	const fields = requestedFields(query, CONVERSATION_OPTIONAL);
	const window = dateWindow(query, req.user, sb.clock.now());
	let list = byAccount(req, sb.store.conversations).filter((c) => inRange(c, window));
	const companyId = single(query, 'company_id');
	if (companyId) list = list.filter((c) => c.company_id === companyOf(sb, req, companyId).id);
	const term = single(query, 'search');
	if (term) {
		const needle = term.toLowerCase();
		list = list.filter((c) => String(c.customer_name ?? '').toLowerCase().includes(needle) || c.customer_phone_number.includes(needle.replace(/[^\d+]/g, '') || '\u0000'));
	}
	const body = paginate(query, list, 'conversations');
	body.conversations = body.conversations.map((c) => presentConversation(c, fields));
	return ok(body);
}

/**
 * Sends a text. tracking_number may be left out only when the company already has a conversation with the
 * customer; media_url and media_file are exclusive (422). media_file comes only as a multipart/form-data file part,
 * checked by lib/media.js (JPEG, PNG or GIF, at most 5 MB); its bytes become the new message's media.
 */
function sendText(sb, req) {
	const body = bodyOf(req);
	requireFields(body, ['company_id', 'customer_phone_number', 'content']);
	if (body.media_url && body.media_file) fail(422, 'Send either media_url or media_file, not both');
	if (body.media_file !== undefined && !(body.media_file && body.media_file.bytes)) fail(400, 'media_file must be uploaded as a multipart/form-data file');
	const company = companyOf(sb, req, body.company_id);
	if (String(body.content).length > 140) fail(400, 'content must be 140 characters or fewer');
	if (!NANP.test(body.customer_phone_number)) fail(400, 'customer_phone_number must be a US or Canadian number in E.164 format');
	if (body.tracking_number !== undefined && !NANP.test(body.tracking_number)) fail(400, 'tracking_number must be a US or Canadian number in E.164 format');
	let conv = sb.store.conversations.find((c) => c.company_id === company.id && c.customer_phone_number === body.customer_phone_number);
	if (!conv && !body.tracking_number) fail(400, 'tracking_number is required to start a new conversation');
	const tracker = body.tracking_number
		? sb.store.trackers.find((t) => t.company.id === company.id && t.tracking_numbers.includes(body.tracking_number))
		: sb.store.trackers.find((t) => t.id === conv.current_tracker_id);
	if (!tracker) fail(422, 'tracking_number is not a tracking number of this company');
	if (tracker.status !== 'active' || !tracker.sms_enabled) fail(422, 'Texting is not enabled for this tracking number');
	const mms = Boolean(body.media_url || body.media_file);
	const message = {
		id: maskedId(sb.store.rng, 'SCI'), direction: 'outgoing', content: String(body.content), created_at: nowIso(sb, company.time_zone),
		type: mms ? 'mms' : 'sms', message_type: mms ? 'mms' : 'sms', status: 'sent', media_urls: body.media_url ? [body.media_url] : [], error: null,
	};
	const trackingNumber = body.tracking_number || conv.current_tracking_number;
	if (!conv) {
		const id = sb.store.rng.alnum(5);
		const base = {
			company_id: company.id, initial_tracker_id: tracker.id, current_tracker_id: tracker.id, customer_name: null,
			customer_phone_number: body.customer_phone_number, initial_tracking_number: trackingNumber, current_tracking_number: trackingNumber,
			last_message_at: message.created_at, state: 'active', company_time_zone: company.time_zone,
			formatted_customer_phone_number: formatPhone(body.customer_phone_number), formatted_customer_name: formatPhone(body.customer_phone_number),
			formatted_initial_tracking_number: formatPhone(trackingNumber), formatted_current_tracking_number: formatPhone(trackingNumber),
		};
		const messages = [];
		conv = { id, account_id: req.account.id, ...base, lead_status: null, source: null, messages };
		sb.store.conversations.unshift(conv);
		sb.store.smsThreads.unshift({ id, account_id: req.account.id, ...base, notes: null, tags: [], value: null, lead_qualification: null, messages });
	}
	if (body.media_file) sb.media.storeUpload(message, req.account.id, body.media_file);
	conv.messages.push(message);
	touch(sb, conv, message.created_at);
	return created(presentConversation(conv, []));
}

/** Moves a conversation (and its thread) to the top: both lists are ordered by the latest message. */
function touch(sb, conv, at) {
	conv.last_message_at = at;
	conv.state = 'active';
	for (const list of [sb.store.conversations, sb.store.smsThreads]) {
		const index = list.findIndex((x) => x.id === conv.id);
		if (index === -1) continue;
		const [item] = list.splice(index, 1);
		item.last_message_at = at;
		item.state = 'active';
		list.unshift(item);
	}
}

const routes = [
	['GET', 'sms-threads', listThreads],
	// The single-thread sample shows last_message_at and the formatted_* fields without a fields parameter.
	['GET', 'sms-threads/:id', (sb, req, id) => ok(presentThread(findThread(sb, req, id), [...THREAD_OPTIONAL], req.query))],
	['PUT', 'sms-threads/:id', updateThread],
	['GET', 'text-messages', listConversations],
	['POST', 'text-messages', sendText, { limit: 'sms', multipart: true }],
	['GET', 'text-messages/:id/media/:index', (sb, req, id, index) => sb.media.textMediaRoute(sb, req, id, index), { jsonOptional: true }],
	['GET', 'text-messages/:id', (sb, req, id) => ok(presentConversation(findIn(req, sb.store.conversations, id, 'Conversation'), requestedFields(req.query, CONVERSATION_OPTIONAL), req.query))],
];

module.exports = { routes, touch };
