'use strict';
const { DateTime } = require('luxon');
const { fail, maskedId } = require('./util');
const { listParam, single, paginate, dateWindow } = require('./query');
const { TAG_COLORS, callZone } = require('./seed');

const WEBHOOK_KEYS = [
	'pre_call_webhook', 'answered_call_webhook', 'post_call_webhook', 'updated_call_webhook', 'sms_received_webhook',
	'sms_sent_webhook', 'form_captured_webhook', 'post_outbound_call_webhook', 'updated_outbound_call_webhook',
];
const strip = (record) => Object.fromEntries(Object.entries(record).filter(([k]) => !k.startsWith('_') && k !== 'account_id' && k !== 'messages' && k !== 'key' && k !== 'account_ids' && k !== 'company_ids' && k !== 'time_zone_user'));
const nowIso = (sb) => DateTime.fromJSDate(sb.clock.now()).setZone('America/New_York').toISO();
const requireFields = (body, fields) => fields.forEach((f) => { if (body[f] === undefined || body[f] === null || body[f] === '') fail(400, `${f} is required`); });
const onlyKeys = (body, keys) => Object.keys(body).forEach((k) => { if (!keys.includes(k)) fail(400, `Unknown parameter: ${k}`); });
const bool = (v) => String(v) === 'true';

function sortBy(list, query, allowed, defaultKey) {
	const sort = single(query, 'sort') || defaultKey;
	if (!sort) return list;
	if (!allowed.includes(sort)) fail(400, `Invalid sort: ${sort}`);
	const order = single(query, 'order') || (sort === 'created_at' ? 'desc' : 'asc');
	const dir = order === 'desc' ? -1 : 1;
	return [...list].sort((a, b) => String(a[sort] ?? '').localeCompare(String(b[sort] ?? '')) * dir);
}

function searchIn(list, query, fields) {
	const term = single(query, 'search');
	if (!term) return list;
	const needle = term.toLowerCase();
	return list.filter((r) => fields.some((f) => String(r[f] ?? '').toLowerCase().includes(needle)));
}

function companyOf(sb, req, id, { required = true } = {}) {
	if (!id) {
		if (required) fail(400, 'company_id is required');
		return undefined;
	}
	const company = sb.store.companies.find((c) => c.id === id && c.account_id === req.account.id);
	if (!company || !sb.companyVisible(req, company.id)) fail(404, 'Company not found');
	return company;
}

const byAccount = (sb, req, list) => list.filter((r) => r.account_id === req.account.id && (!r.company_id || sb.companyVisible(req, r.company_id)));
const findIn = (sb, req, list, id, label) => {
	const record = byAccount(sb, req, list).find((r) => String(r.id) === String(id));
	if (!record) fail(404, `${label} not found`);
	return record;
};

// ---- accounts
function presentAccount(account, query) {
	const out = { id: account.id, name: account.name, outbound_recording_enabled: account.outbound_recording_enabled, hipaa_account: account.hipaa_account, inbound_recording_enabled: account.inbound_recording_enabled, created_at: account.created_at };
	if ((listParam(query, 'fields') || []).includes('numeric_id')) out.numeric_id = account.numeric_id;
	return out;
}
function listAccounts(sb, req) {
	let accounts = sb.store.accounts.filter((a) => req.user.account_ids.includes(a.id));
	const hipaa = single(req.query, 'hipaa_account');
	if (hipaa !== undefined) accounts = accounts.filter((a) => a.hipaa_account === bool(hipaa));
	accounts = sortBy(accounts, req.query, ['name'], undefined);
	const body = paginate(req.query, accounts, 'accounts');
	body.accounts = body.accounts.map((a) => presentAccount(a, req.query));
	return { status: 200, body };
}
const getAccount = (sb, req) => ({ status: 200, body: presentAccount(req.account, req.query) });

// ---- companies
function presentCompany(company, query) {
	const out = strip(company);
	delete out.signing_key;
	delete out.verified_caller_ids;
	delete out.external_form_capture;
	if ((listParam(query, 'fields') || []).includes('verified_caller_ids')) out.verified_caller_ids = company.verified_caller_ids;
	return out;
}
function listCompanies(sb, req) {
	let list = byAccount(sb, req, sb.store.companies).filter((c) => sb.companyVisible(req, c.id));
	const status = single(req.query, 'status');
	if (status) list = list.filter((c) => c.status === status);
	list = sortBy(searchIn(list, req.query, ['name']), req.query, ['name', 'created_at'], undefined);
	const body = paginate(req.query, list, 'companies');
	body.companies = body.companies.map((c) => presentCompany(c, req.query));
	return { status: 200, body };
}
const getCompany = (sb, req, id) => ({ status: 200, body: presentCompany(companyOf(sb, req, id), req.query) });
function createCompany(sb, req) {
	sb.requireAdmin(req);
	const body = req.body || {};
	requireFields(body, ['name']);
	const zone = body.time_zone || 'America/New_York';
	if (!DateTime.now().setZone(zone).isValid) fail(400, `Unknown time zone: ${zone}`);
	const company = {
		id: maskedId(sb.store.rng, 'COM'), account_id: req.account.id, name: body.name, status: 'active', time_zone: zone,
		created_at: nowIso(sb), disabled_at: null, dni_active: false, script_url: null, callscore_enabled: false, lead_scoring_enabled: false,
		swap_exclude_jquery: null, swap_ppc_override: null, swap_landing_override: null, swap_cookie_duration: 6,
		swap_cookie_duration_unit: 'months', callscribe_enabled: false, keyword_spotting_enabled: false, form_capture: false,
		external_form_capture: false, signing_key: sb.store.rng.hex(32), verified_caller_ids: [],
	};
	sb.store.companies.push(company);
	return { status: 201, body: presentCompany(company, {}) };
}
function updateCompany(sb, req, id) {
	const company = companyOf(sb, req, id);
	sb.requireWriter(req);
	const body = req.body || {};
	onlyKeys(body, ['name', 'callscore_enabled', 'callscribe_enabled', 'time_zone', 'swap_ppc_override', 'swap_landing_override', 'swap_cookie_duration', 'swap_cookie_duration_unit', 'external_form_capture', 'keyword_spotting_enabled', 'swap_exclude_jquery']);
	if (body.swap_cookie_duration_unit && !['months', 'weeks', 'days'].includes(body.swap_cookie_duration_unit)) fail(400, 'swap_cookie_duration_unit must be months, weeks or days');
	if (body.time_zone && !DateTime.now().setZone(body.time_zone).isValid) fail(400, `Unknown time zone: ${body.time_zone}`);
	Object.assign(company, body);
	return { status: 200, body: presentCompany(company, {}) };
}
function disableCompany(sb, req, id) {
	const company = companyOf(sb, req, id);
	sb.requireAdmin(req);
	const active = sb.store.companies.filter((c) => c.account_id === req.account.id && c.status === 'active');
	if (active.length === 1 && active[0] === company) fail(400, 'You must have at least one active company.');
	company.status = 'disabled';
	company.disabled_at = nowIso(sb);
	return { status: 204 };
}
function bulkUpdateCompanies(sb, req) {
	sb.requireAdmin(req);
	const body = req.body || {};
	requireFields(body, ['company_ids']);
	if (!Array.isArray(body.company_ids)) fail(400, 'company_ids must be an array');
	const targets = body.company_ids.includes('all') ? byAccount(sb, req, sb.store.companies) : body.company_ids.map((id) => companyOf(sb, req, id));
	if (body.external_form_capture !== undefined) targets.forEach((c) => { c.external_form_capture = Boolean(body.external_form_capture); });
	return { status: 200, body: { updated_records: targets.length } };
}

// ---- tags
function listTags(sb, req) {
	let list = byAccount(sb, req, sb.store.tags);
	const companyId = single(req.query, 'company_id');
	const level = single(req.query, 'tag_level');
	if (companyId && level) fail(400, 'tag_level cannot be combined with company_id');
	if (companyId) list = list.filter((t) => t.company_id === companyId || t.tag_level === 'account');
	if (level) list = list.filter((t) => t.tag_level === level);
	const status = single(req.query, 'status');
	if (status) list = list.filter((t) => t.status === status);
	list = sortBy(list, req.query, ['name', 'created_at'], undefined);
	const body = paginate(req.query, list, 'tags');
	body.tags = body.tags.map(strip);
	return { status: 200, body };
}
function checkColor(color) {
	if (color !== undefined && !TAG_COLORS.includes(color)) fail(400, 'Color is not included in the list');
}
function createTag(sb, req) {
	sb.requireWriter(req);
	const body = req.body || {};
	requireFields(body, ['name']);
	checkColor(body.color);
	const accountLevel = body.tag_level === 'account';
	if (accountLevel) sb.requireAdmin(req);
	else companyOf(sb, req, body.company_id);
	const tag = {
		id: ++sb.store.seq.tag, name: body.name, tag_level: accountLevel ? 'account' : 'company', color: body.color || 'gray1',
		background_color: body.color || 'gray1', company_id: accountLevel ? null : body.company_id, account_id: req.account.id,
		status: 'enabled', created_at: nowIso(sb),
	};
	sb.store.tags.push(tag);
	return { status: 201, body: strip(tag) };
}
function updateTag(sb, req, id) {
	const tag = findIn(sb, req, sb.store.tags, id, 'Tag');
	sb.requireWriter(req);
	const body = req.body || {};
	onlyKeys(body, ['name', 'color', 'disabled']);
	checkColor(body.color);
	if (body.name !== undefined) tag.name = body.name;
	if (body.color !== undefined) { tag.color = body.color; tag.background_color = body.color; }
	if (body.disabled !== undefined) tag.status = bool(body.disabled) ? 'disabled' : 'enabled';
	return { status: 200, body: strip(tag) };
}
function deleteTag(sb, req, id) {
	const tag = findIn(sb, req, sb.store.tags, id, 'Tag');
	sb.requireRole(req, ['admin', 'manager']);
	sb.store.tags.splice(sb.store.tags.indexOf(tag), 1);
	for (const call of sb.store.calls) if (call.account_id === req.account.id) call.tags = call.tags.filter((t) => t.name !== tag.name);
	return { status: 204 };
}

// ---- trackers
const TRACKER_SOURCE_TYPES = ['all', 'landing_url', 'landing_params', 'offline', 'web_referrer', 'direct', 'search', 'google_ad_extension', 'mobile_ad_extension', 'google_my_business', 'facebook_all', 'bing_all'];
function presentTracker(tracker, query) {
	const out = strip(tracker);
	const fields = listParam(query, 'fields') || [];
	if (!fields.includes('campaign_name')) delete out.campaign_name;
	if (!fields.includes('swap_targets')) delete out.swap_targets;
	delete out.message_flow;
	return out;
}
const trackersOf = (sb, req) => sb.store.trackers.filter((t) => sb.store.companies.some((c) => c.id === t.company.id && c.account_id === req.account.id) && sb.companyVisible(req, t.company.id));
function listTrackers(sb, req) {
	let list = trackersOf(sb, req);
	const companyId = single(req.query, 'company_id');
	if (companyId) list = list.filter((t) => t.company.id === companyId);
	const type = single(req.query, 'type');
	if (type) list = list.filter((t) => t.type === type);
	const status = single(req.query, 'status');
	if (status) list = list.filter((t) => t.status === status);
	list = sortBy(searchIn(list, req.query, ['name']), req.query, ['name', 'created_at'], undefined);
	const body = paginate(req.query, list, 'trackers');
	body.trackers = body.trackers.map((t) => presentTracker(t, req.query));
	return { status: 200, body };
}
function findTracker(sb, req, id) {
	const tracker = trackersOf(sb, req).find((t) => t.id === id);
	if (!tracker) fail(404, 'Tracker not found');
	return tracker;
}
const getTracker = (sb, req, id) => ({ status: 200, body: presentTracker(findTracker(sb, req, id), req.query) });
function validateCallFlow(flow) {
	if (!flow || typeof flow !== 'object') fail(400, 'call_flow is required');
	if (flow.type === 'basic' && !flow.destination_number) fail(400, 'call_flow.destination_number is required for a basic call flow');
	if (flow.type === 'advanced' && !flow.uuid) fail(400, 'call_flow.uuid is required to assign an advanced call flow');
	if (!['basic', 'advanced'].includes(flow.type)) fail(400, 'call_flow.type must be basic or advanced');
}
function numberRequest(sb, request) {
	if (!request || typeof request !== 'object' || !(request.area_code || request.local || request.toll_free)) fail(400, 'Choose area_code, local or toll_free for the new number');
	if (request.area_code && !/^[2-9]\d{2}$/.test(String(request.area_code))) fail(422, `No numbers are available in area code ${request.area_code}`);
	const area = request.toll_free ? '888' : request.area_code || String(request.local || '+1404').replace(/^\+1/, '').slice(0, 3);
	return `+1${area}${sb.store.rng.int(200, 999)}${String(sb.store.rng.int(0, 9999)).padStart(4, '0')}`;
}
function createTracker(sb, req) {
	sb.requireRole(req, ['admin', 'manager']);
	const body = req.body || {};
	requireFields(body, ['type', 'name', 'company_id', 'call_flow']);
	const company = companyOf(sb, req, body.company_id);
	validateCallFlow(body.call_flow);
	let numbers;
	if (body.type === 'session') {
		const size = Number(body.pool_size);
		if (!Number.isInteger(size) || size < 4 || size > 50) fail(400, 'pool_size must be between 4 and 50');
		const req_ = body.pool_numbers || {};
		numbers = Array.from({ length: size }, () => numberRequest(sb, req_));
		if (body.source !== undefined && body.source !== 'all' && typeof body.source !== 'object') fail(400, 'source must be "all" or an object');
	} else if (body.type === 'source') {
		numbers = [numberRequest(sb, body.tracking_number)];
		if (!body.source || !TRACKER_SOURCE_TYPES.includes(body.source.type)) fail(400, 'source.type is not a valid source type');
	} else fail(400, 'type must be source or session');
	const tracker = {
		id: maskedId(sb.store.rng, 'TRK'), name: body.name, type: body.type, status: 'active',
		destination_number: body.call_flow.destination_number || null, tracking_numbers: numbers,
		whisper_message: body.whisper_message || null, sms_enabled: Boolean(body.sms_enabled), sms_supported: true,
		company: { id: company.id, name: company.name }, call_flow: body.call_flow,
		source: body.type === 'session' ? body.source || 'all' : body.source, campaign_name: body.campaign_name || null,
		swap_targets: body.swap_targets || [], message_flow: body.message_flow || null, created_at: nowIso(sb), disabled_at: null,
	};
	sb.store.trackers.push(tracker);
	return { status: 201, body: presentTracker(tracker, { fields: 'campaign_name,swap_targets' }) };
}
function updateTracker(sb, req, id) {
	const tracker = findTracker(sb, req, id);
	sb.requireRole(req, ['admin', 'manager']);
	const body = req.body || {};
	onlyKeys(body, ['name', 'whisper_message', 'swap_targets', 'call_flow', 'message_flow', 'source', 'sms_enabled', 'replace_tracking_number', 'pool_size', 'campaign_name', 'status']);
	if (body.call_flow !== undefined) {
		// The real API replaces call_flow as a whole, so a partial object drops the fields it leaves out.
		if (!body.call_flow || !['basic', 'advanced'].includes(body.call_flow.type)) fail(400, 'call_flow.type must be basic or advanced');
		tracker.call_flow = { ...body.call_flow };
		tracker.destination_number = body.call_flow.destination_number || null;
	}
	if (body.pool_size !== undefined) {
		if (tracker.type !== 'session') fail(400, 'pool_size only applies to session trackers');
		if (Number(body.pool_size) < tracker.tracking_numbers.length) fail(400, 'pool_size can only be increased');
		while (tracker.tracking_numbers.length < Number(body.pool_size)) tracker.tracking_numbers.push(numberRequest(sb, { area_code: tracker.tracking_numbers[0].slice(2, 5) }));
	}
	if (body.replace_tracking_number !== undefined) {
		const index = tracker.tracking_numbers.indexOf(body.replace_tracking_number);
		if (index === -1) fail(400, 'replace_tracking_number is not a number of this tracker');
		tracker.tracking_numbers[index] = numberRequest(sb, { area_code: body.replace_tracking_number.slice(2, 5) });
	}
	for (const key of ['name', 'whisper_message', 'swap_targets', 'message_flow', 'source', 'sms_enabled', 'campaign_name']) {
		if (body[key] !== undefined) tracker[key] = body[key];
	}
	return { status: 200, body: presentTracker(tracker, { fields: 'campaign_name,swap_targets' }) };
}
function disableTracker(sb, req, id) {
	const tracker = findTracker(sb, req, id);
	sb.requireRole(req, ['admin', 'manager']);
	tracker.status = 'disabled';
	tracker.disabled_at = nowIso(sb);
	return { status: 204 };
}

// ---- users
function presentUser(sb, user) {
	const companies = user.company_ids === null
		? sb.store.companies.filter((c) => user.account_ids.includes(c.account_id))
		: sb.store.companies.filter((c) => user.company_ids.includes(c.id));
	return { email: user.email, id: user.id, created_at: user.created_at, role: user.role, first_name: user.first_name, last_name: user.last_name, name: `${user.first_name} ${user.last_name}`, accepted: user.accepted, companies: companies.map((c) => ({ id: c.id, name: c.name })) };
}
const usersOf = (sb, req) => sb.store.users.filter((u) => u.account_ids.includes(req.account.id) && !u._keyOnly);
function listUsers(sb, req) {
	let list = usersOf(sb, req);
	const companyId = single(req.query, 'company_id');
	if (companyId) list = list.filter((u) => u.company_ids === null || u.company_ids.includes(companyId));
	list = sortBy(searchIn(list, req.query, ['first_name', 'last_name', 'email']), req.query, ['email', 'created_at'], undefined);
	const body = paginate(req.query, list, 'users');
	body.users = body.users.map((u) => presentUser(sb, u));
	return { status: 200, body };
}
function findUser(sb, req, id) {
	const user = usersOf(sb, req).find((u) => u.id === id);
	if (!user) fail(404, 'User not found');
	return user;
}
const getUser = (sb, req, id) => ({ status: 200, body: presentUser(sb, findUser(sb, req, id)) });
function createUser(sb, req) {
	sb.requireAdmin(req);
	const body = req.body || {};
	requireFields(body, ['first_name', 'last_name', 'email', 'role']);
	if (!['admin', 'manager', 'reporting', 'notification'].includes(body.role)) fail(400, 'role must be admin, manager, reporting or notification');
	if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) fail(400, 'email is invalid');
	if (sb.store.users.some((u) => u.email === body.email)) fail(422, 'Email has already been taken');
	if (body.role !== 'admin' && !(Array.isArray(body.companies) && body.companies.length)) fail(400, 'companies is required for non-admin users');
	if (body.companies) body.companies.forEach((id) => companyOf(sb, req, id));
	const user = {
		id: maskedId(sb.store.rng, 'USR'), account_ids: [req.account.id], email: body.email, first_name: body.first_name,
		last_name: body.last_name, name: `${body.first_name} ${body.last_name}`, role: body.role, accepted: false,
		time_zone: 'America/New_York', created_at: nowIso(sb), company_ids: body.role === 'admin' ? null : body.companies,
	};
	sb.store.users.push(user);
	return { status: 201, body: presentUser(sb, user) };
}
function updateUser(sb, req, id) {
	const user = findUser(sb, req, id);
	sb.requireWriter(req);
	const body = req.body || {};
	onlyKeys(body, ['first_name', 'last_name', 'email', 'current_password', 'companies']);
	const self = user.id === req.user.id || (req.user._keyOnly && req.user._acts === user.id);
	if ((body.first_name || body.last_name || body.email) && !self) fail(403, 'You can only change your own name and email');
	if (body.email && !body.current_password) fail(400, 'current_password is required to change the email');
	if (body.companies !== undefined) {
		sb.requireAdmin(req);
		if (user.role === 'admin') fail(400, 'Admins have access to every company');
		body.companies.forEach((cid) => companyOf(sb, req, cid));
		user.company_ids = body.companies;
	}
	if (!user.accepted) fail(400, 'Only users who accepted their invitation can be updated');
	for (const key of ['first_name', 'last_name', 'email']) if (body[key] !== undefined) user[key] = body[key];
	return { status: 200, body: presentUser(sb, user) };
}
function deleteUser(sb, req, id) {
	const user = findUser(sb, req, id);
	sb.requireAdmin(req);
	sb.store.users.splice(sb.store.users.indexOf(user), 1);
	return { status: 204 };
}

// ---- form submissions
const FORM_OPTIONAL = ['company_name', 'lead_status', 'value', 'note', 'tags', 'utm_source', 'utm_medium', 'utm_campaign', 'form_name', 'timeline_url', 'milestones'];
function presentForm(form, fields) {
	const out = strip(form);
	for (const f of FORM_OPTIONAL) if (!fields.includes(f)) delete out[f];
	return out;
}
function listForms(sb, req) {
	const { query } = req;
	const window = dateWindow(query, req.user, sb.clock.now());
	const fields = listParam(query, 'fields') || [];
	for (const f of fields) if (!FORM_OPTIONAL.includes(f)) fail(400, `Invalid field: ${f}`);
	let list = byAccount(sb, req, sb.store.formSubmissions).filter((f) => { const t = Date.parse(f.submitted_at); return t >= window.from && t <= window.to; });
	const companyId = single(query, 'company_id');
	if (companyId) list = list.filter((f) => f.company_id === companyId);
	const leadStatus = single(query, 'lead_status');
	if (leadStatus) list = list.filter((f) => (leadStatus === 'not_scored' ? !f.lead_status : f.lead_status === leadStatus));
	if (bool(single(query, 'person_lead'))) list = list.filter((f) => f.first_form);
	const tags = listParam(query, 'tags');
	if (tags && tags.length) list = list.filter((f) => f.tags.some((t) => tags.includes(t.name || t)));
	const sort = single(query, 'sort');
	if (sort) {
		if (!['submitted_at', 'form_url', 'created_at'].includes(sort)) fail(400, `Invalid sort: ${sort}`);
		const key = sort === 'created_at' ? 'submitted_at' : sort;
		const dir = (single(query, 'order') || (key === 'submitted_at' ? 'desc' : 'asc')) === 'desc' ? -1 : 1;
		list = [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])) * dir);
	}
	const body = paginate(query, list, 'form_submissions');
	body.form_submissions = body.form_submissions.map((f) => presentForm(f, fields));
	return { status: 200, body };
}
function createForm(sb, req) {
	sb.requireWriter(req);
	const wrapped = req.body && req.body.form_submission ? req.body.form_submission : req.body || {};
	requireFields(wrapped, ['company_id', 'form_url', 'form_data']);
	if (!wrapped.session_id) requireFields(wrapped, ['referrer', 'referring_url', 'landing_page_url']);
	if (typeof wrapped.form_data !== 'object' || Array.isArray(wrapped.form_data)) fail(400, 'form_data must be an object');
	const company = companyOf(sb, req, wrapped.company_id);
	const number = Object.values(wrapped.form_data).map(String).find((v) => /^\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/.test(v));
	const form = {
		id: maskedId(sb.store.rng, 'FOR'), account_id: req.account.id, company_id: company.id, person_id: maskedId(sb.store.rng, 'PER'),
		form_data: wrapped.form_data, form_url: wrapped.form_url, landing_page_url: wrapped.landing_page_url || null,
		referrer: wrapped.referrer || null, referring_url: wrapped.referring_url || null, submitted_at: DateTime.fromJSDate(sb.clock.now()).setZone(callZone(company)).toISO(),
		first_form: true, customer_phone_number: number || null, customer_name: wrapped.form_data.name || null, customer_email: wrapped.form_data.email || null,
		formatted_customer_phone_number: number || null, formatted_customer_name: wrapped.form_data.name || null, source: 'Direct', keywords: null, campaign: null,
		medium: 'direct', company_name: company.name, lead_status: null, value: null, note: null, tags: [], utm_source: null, utm_medium: null,
		utm_campaign: null, form_name: null, timeline_url: null, milestones: null,
	};
	sb.store.formSubmissions.unshift(form);
	return { status: 201, body: presentForm(form, FORM_OPTIONAL) };
}
function updateForm(sb, req, id) {
	const form = findIn(sb, req, sb.store.formSubmissions, id, 'Form submission');
	sb.requireWriter(req);
	const body = req.body || {};
	onlyKeys(body, ['tags', 'note', 'value', 'lead_status', 'append_tags']);
	if (body.lead_status !== undefined && ![null, '', 'good_lead', 'not_a_lead'].includes(body.lead_status)) fail(400, 'lead_status must be good_lead, not_a_lead or null');
	if (body.tags !== undefined) {
		body.tags.forEach((name) => sb.ensureTag(req.account, form.company_id, name));
		const names = body.append_tags ? [...new Set([...form.tags.map((t) => t.name), ...body.tags])] : body.tags;
		form.tags = names.map((name) => ({ name }));
	}
	if (body.note !== undefined) form.note = body.note || null;
	if (body.value !== undefined) form.value = body.value ? String(body.value).replace(/^\$/, '') : null;
	if (body.lead_status !== undefined) form.lead_status = body.lead_status || null;
	return { status: 200, body: presentForm(form, FORM_OPTIONAL) };
}
function ignoreFormFields(sb, req) {
	sb.requireWriter(req);
	const body = req.body || {};
	requireFields(body, ['company_ids', 'field_names']);
	if (!Array.isArray(body.company_ids) || !Array.isArray(body.field_names)) fail(400, 'company_ids and field_names must be arrays');
	if (!body.company_ids.includes('all')) body.company_ids.forEach((id) => companyOf(sb, req, id));
	return { status: 200, body: { message: 'Ingored form fields created' } };
}
function formSummary(sb, req) {
	const { query } = req;
	const window = dateWindow(query, req.user, sb.clock.now());
	let list = byAccount(sb, req, sb.store.formSubmissions).filter((f) => { const t = Date.parse(f.submitted_at); return t >= window.from && t <= window.to; });
	const companyId = single(query, 'company_id');
	if (companyId) list = list.filter((f) => f.company_id === companyId);
	const leadStatus = single(query, 'lead_status');
	if (leadStatus) list = list.filter((f) => (leadStatus === 'not_scored' ? !f.lead_status : f.lead_status === leadStatus));
	const formUrl = single(query, 'form_URL') || single(query, 'form_url');
	if (formUrl) list = list.filter((f) => f.form_url === formUrl);
	const fields = listParam(query, 'fields') || ['total_forms'];
	const agg = (forms) => {
		const all = { total_forms: forms.length, first_forms: forms.filter((f) => f.first_form).length, leads: forms.filter((f) => f.lead_status === 'good_lead').length };
		for (const f of fields) if (!(f in all)) fail(400, `Invalid field: ${f}`);
		return Object.fromEntries(fields.map((f) => [f, all[f]]));
	};
	const body = { start_date: window.fromDt.toISO(), end_date: window.toDt.toISO(), time_zone: window.zone, total_results: agg(list) };
	const groupBy = single(query, 'group_by');
	if (groupBy) {
		const keyOf = { source: (f) => f.source, keywords: (f) => f.keywords, campaign: (f) => f.campaign, referrer: (f) => f.referrer, landing_page: (f) => f.landing_page_url, form_name: (f) => f.form_name, company: (f) => f.company_name }[groupBy];
		if (!keyOf) fail(400, `Invalid group_by: ${groupBy}`);
		const groups = new Map();
		for (const f of list) { const k = keyOf(f) ?? '(none)'; if (!groups.has(k)) groups.set(k, []); groups.get(k).push(f); }
		body.grouped_by = groupBy;
		body.grouped_results = [...groups.entries()].map(([key, forms]) => ({ key, ...agg(forms) }));
	}
	return { status: 200, body };
}

// ---- integrations
function presentIntegration(sb, integration, query) {
	const out = { id: integration.id, type: integration.type, state: integration.state, config: JSON.parse(JSON.stringify(integration.config)), company_id: integration.company_id };
	if ((listParam(query, 'fields') || []).includes('signing_key') && integration.type === 'Webhooks') {
		out.signing_key = sb.store.companies.find((c) => c.id === integration.company_id).signing_key;
	}
	return out;
}
function validateConfig(type, config) {
	if (!config || typeof config !== 'object' || Array.isArray(config)) fail(400, 'config must be an object');
	if (type === 'Webhooks') {
		for (const [key, urls] of Object.entries(config)) {
			if (!WEBHOOK_KEYS.includes(key)) fail(400, `Unknown webhook configuration key: ${key}`);
			if (!Array.isArray(urls) || urls.some((u) => typeof u !== 'string' || !/^https?:\/\//.test(u))) fail(400, `${key} must be an array of http(s) URLs`);
		}
	} else if (type === 'Custom') {
		if (!Array.isArray(config.grab_cookies) || !config.grab_cookies.length) fail(400, 'grab_cookies is required');
	}
}
function listIntegrations(sb, req) {
	const company = companyOf(sb, req, single(req.query, 'company_id'));
	const list = sb.store.integrations.filter((i) => i.company_id === company.id);
	const body = paginate(req.query, list, 'integrations');
	body.integrations = body.integrations.map((i) => presentIntegration(sb, i, req.query));
	return { status: 200, body };
}
const findIntegration = (sb, req, id) => findIn(sb, req, sb.store.integrations, id, 'Integration');
const getIntegration = (sb, req, id) => ({ status: 200, body: presentIntegration(sb, findIntegration(sb, req, id), req.query) });
function createIntegration(sb, req) {
	const body = req.body || {};
	requireFields(body, ['company_id', 'type', 'config']);
	const company = companyOf(sb, req, body.company_id);
	sb.requireIntegrationAdmin(req, company.id);
	if (!['Webhooks', 'Custom'].includes(body.type)) fail(400, 'Only Webhooks and Custom integrations can be created through the API');
	validateConfig(body.type, body.config);
	if (sb.store.integrations.some((i) => i.company_id === company.id && i.type === body.type)) fail(422, `This company already has a ${body.type} integration`);
	const integration = { id: ++sb.store.seq.integration, company_id: company.id, account_id: req.account.id, type: body.type, state: 'active', config: body.config };
	sb.store.integrations.push(integration);
	const out = presentIntegration(sb, integration, { fields: 'signing_key' });
	return { status: 201, body: out };
}
function updateIntegration(sb, req, id) {
	const integration = findIntegration(sb, req, id);
	sb.requireIntegrationAdmin(req, integration.company_id);
	const body = req.body || {};
	onlyKeys(body, ['state', 'config']);
	if (body.state !== undefined && !['active', 'disabled'].includes(body.state)) fail(400, 'state must be active or disabled');
	if (body.config !== undefined) { validateConfig(integration.type, body.config); integration.config = body.config; }
	if (body.state !== undefined) integration.state = body.state;
	return { status: 200, body: presentIntegration(sb, integration, {}) };
}
function disableIntegration(sb, req, id) {
	const integration = findIntegration(sb, req, id);
	sb.requireIntegrationAdmin(req, integration.company_id);
	integration.state = 'disabled';
	return { status: 204 };
}

// ---- integration triggers (filters)
const presentTrigger = (t) => strip(t);
function listTriggers(sb, req) {
	const company = companyOf(sb, req, single(req.query, 'company_id'));
	const body = paginate(req.query, sb.store.integrationTriggers.filter((t) => t.company_id === company.id), 'integration_criteria');
	body.integration_criteria = body.integration_criteria.map(presentTrigger);
	return { status: 200, body };
}
function triggerFields(sb, req, body, trigger) {
	if (body.call_type !== undefined && ![null, 'first_call', 'vm', 'missed_and_vm'].includes(body.call_type)) fail(400, 'call_type must be first_call, vm, missed_and_vm or null');
	if (body.lead_status !== undefined && ![null, 'good_lead', 'not_a_lead'].includes(body.lead_status)) fail(400, 'lead_status must be good_lead, not_a_lead or null');
	if (body.tracker_ids !== undefined && !Array.isArray(body.tracker_ids)) fail(400, 'tracker_ids must be an array');
	for (const key of ['tracker_ids', 'call_type', 'min_duration', 'max_duration', 'lead_status']) if (body[key] !== undefined) trigger[key] = body[key];
}
function createTrigger(sb, req) {
	const body = req.body || {};
	requireFields(body, ['company_id', 'integration_id']);
	const company = companyOf(sb, req, body.company_id);
	sb.requireIntegrationAdmin(req, company.id);
	const integration = findIntegration(sb, req, body.integration_id);
	if (sb.store.integrationTriggers.some((t) => String(t.integration_id) === String(integration.id))) fail(400, 'This integration already has a filter');
	const trigger = { id: ++sb.store.seq.integrationTrigger, account_id: req.account.id, company_id: company.id, integration_id: integration.id, type: integration.type, tracker_ids: [], call_type: null, min_duration: null, max_duration: null, lead_status: null };
	triggerFields(sb, req, body, trigger);
	sb.store.integrationTriggers.push(trigger);
	return { status: 201, body: presentTrigger(trigger) };
}
const findTrigger = (sb, req, id) => findIn(sb, req, sb.store.integrationTriggers, id, 'Integration trigger');
const getTrigger = (sb, req, id) => ({ status: 200, body: presentTrigger(findTrigger(sb, req, id)) });
function updateTrigger(sb, req, id) {
	const trigger = findTrigger(sb, req, id);
	sb.requireIntegrationAdmin(req, trigger.company_id);
	onlyKeys(req.body || {}, ['tracker_ids', 'call_type', 'min_duration', 'max_duration', 'lead_status']);
	triggerFields(sb, req, req.body || {}, trigger);
	return { status: 200, body: presentTrigger(trigger) };
}
function deleteTrigger(sb, req, id) {
	const trigger = findTrigger(sb, req, id);
	sb.requireIntegrationAdmin(req, trigger.company_id);
	sb.store.integrationTriggers.splice(sb.store.integrationTriggers.indexOf(trigger), 1);
	return { status: 204 };
}

// ---- notifications
const ALERT_TYPES = ['all', 'first_call', 'missed_and_vm', 'vm_only'];
function listNotifications(sb, req) {
	let list = byAccount(sb, req, sb.store.notifications);
	const type = single(req.query, 'notification_type');
	if (type) { if (!['send_desktop', 'send_email', 'send_push'].includes(type)) fail(400, 'Invalid notification_type'); list = list.filter((n) => n[type]); }
	const userId = single(req.query, 'user_id') || (req.body && req.body.user_id);
	if (userId) list = list.filter((n) => n.user_id === userId);
	const email = single(req.query, 'email') || (req.body && req.body.email);
	if (email) list = list.filter((n) => n.email === email);
	if (req.user.role !== 'admin') list = list.filter((n) => n.user_id === req.user.id);
	const body = paginate(req.query, list, 'notifications');
	body.notifications = body.notifications.map(strip);
	return { status: 200, body };
}
function notificationFields(sb, req, body, n) {
	if (body.alert_type !== undefined && !ALERT_TYPES.includes(body.alert_type)) fail(400, 'alert_type must be all, first_call, missed_and_vm or vm_only');
	if (body.company_id) { const c = companyOf(sb, req, body.company_id); n.company_id = c.id; n.company_name = c.name; }
	if (body.tracker_id) { const t = findTracker(sb, req, body.tracker_id); n.tracker_id = t.id; n.tracker_name = t.name; }
	for (const key of ['call_enabled', 'sms_enabled', 'alert_type', 'send_desktop', 'send_email', 'send_push', 'agent_id']) if (body[key] !== undefined) n[key] = body[key];
	if (n.call_enabled && !n.alert_type) fail(400, 'alert_type is required when call_enabled is true');
}
function createNotification(sb, req) {
	sb.requireWriter(req);
	const body = req.body || {};
	if (!body.user_id && !body.email) fail(400, 'user_id or email is required');
	const user = body.user_id ? findUser(sb, req, body.user_id) : null;
	if (!user && !body.company_id && !body.tracker_id) fail(400, 'Email-only notifications need a company_id or tracker_id');
	const n = { id: ++sb.store.seq.notification, account_id: req.account.id, user_id: user ? user.id : null, email: user ? user.email : body.email, agent_id: null, agent_name: null, alert_type: null, call_enabled: false, sms_enabled: false, company_id: null, company_name: null, name: user ? user.name : body.email, send_desktop: false, send_email: false, send_push: false, tracker_id: null, tracker_name: null };
	notificationFields(sb, req, body, n);
	sb.store.notifications.push(n);
	return { status: 201, body: strip(n) };
}
const findNotification = (sb, req, id) => {
	const n = findIn(sb, req, sb.store.notifications, id, 'Notification');
	if (req.user.role !== 'admin' && n.user_id !== req.user.id) fail(403, 'You do not have permission to perform the requested action');
	return n;
};
const getNotification = (sb, req, id) => ({ status: 200, body: strip(findNotification(sb, req, id)) });
function updateNotification(sb, req, id) {
	const n = findNotification(sb, req, id);
	sb.requireWriter(req);
	onlyKeys(req.body || {}, ['company_id', 'tracker_id', 'call_enabled', 'sms_enabled', 'alert_type', 'send_desktop', 'send_email', 'send_push', 'agent_id']);
	notificationFields(sb, req, req.body || {}, n);
	return { status: 200, body: strip(n) };
}
function deleteNotification(sb, req, id) {
	const n = findNotification(sb, req, id);
	sb.requireWriter(req);
	sb.store.notifications.splice(sb.store.notifications.indexOf(n), 1);
	return { status: 204 };
}

// ---- outbound caller ids
function listCallerIds(sb, req) {
	const company = companyOf(sb, req, single(req.query, 'company_id'));
	const body = paginate(req.query, sb.store.callerIds.filter((c) => c.company_id === company.id), 'caller_ids');
	body.caller_ids = body.caller_ids.map(strip);
	return { status: 200, body };
}
const findCallerId = (sb, req, id) => findIn(sb, req, sb.store.callerIds, id, 'Caller ID');
const getCallerId = (sb, req, id) => ({ status: 200, body: strip(findCallerId(sb, req, id)) });
function createCallerId(sb, req) {
	sb.requireWriter(req);
	const body = req.body || {};
	requireFields(body, ['company_id', 'phone_number', 'name']);
	const company = companyOf(sb, req, body.company_id);
	if (!/^\+1[2-9]\d{2}[2-9]\d{6}$/.test(body.phone_number)) fail(400, 'phone_number must be a US or Canadian number in E.164 format');
	const existing = sb.store.callerIds.find((c) => c.company_id === company.id && c.phone_number === body.phone_number);
	const code = String(sb.store.rng.int(100000, 999999));
	if (existing) { existing.validation_code = code; return { status: 201, body: strip(existing) }; }
	const callerId = { id: ++sb.store.seq.callerId, account_id: req.account.id, company_id: company.id, phone_number: body.phone_number, name: body.name, verified: false, created_at: nowIso(sb), validation_code: code };
	sb.store.callerIds.push(callerId);
	return { status: 201, body: strip(callerId) };
}
function deleteCallerId(sb, req, id) {
	const callerId = findCallerId(sb, req, id);
	sb.requireWriter(req);
	sb.store.callerIds.splice(sb.store.callerIds.indexOf(callerId), 1);
	return { status: 204 };
}

// ---- sms threads and text messages
function presentThread(thread, withMessages, query) {
	const out = strip(thread);
	if (withMessages) {
		const page = paginate(query, thread.messages, 'messages', { maxPerPage: 100 });
		out.messages = page.messages.map((m) => { const msg = { ...m }; if (!bool(single(query, 'with_msg_errors'))) delete msg.error; else msg.error = msg.error ?? null; delete msg.type; return msg; });
		Object.assign(out, { page: page.page, per_page: page.per_page, total_pages: page.total_pages, total_records: page.total_records });
	}
	return out;
}
function listThreads(sb, req) {
	const { query } = req;
	let list = byAccount(sb, req, sb.store.smsThreads);
	const companyId = single(query, 'company_id');
	if (companyId) list = list.filter((t) => t.company_id === companyId);
	const start = single(query, 'start_date');
	const end = single(query, 'end_date');
	if (Boolean(start) !== Boolean(end)) fail(400, 'start_date and end_date must be sent together');
	if (start || single(query, 'date_range')) {
		const window = dateWindow(query, req.user, sb.clock.now());
		list = list.filter((t) => { const at = Date.parse(t.last_message_at); return at >= window.from && at <= window.to; });
	}
	const term = single(query, 'search');
	if (term) {
		const needle = term.toLowerCase();
		list = list.filter((t) => [t.customer_phone_number, t.customer_name, ...(t.tags || []).map((x) => x.name || x)].some((v) => String(v ?? '').toLowerCase().includes(needle)));
	}
	const body = paginate(query, list, 'sms_threads');
	body.sms_threads = body.sms_threads.map((t) => presentThread(t, false, query));
	return { status: 200, body };
}
const findThread = (sb, req, id) => findIn(sb, req, sb.store.smsThreads, id, 'SMS thread');
const getThread = (sb, req, id) => ({ status: 200, body: presentThread(findThread(sb, req, id), true, req.query) });
function updateThread(sb, req, id) {
	const thread = findThread(sb, req, id);
	sb.requireWriter(req);
	const body = req.body || {};
	onlyKeys(body, ['notes', 'value', 'tags', 'append_tags', 'lead_qualification']);
	if (body.lead_qualification !== undefined && ![null, 'good_lead', 'not_a_lead'].includes(body.lead_qualification)) fail(400, 'lead_qualification must be good_lead, not_a_lead or null');
	if (body.tags !== undefined) {
		body.tags.forEach((name) => sb.ensureTag(req.account, thread.company_id, name));
		const names = body.append_tags ? [...new Set([...thread.tags.map((t) => t.name), ...body.tags])] : body.tags;
		thread.tags = names.map((name) => ({ name }));
	}
	if (body.notes !== undefined) thread.notes = body.notes;
	if (body.value !== undefined) thread.value = body.value;
	if (body.lead_qualification !== undefined) thread.lead_qualification = body.lead_qualification;
	return { status: 200, body: presentThread(thread, false, {}) };
}
function presentConversation(conv, fields, withMessages, query) {
	const out = strip(conv);
	if (!fields.includes('lead_status')) delete out.lead_status;
	if (!fields.includes('source')) delete out.source;
	out.recent_messages = conv.messages.slice(-2).reverse().map((m) => ({ direction: m.direction, content: m.content, created_at: m.created_at, type: m.type, media_urls: m.media_urls }));
	if (withMessages) {
		const page = paginate(query, [...conv.messages].reverse(), 'messages');
		Object.assign(out, { messages: page.messages, page: page.page, per_page: page.per_page, total_pages: page.total_pages, total_records: page.total_records });
	}
	return out;
}
function listConversations(sb, req) {
	const { query } = req;
	const window = dateWindow(query, req.user, sb.clock.now());
	const fields = listParam(query, 'fields') || [];
	let list = byAccount(sb, req, sb.store.conversations).filter((c) => { const at = Date.parse(c.last_message_at); return at >= window.from && at <= window.to; });
	const companyId = single(query, 'company_id');
	if (companyId) list = list.filter((c) => c.company_id === companyId);
	list = searchIn(list, query, ['customer_phone_number', 'customer_name']);
	const body = paginate(query, list, 'conversations');
	body.conversations = body.conversations.map((c) => presentConversation(c, fields, false, query));
	return { status: 200, body };
}
const getConversation = (sb, req, id) => ({ status: 200, body: presentConversation(findIn(sb, req, sb.store.conversations, id, 'Conversation'), listParam(req.query, 'fields') || [], true, req.query) });
function sendText(sb, req) {
	sb.requireWriter(req);
	const body = req.body || {};
	requireFields(body, ['company_id', 'customer_phone_number', 'content']);
	const company = companyOf(sb, req, body.company_id);
	if (body.media_url && body.media_file) fail(422, 'Send either media_url or media_file, not both');
	if (String(body.content).length > 140) fail(400, 'content must be 140 characters or fewer');
	if (!/^\+1[2-9]\d{2}[2-9]\d{6}$/.test(body.customer_phone_number)) fail(400, 'customer_phone_number must be a US or Canadian number');
	let conv = sb.store.conversations.find((c) => c.company_id === company.id && c.customer_phone_number === body.customer_phone_number);
	if (!conv && !body.tracking_number) fail(400, 'tracking_number is required to start a new conversation');
	const tracker = body.tracking_number ? sb.store.trackers.find((t) => t.company.id === company.id && t.tracking_numbers.includes(body.tracking_number)) : sb.store.trackers.find((t) => t.id === conv.current_tracker_id);
	if (!tracker) fail(422, 'tracking_number is not a tracking number of this company');
	if (!tracker.sms_enabled) fail(422, 'SMS is not enabled for this tracking number');
	const message = { id: maskedId(sb.store.rng, 'SCI'), direction: 'outgoing', content: body.content, created_at: DateTime.fromJSDate(sb.clock.now()).setZone(callZone(company)).toISO(), type: body.media_url ? 'mms' : 'sms', message_type: body.media_url ? 'mms' : 'sms', status: 'sent', media_urls: body.media_url ? [body.media_url] : [] };
	if (!conv) {
		const id = sb.store.rng.hex(5);
		const base = { company_id: company.id, initial_tracker_id: tracker.id, current_tracker_id: tracker.id, customer_name: null, customer_phone_number: body.customer_phone_number, initial_tracking_number: tracker.tracking_numbers[0], current_tracking_number: tracker.tracking_numbers[0], last_message_at: message.created_at, state: 'active', company_time_zone: company.time_zone };
		conv = { id, account_id: req.account.id, ...base, lead_status: null, source: null, messages: [] };
		sb.store.conversations.unshift(conv);
		sb.store.smsThreads.unshift({ id, account_id: req.account.id, ...base, notes: null, tags: [], value: null, lead_qualification: null, messages: conv.messages });
	}
	conv.messages.push(message);
	conv.last_message_at = message.created_at;
	return { status: 201, body: presentConversation(conv, [], false, {}) };
}

// ---- summary emails
function presentEmail(e) { return strip(e); }
function listEmails(sb, req) {
	let list = byAccount(sb, req, sb.store.summaryEmails);
	if (req.user.role !== 'admin') list = list.filter((e) => e.user_id === req.user.id);
	const freq = listParam(req.query, 'frequency');
	if (freq) list = list.filter((e) => e.frequency.some((f) => freq.includes(f)));
	const companyId = single(req.query, 'company_id');
	if (companyId) list = list.filter((e) => e.scope.id === companyId);
	const userId = single(req.query, 'user_id');
	if (userId) list = list.filter((e) => e.user_id === userId);
	const email = single(req.query, 'email');
	if (email) list = list.filter((e) => e.email === email);
	const body = paginate(req.query, list, 'summary_emails');
	body.summary_emails = body.summary_emails.map(presentEmail);
	return { status: 200, body };
}
const findEmail = (sb, req, id) => {
	const e = findIn(sb, req, sb.store.summaryEmails, id, 'Summary email');
	if (req.user.role !== 'admin' && e.user_id !== req.user.id) fail(403, 'You do not have permission to perform the requested action');
	return e;
};
function emailFields(body, e) {
	if (body.frequency !== undefined) {
		if (!Array.isArray(body.frequency) || !body.frequency.length || body.frequency.some((f) => !['daily', 'weekly', 'monthly'].includes(f))) fail(400, 'frequency must be a list of daily, weekly, monthly');
		e.frequency = body.frequency;
	}
	if (body.config !== undefined) {
		if (typeof body.config !== 'object') fail(400, 'config must be an object');
		e.config = { summary_statistics: false, top_sources: false, top_keywords: false, call_log: false, ...body.config };
	}
	if (body.filters !== undefined) {
		if (body.filters.lead_status && !['Lead', 'Not a Lead', 'Not Scored', 'All'].includes(body.filters.lead_status)) fail(400, 'filters.lead_status is invalid');
		e.filters = body.filters;
	}
}
function createEmail(sb, req) {
	sb.requireWriter(req);
	const body = req.body || {};
	requireFields(body, ['frequency', 'config']);
	if (!body.user_id && !body.email) fail(400, 'user_id or email is required');
	const user = body.user_id ? findUser(sb, req, body.user_id) : null;
	if (!user && !body.company_id) fail(400, 'company_id is required for email-only recipients');
	const company = body.company_id ? companyOf(sb, req, body.company_id) : null;
	const e = { id: maskedId(sb.store.rng, 'CSS'), account_id: req.account.id, user_id: user ? user.id : null, scope: company ? { id: company.id, type: 'Company', name: company.name } : { id: req.account.id, type: 'Account', name: req.account.name }, frequency: [], config: {}, filters: { lead_status: 'All' }, user: user ? { id: user.id, name: user.name, email: user.email } : null, email: user ? user.email : body.email };
	emailFields(body, e);
	sb.store.summaryEmails.push(e);
	return { status: 201, body: presentEmail(e) };
}
function updateEmail(sb, req, id) {
	const e = findEmail(sb, req, id);
	sb.requireWriter(req);
	const body = req.body || {};
	onlyKeys(body, ['frequency', 'config', 'filters']);
	requireFields(body, ['config']);
	emailFields(body, e);
	return { status: 200, body: presentEmail(e) };
}
function deleteEmail(sb, req, id) {
	const e = findEmail(sb, req, id);
	sb.requireWriter(req);
	sb.store.summaryEmails.splice(sb.store.summaryEmails.indexOf(e), 1);
	return { status: 204 };
}

// ---- message flows
const STEP_TYPES = ['schedule', 'sms_response', 'no_response', 'tag', 'forward_message'];
function validateSteps(steps, initial) {
	const list = Array.isArray(steps) ? steps : steps && typeof steps === 'object' ? Object.values(steps) : null;
	if (!list || !list.length) fail(400, 'steps must describe at least one step');
	for (const step of list) {
		if (!STEP_TYPES.includes(step.type)) fail(400, `Unknown step type: ${step.type}`);
		if (step.type === 'sms_response' && String(step.message || '').length > 1550) fail(400, 'message must be 1550 characters or fewer');
	}
	if (initial && !list.some((s) => s.id === initial)) fail(400, 'initial_step_id must be the id of one of the steps');
	return list;
}
function listFlows(sb, req) {
	const company = companyOf(sb, req, single(req.query, 'company_id'));
	const body = paginate(req.query, sb.store.messageFlows.filter((f) => f.company_id === company.id), 'message-flows');
	body['message-flows'] = body['message-flows'].map(strip);
	return { status: 200, body };
}
const findFlow = (sb, req, id) => findIn(sb, req, sb.store.messageFlows, id, 'Message flow');
const getFlow = (sb, req, id) => ({ status: 200, body: strip(findFlow(sb, req, id)) });
function createFlow(sb, req) {
	sb.requireWriter(req);
	const body = req.body || {};
	requireFields(body, ['company_id', 'name', 'initial_step_id', 'steps']);
	const company = companyOf(sb, req, body.company_id);
	if (sb.store.messageFlows.some((f) => f.company_id === company.id && f.name === body.name)) fail(422, 'Name has already been taken');
	const steps = validateSteps(body.steps, body.initial_step_id);
	const flow = { id: maskedId(sb.store.rng, 'MFL'), account_id: req.account.id, company_id: company.id, name: body.name, initial_step_id: body.initial_step_id, steps, created_at: nowIso(sb) };
	sb.store.messageFlows.push(flow);
	return { status: 201, body: strip(flow) };
}
function updateFlow(sb, req, id) {
	const flow = findFlow(sb, req, id);
	sb.requireWriter(req);
	const body = req.body || {};
	onlyKeys(body, ['name', 'initial_step_id', 'steps']);
	if (body.steps !== undefined) flow.steps = validateSteps(body.steps, body.initial_step_id || flow.initial_step_id);
	if (body.name !== undefined) flow.name = body.name;
	if (body.initial_step_id !== undefined) flow.initial_step_id = body.initial_step_id;
	return { status: 200, body: strip(flow) };
}
function deleteFlow(sb, req, id) {
	const flow = findFlow(sb, req, id);
	sb.requireWriter(req);
	if (sb.store.trackers.some((t) => t.message_flow && t.message_flow.id === flow.id)) fail(400, 'This message flow is assigned to a tracker; unassign it first');
	sb.store.messageFlows.splice(sb.store.messageFlows.indexOf(flow), 1);
	return { status: 204 };
}

// ---- leads
function listLeads(sb, req) {
	let list = byAccount(sb, req, sb.store.leads);
	const companyId = single(req.query, 'company_id');
	if (companyId) list = list.filter((l) => l.company_id === companyId);
	list = sortBy(list, req.query, ['created_at', 'name', 'email'], 'created_at');
	const fields = listParam(req.query, 'fields');
	const body = paginate(req.query, list, 'leads');
	body.leads = body.leads.map((l) => { const out = strip(l); return fields ? Object.fromEntries(Object.entries(out).filter(([k]) => k === 'id' || fields.includes(k))) : out; });
	return { status: 200, body };
}
function leadTimeline(sb, req, id) {
	const lead = findIn(sb, req, sb.store.leads, id, 'Lead');
	const calls = sb.store.calls.filter((c) => c.person_id === lead.id);
	const events = calls.map((c) => ({ type: 'call', id: c.id, event_date: c.start_time, created_at: c.start_time, direction: c.direction, duration: c.duration, answered: c.answered, source: c.source_name }));
	events.push({ type: 'milestone', id: `${lead.id}-created`, event_date: lead.created_at, created_at: lead.created_at, milestone: 'lead_created' });
	const sort = single(req.query, 'sort') || 'event_date';
	events.sort((a, b) => (sort === 'created_at' ? Date.parse(a.created_at) - Date.parse(b.created_at) : Date.parse(b.event_date) - Date.parse(a.event_date)));
	const body = paginate(req.query, events, 'timeline');
	const first = calls[calls.length - 1];
	body.lead = { customer_name: lead.name, customer_phone_number: lead.phone, total_interactions: events.length - 1, first_touch: first ? first.start_time : null, last_touch: calls[0] ? calls[0].start_time : null, lead_creation: lead.created_at, lead_qualification: first ? first.lead_status : null, tags: [], source: first ? first.source_name : null, medium: first ? first.medium : null, campaign: first ? first.campaign : null, landing_page_url: first ? first.landing_page_url : null, referrer_url: null, click_id: { gclid: first ? first.gclid : null, gbraid: null, wbraid: null, msclkid: null, fbclid: null } };
	return { status: 200, body };
}

module.exports = {
	WEBHOOK_KEYS, listAccounts, getAccount, listCompanies, getCompany, createCompany, updateCompany, disableCompany, bulkUpdateCompanies,
	listTags, createTag, updateTag, deleteTag, listTrackers, getTracker, createTracker, updateTracker, disableTracker,
	listUsers, getUser, createUser, updateUser, deleteUser, listForms, createForm, updateForm, ignoreFormFields, formSummary,
	listIntegrations, getIntegration, createIntegration, updateIntegration, disableIntegration,
	listTriggers, createTrigger, getTrigger, updateTrigger, deleteTrigger,
	listNotifications, createNotification, getNotification, updateNotification, deleteNotification,
	listCallerIds, getCallerId, createCallerId, deleteCallerId, listThreads, getThread, updateThread,
	listConversations, getConversation, sendText, listEmails, createEmail, updateEmail, deleteEmail, findEmail, presentEmail,
	listFlows, getFlow, createFlow, updateFlow, deleteFlow, listLeads, leadTimeline, findIn,
};
