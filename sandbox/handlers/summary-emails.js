'use strict';
const { fail, forbid } = require('../lib/errors');
const { single, listParam } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { maskedId } = require('../lib/rng');
const { strip, requireFields, onlyKeys, bodyOf, companyOf, byAccount, findIn, ok, created, noContent } = require('./common');
const { findUser } = require('./users');

const FREQUENCIES = ['daily', 'weekly', 'monthly'];
const CONFIG_KEYS = ['summary_statistics', 'top_sources', 'top_keywords', 'call_log'];
const LEAD_FILTERS = ['Lead', 'Not a Lead', 'Not Scored', 'All'];

/** Non-admin keys only see and manage their own summary emails. */
const visible = (req, list) => (req.user.role === 'admin' ? list : list.filter((e) => e.user_id === req.user.id));

function listEmails(sb, req) {
	let list = visible(req, byAccount(req, sb.store.summaryEmails));
	const freq = listParam(req.query, 'frequency');
	if (freq) list = list.filter((e) => e.frequency.some((f) => freq.includes(f)));
	const companyId = single(req.query, 'company_id');
	if (companyId) list = list.filter((e) => e.scope.id === companyId);
	const userId = single(req.query, 'user_id');
	if (userId) list = list.filter((e) => e.user_id === userId);
	const email = single(req.query, 'email');
	if (email) list = list.filter((e) => e.email === email);
	const body = paginate(req.query, list, 'summary_emails');
	body.summary_emails = body.summary_emails.map(strip);
	return ok(body);
}

function findEmail(sb, req, id) {
	const e = findIn(req, sb.store.summaryEmails, id, 'Summary email');
	if (req.user.role !== 'admin' && e.user_id !== req.user.id) forbid();
	return e;
}

function applyFields(body, e) {
	if (body.frequency !== undefined) {
		if (!Array.isArray(body.frequency) || !body.frequency.length || body.frequency.some((f) => !FREQUENCIES.includes(f))) fail(400, 'frequency must be a list of daily, weekly, monthly');
		e.frequency = [...new Set(body.frequency)];
	}
	if (body.config !== undefined) {
		if (!body.config || typeof body.config !== 'object' || Array.isArray(body.config)) fail(400, 'config must be an object');
		onlyKeys(body.config, CONFIG_KEYS);
		e.config = { summary_statistics: false, top_sources: false, top_keywords: false, call_log: false, ...body.config };
	}
	if (body.filters !== undefined) {
		if (!body.filters || typeof body.filters !== 'object') fail(400, 'filters must be an object');
		if (body.filters.lead_status !== undefined && !LEAD_FILTERS.includes(body.filters.lead_status)) fail(400, `filters.lead_status must be one of ${LEAD_FILTERS.join(', ')}`);
		e.filters = { ...body.filters };
	}
}

function createEmail(sb, req) {
	const body = bodyOf(req);
	onlyKeys(body, ['frequency', 'config', 'user_id', 'email', 'company_id', 'filters']);
	requireFields(body, ['frequency', 'config']);
	if (!body.user_id && !body.email) fail(400, 'user_id or email is required');
	const user = body.user_id ? findUser(sb, req, body.user_id) : null;
	if (!user && !body.company_id) fail(400, 'company_id is required for email-only recipients');
	if (req.user.role !== 'admin' && (!user || user.id !== req.user.id)) forbid();
	const company = body.company_id ? companyOf(sb, req, body.company_id) : null;
	const e = {
		id: maskedId(sb.store.rng, 'CSS'), account_id: req.account.id, user_id: user ? user.id : null,
		scope: company ? { id: company.id, type: 'Company', name: company.name } : { id: req.account.id, type: 'Account', name: req.account.name },
		frequency: [], config: {}, filters: { lead_status: 'All' }, user: user ? { id: user.id, name: user.name, email: user.email } : null,
		email: user ? user.email : String(body.email),
	};
	applyFields(body, e);
	sb.store.summaryEmails.push(e);
	return created(strip(e));
}

function updateEmail(sb, req, id) {
	const e = findEmail(sb, req, id);
	const body = bodyOf(req);
	onlyKeys(body, ['frequency', 'config', 'filters']);
	requireFields(body, ['config']);
	applyFields(body, e);
	return ok(strip(e));
}

function deleteEmail(sb, req, id) {
	const e = findEmail(sb, req, id);
	sb.store.summaryEmails.splice(sb.store.summaryEmails.indexOf(e), 1);
	return noContent();
}

const routes = [
	// The doc writes the list path without `.json`; both forms are served.
	['GET', 'summary_emails', listEmails, { jsonOptional: true }],
	['POST', 'summary_emails', createEmail],
	['GET', 'summary_emails/:id', (sb, req, id) => ok(strip(findEmail(sb, req, id)))],
	['PUT', 'summary_emails/:id', updateEmail],
	['DELETE', 'summary_emails/:id', deleteEmail],
];

module.exports = { routes };
