'use strict';
const { fail } = require('../lib/errors');
const { single, requestedFields, enumParam } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { requireRole, companyVisible } = require('../lib/auth');
const { maskedId } = require('../lib/rng');
const { strip, nowIso, requireFields, onlyKeys, bodyOf, sortBy, searchIn, companyOf, ok, created, noContent } = require('./common');

const OPTIONAL = new Set(['campaign_name', 'swap_targets']);
// Exactly the types "Source Tracker Call Sources" lists.
const SOURCE_TYPES = ['all', 'landing_url', 'landing_params', 'offline', 'web_referrer', 'direct', 'search', 'google_ad_extension', 'mobile_ad_extension', 'google_my_business'];
const E164_NANP = /^\+1[2-9]\d{2}[2-9]\d{6}$/;

function present(tracker, fields) {
	const out = strip(tracker);
	out.company = { ...tracker.company };
	out.call_flow = tracker.call_flow && JSON.parse(JSON.stringify(tracker.call_flow));
	if (!fields.includes('campaign_name')) delete out.campaign_name;
	if (!fields.includes('swap_targets')) delete out.swap_targets;
	return out;
}

const trackersOf = (sb, req) =>
	sb.store.trackers.filter((t) => companyVisible(req.user, t.company.id) && sb.store.companies.some((c) => c.id === t.company.id && c.account_id === req.account.id));

function listTrackers(sb, req) {
	const { query } = req;
	const fields = requestedFields(query, OPTIONAL);
	let list = trackersOf(sb, req);
	const companyId = single(query, 'company_id');
	if (companyId) list = list.filter((t) => t.company.id === companyOf(sb, req, companyId).id);
	const type = enumParam(query, 'type', ['source', 'session']);
	if (type) list = list.filter((t) => t.type === type);
	const status = enumParam(query, 'status', ['active', 'disabled']);
	if (status) list = list.filter((t) => t.status === status);
	list = sortBy(searchIn(list, query, ['name']), query, ['name'], undefined);
	const body = paginate(query, list, 'trackers');
	body.trackers = body.trackers.map((t) => present(t, fields));
	return ok(body);
}

function findTracker(sb, req, id) {
	const tracker = trackersOf(sb, req).find((t) => t.id === id);
	if (!tracker) fail(404, 'Tracker not found');
	return tracker;
}

function validateCallFlow(flow) {
	if (!flow || typeof flow !== 'object' || Array.isArray(flow)) fail(400, 'call_flow is required');
	if (!['basic', 'advanced'].includes(flow.type)) fail(400, 'call_flow.type must be basic or advanced');
	if (flow.type === 'basic') {
		if (!flow.destination_number) fail(400, 'call_flow.destination_number is required for a basic call flow');
		if (!E164_NANP.test(flow.destination_number)) fail(400, 'call_flow.destination_number must be a US or Canadian number in E.164 format');
	}
	if (flow.type === 'advanced' && !flow.uuid) fail(400, 'call_flow.uuid is required to assign an advanced call flow');
}

/** A new number for `{area_code}`, `{local}` or `{toll_free: true}`; area_code is strict, local falls back nearby. */
function provisionNumber(sb, request, label) {
	if (!request || typeof request !== 'object' || Array.isArray(request) || !(request.area_code || request.local || request.toll_free)) {
		fail(400, `${label} needs area_code, local or toll_free`);
	}
	if (request.area_code !== undefined && !/^[2-9]\d{2}$/.test(String(request.area_code))) fail(400, `area_code ${request.area_code} is not a valid area code`);
	if (request.local !== undefined && !E164_NANP.test(String(request.local))) fail(400, 'local must be a US or Canadian number in E.164 format');
	if (request.toll_free && request.area_code && !['800', '833', '844', '855', '866', '877', '888'].includes(String(request.area_code))) {
		fail(422, `No toll-free numbers are available in area code ${request.area_code}`);
	}
	// 555 stands in for "nothing available", so a strict area_code request can be made to fail.
	if (String(request.area_code) === '555') fail(422, 'No numbers are available in area code 555');
	let area = request.toll_free ? String(request.area_code || '888') : String(request.area_code || String(request.local).slice(2, 5));
	// `local` alone "falls back to other local area codes when available" (reference, Requesting a Number).
	if (area === '555' && !request.area_code) area = '404';
	const { rng } = sb.store;
	return `+1${area}${rng.int(200, 999)}${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

/**
 * A session tracker's source: the string "all" ("Note that the API will return a structured object": { type: "all" })
 * or an object of the documented keys (type "direct", google/bing/yahoo, landing, referrer, inverted), on create and
 * update alike (the update table points to the same "Configuring Call Sources").
 */
function sessionSource(source) {
	if (source === 'all') return { type: 'all' };
	if (!source || typeof source !== 'object' || Array.isArray(source)) fail(400, 'source must be "all" or an object');
	for (const key of ['google', 'bing', 'yahoo', 'landing', 'referrer']) if (source[key] !== undefined && !Array.isArray(source[key])) fail(400, `source.${key} must be an array`);
	if (source.inverted !== undefined && typeof source.inverted !== 'boolean') fail(400, 'source.inverted must be true or false');
	return JSON.parse(JSON.stringify(source));
}

function checkMessageFlow(sb, req, flow, companyId) {
	if (flow === null || flow === undefined) return;
	if (typeof flow !== 'object') fail(400, 'message_flow must be an object or null');
	if (flow.type === 'auto-reply') {
		if (!flow.message) fail(400, 'message_flow.message is required for an auto-reply');
	} else if (flow.type === 'advanced') {
		if (!sb.store.messageFlows.some((f) => f.id === flow.id && f.company_id === companyId)) fail(400, 'message_flow.id is not a message flow of this company');
	} else fail(400, 'message_flow.type must be auto-reply or advanced');
}

function createTracker(sb, req) {
	requireRole(req, ['admin', 'manager']);
	const body = bodyOf(req);
	requireFields(body, ['type', 'name', 'company_id', 'call_flow']);
	if (!['source', 'session'].includes(body.type)) fail(400, 'type must be source or session');
	const company = companyOf(sb, req, body.company_id);
	if (company.status !== 'active') fail(400, 'The company is disabled');
	validateCallFlow(body.call_flow);
	checkMessageFlow(sb, req, body.message_flow, company.id);
	let numbers;
	let source;
	if (body.type === 'session') {
		const size = Number(body.pool_size);
		if (!Number.isInteger(size) || size < 4 || size > 50) fail(400, 'pool_size must be between 4 and 50');
		const first = provisionNumber(sb, body.pool_numbers, 'pool_numbers');
		numbers = [first, ...Array.from({ length: size - 1 }, () => provisionNumber(sb, { area_code: first.slice(2, 5) }, 'pool_numbers'))];
		source = sessionSource(body.source === undefined ? 'all' : body.source);
	} else {
		numbers = [provisionNumber(sb, body.tracking_number, 'tracking_number')];
		source = body.source;
		if (!source || typeof source !== 'object' || !SOURCE_TYPES.includes(source.type)) fail(400, `source.type must be one of ${SOURCE_TYPES.join(', ')}`);
		if (['landing_url', 'landing_params'].includes(source.type) && !source.landing) fail(400, 'source.landing is required for this source type');
		if (source.type === 'web_referrer' && !source.referrer) fail(400, 'source.referrer is required for web_referrer');
	}
	const tracker = {
		id: maskedId(sb.store.rng, 'TRK'), name: String(body.name), type: body.type, status: 'active',
		destination_number: body.call_flow.destination_number || null, tracking_numbers: numbers,
		whisper_message: body.whisper_message ?? null, sms_enabled: Boolean(body.sms_enabled), sms_supported: !numbers[0].startsWith('+18'),
		company: { id: company.id, name: company.name }, call_flow: JSON.parse(JSON.stringify(body.call_flow)), source,
		campaign_name: body.type === 'source' ? body.campaign_name ?? null : null, swap_targets: body.swap_targets || [],
		message_flow: body.message_flow ?? null, created_at: nowIso(sb, company.time_zone), disabled_at: null,
	};
	sb.store.trackers.push(tracker);
	return created(present(tracker, ['campaign_name', 'swap_targets']));
}

const UPDATABLE = ['name', 'whisper_message', 'swap_targets', 'call_flow', 'message_flow', 'source', 'sms_enabled', 'replace_tracking_number', 'pool_size', 'campaign_name', 'status'];

function updateTracker(sb, req, id) {
	const tracker = findTracker(sb, req, id);
	requireRole(req, ['admin', 'manager']);
	const body = bodyOf(req);
	onlyKeys(body, UPDATABLE);
	if (tracker.status === 'disabled') fail(400, 'A disabled tracker cannot be changed');
	if (body.call_flow !== undefined) {
		if (!body.call_flow || !['basic', 'advanced'].includes(body.call_flow.type)) fail(400, 'call_flow.type must be basic or advanced');
		// "When assigning an existing Advanced Call Flow to a Tracker, you must reference its UUID".
		if (body.call_flow.type === 'advanced' && !body.call_flow.uuid) fail(400, 'call_flow.uuid is required to assign an advanced call flow');
		// The reference's "Updating a Source Tracker" sample sends {type, recording_enabled} and answers with the
		// destination and greeting kept: a basic flow is merged into a basic flow; any other change replaces it.
		const keep = body.call_flow.type === 'basic' && tracker.call_flow?.type === 'basic' ? tracker.call_flow : {};
		tracker.call_flow = { ...JSON.parse(JSON.stringify(keep)), ...JSON.parse(JSON.stringify(body.call_flow)) };
		if (tracker.call_flow.type === 'basic') {
			tracker.call_flow.greeting_text ??= null;
			tracker.call_flow.greeting_recording_url ??= null;
		}
		tracker.destination_number = tracker.call_flow.destination_number || null;
	}
	if (body.message_flow !== undefined) checkMessageFlow(sb, req, body.message_flow, tracker.company.id);
	if (body.source !== undefined && tracker.type === 'session') body.source = sessionSource(body.source);
	if (body.pool_size !== undefined) {
		if (tracker.type !== 'session') fail(400, 'pool_size only applies to session trackers');
		const size = Number(body.pool_size);
		if (!Number.isInteger(size) || size > 50) fail(400, 'pool_size must be 50 or less');
		if (size < tracker.tracking_numbers.length) fail(400, 'pool_size can only be increased');
		while (tracker.tracking_numbers.length < size) tracker.tracking_numbers.push(provisionNumber(sb, { area_code: tracker.tracking_numbers[0].slice(2, 5) }, 'pool_size'));
	}
	if (body.campaign_name !== undefined && tracker.type !== 'source') fail(400, 'campaign_name only applies to source trackers');
	if (body.replace_tracking_number !== undefined) {
		const index = tracker.tracking_numbers.indexOf(body.replace_tracking_number);
		if (index === -1) fail(400, 'replace_tracking_number is not a number of this tracker');
		tracker.tracking_numbers[index] = provisionNumber(sb, { area_code: body.replace_tracking_number.slice(2, 5) }, 'replace_tracking_number');
	}
	// `status` is accepted and silently ignored, as reported for the real API.
	for (const key of ['name', 'whisper_message', 'swap_targets', 'message_flow', 'source', 'sms_enabled', 'campaign_name']) {
		if (body[key] !== undefined) tracker[key] = body[key];
	}
	// The same sample clears the whisper with "" and answers null.
	if (tracker.whisper_message === '') tracker.whisper_message = null;
	return ok(present(tracker, ['campaign_name', 'swap_targets']));
}

function disableTracker(sb, req, id) {
	const tracker = findTracker(sb, req, id);
	requireRole(req, ['admin', 'manager']);
	if (tracker.status === 'active') Object.assign(tracker, { status: 'disabled', disabled_at: nowIso(sb) });
	return noContent();
}

const routes = [
	['GET', 'trackers', listTrackers],
	['POST', 'trackers', createTracker],
	['GET', 'trackers/:id', (sb, req, id) => ok(present(findTracker(sb, req, id), requestedFields(req.query, OPTIONAL)))],
	['PUT', 'trackers/:id', updateTracker],
	['DELETE', 'trackers/:id', disableTracker],
];

module.exports = { routes, findTracker };
