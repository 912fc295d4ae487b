'use strict';
const { fail } = require('../lib/errors');
const { requestedFields, enumParam } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { checkZone } = require('../lib/dates');
const { requireAdmin, companyVisible } = require('../lib/auth');
const { maskedId } = require('../lib/rng');
const { strip, nowIso, requireFields, onlyKeys, bodyOf, sortBy, searchIn, companyOf, ok, created, noContent } = require('./common');

const OPTIONAL = new Set(['verified_caller_ids']);
const UPDATABLE = ['name', 'callscore_enabled', 'callscribe_enabled', 'time_zone', 'swap_ppc_override', 'swap_landing_override', 'swap_cookie_duration', 'swap_cookie_duration_unit', 'external_form_capture', 'keyword_spotting_enabled', 'swap_exclude_jquery'];
// Accepted for compatibility, ignored by CallRail.
const NO_OPS = ['keyword_spotting_enabled', 'swap_exclude_jquery'];
const BOOLEANS = ['callscore_enabled', 'callscribe_enabled', 'swap_ppc_override', 'external_form_capture'];

function present(company, fields) {
	const out = strip(company);
	delete out.signing_key;
	delete out.verified_caller_ids;
	delete out.external_form_capture;
	if (fields.includes('verified_caller_ids')) out.verified_caller_ids = [...company.verified_caller_ids];
	return out;
}

function listCompanies(sb, req) {
	const fields = requestedFields(req.query, OPTIONAL);
	let list = sb.store.companies.filter((c) => c.account_id === req.account.id && companyVisible(req.user, c.id));
	const status = enumParam(req.query, 'status', ['active', 'disabled']);
	if (status) list = list.filter((c) => c.status === status);
	list = sortBy(searchIn(list, req.query, ['name']), req.query, ['name'], undefined);
	const body = paginate(req.query, list, 'companies');
	body.companies = body.companies.map((c) => present(c, fields));
	return ok(body);
}

const getCompany = (sb, req, id) => ok(present(companyOf(sb, req, id), requestedFields(req.query, OPTIONAL)));

function createCompany(sb, req) {
	requireAdmin(req);
	const body = bodyOf(req);
	requireFields(body, ['name']);
	const zone = checkZone(body.time_zone || 'America/New_York');
	const company = {
		id: maskedId(sb.store.rng, 'COM'), account_id: req.account.id, name: String(body.name), status: 'active', time_zone: zone,
		created_at: nowIso(sb, zone), disabled_at: null, dni_active: false, script_url: `//cdn.callrail.com/companies/${sb.store.rng.int(100000000, 999999999)}/${sb.store.rng.hex(20)}/12/swap.js`,
		callscore_enabled: false, lead_scoring_enabled: false, swap_exclude_jquery: null, swap_ppc_override: null, swap_landing_override: null,
		swap_cookie_duration: 6, swap_cookie_duration_unit: 'months', callscribe_enabled: false, keyword_spotting_enabled: false,
		form_capture: false, external_form_capture: false, signing_key: sb.store.rng.hex(32), verified_caller_ids: [],
	};
	sb.store.companies.push(company);
	return created(present(company, []));
}

function updateCompany(sb, req, id) {
	const company = companyOf(sb, req, id);
	const body = bodyOf(req);
	onlyKeys(body, UPDATABLE);
	if (body.name !== undefined && !String(body.name || '').trim()) fail(400, 'name cannot be blank');
	if (body.swap_cookie_duration_unit !== undefined && !['months', 'weeks', 'days'].includes(body.swap_cookie_duration_unit)) fail(400, 'swap_cookie_duration_unit must be months, weeks or days');
	if (body.time_zone !== undefined) checkZone(body.time_zone);
	const unit = body.swap_cookie_duration_unit || company.swap_cookie_duration_unit;
	const duration = body.swap_cookie_duration ?? company.swap_cookie_duration;
	if (body.swap_cookie_duration !== undefined || body.swap_cookie_duration_unit !== undefined) {
		const max = { months: 6, weeks: 26, days: 183 }[unit];
		if (!Number.isInteger(Number(duration)) || Number(duration) < 1 || Number(duration) > max) fail(400, 'swap_cookie_duration can be at most 6 months');
	}
	for (const [key, value] of Object.entries(body)) {
		if (NO_OPS.includes(key)) continue;
		// The reference's own sample sends "swap_ppc_override": "true" and answers true: booleans are read leniently.
		company[key] = BOOLEANS.includes(key) && (value === 'true' || value === 'false') ? value === 'true' : value;
	}
	// form_capture is "whether the company has the external form capture feature enabled" (reference, Companies).
	if (body.external_form_capture !== undefined) company.form_capture = company.external_form_capture;
	for (const tracker of sb.store.trackers) if (tracker.company.id === company.id) tracker.company.name = company.name;
	return ok(present(company, []));
}

/** DELETE is a soft disable; the last active company of an account cannot go. */
function disableCompany(sb, req, id) {
	const company = companyOf(sb, req, id);
	requireAdmin(req);
	const active = sb.store.companies.filter((c) => c.account_id === req.account.id && c.status === 'active');
	if (active.length === 1 && active[0] === company) fail(400, 'You must have at least one active company.');
	company.status = 'disabled';
	company.disabled_at = nowIso(sb, company.time_zone);
	company.dni_active = false;
	for (const tracker of sb.store.trackers) {
		if (tracker.company.id === company.id && tracker.status === 'active') Object.assign(tracker, { status: 'disabled', disabled_at: company.disabled_at });
	}
	return noContent();
}

function bulkUpdateCompanies(sb, req) {
	requireAdmin(req);
	const body = bodyOf(req);
	requireFields(body, ['company_ids']);
	if (!Array.isArray(body.company_ids)) fail(400, 'company_ids must be an array');
	const targets = body.company_ids.includes('all')
		? sb.store.companies.filter((c) => c.account_id === req.account.id)
		: body.company_ids.map((cid) => companyOf(sb, req, cid));
	if (body.external_form_capture !== undefined) {
		for (const c of targets) c.external_form_capture = c.form_capture = body.external_form_capture === true || body.external_form_capture === 'true';
	}
	return ok({ updated_records: targets.length });
}

const routes = [
	['GET', 'companies', listCompanies],
	['POST', 'companies', createCompany],
	['POST', 'companies/bulk_update', bulkUpdateCompanies],
	['GET', 'companies/:id', getCompany],
	['PUT', 'companies/:id', updateCompany],
	['DELETE', 'companies/:id', disableCompany],
];

module.exports = { routes, presentCompany: present };
