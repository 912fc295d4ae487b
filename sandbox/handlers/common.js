'use strict';
const { fail } = require('../lib/errors');
const { single } = require('../lib/query');
const { companyVisible } = require('../lib/auth');
const { isoWithOffset } = require('../seed/data');

const HIDDEN = new Set(['account_id', 'messages', 'key', 'account_ids', 'company_ids']);
/** The public view of a stored record: internal keys (leading `_`, account links) removed. */
const strip = (record) => Object.fromEntries(Object.entries(record).filter(([k]) => !k.startsWith('_') && !HIDDEN.has(k)));

const nowIso = (sb, zone = 'America/New_York') => isoWithOffset(sb.clock.now().getTime(), zone);

const blank = (v) => v === undefined || v === null || v === '';
function requireFields(body, fields) {
	for (const f of fields) if (blank(body[f])) fail(400, `${f} is required`);
}
function onlyKeys(body, keys) {
	for (const k of Object.keys(body)) if (!keys.includes(k)) fail(400, `Unknown parameter: ${k}`);
}
const bodyOf = (req) => (req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? req.body : {});

/** `sort`/`order`: order needs sort; dates default to newest first, everything else alphabetical. */
function sortBy(list, query, allowed, defaultKey) {
	const order = single(query, 'order');
	const sort = single(query, 'sort') || defaultKey;
	if (order && !single(query, 'sort') && !defaultKey) fail(400, 'order requires sort');
	if (!sort) return list;
	if (!allowed.includes(sort)) fail(400, `Invalid sort: ${sort}. Use one of ${allowed.join(', ')}`);
	if (order && !['asc', 'desc'].includes(order)) fail(400, 'order must be asc or desc');
	const dir = (order || (/_at$|date/.test(sort) ? 'desc' : 'asc')) === 'desc' ? -1 : 1;
	return [...list].sort((a, b) => String(a[sort] ?? '').localeCompare(String(b[sort] ?? '')) * dir);
}

function searchIn(list, query, fields) {
	const term = single(query, 'search');
	if (!term) return list;
	const needle = term.toLowerCase();
	return list.filter((r) => fields.some((f) => String(r[f] ?? '').toLowerCase().includes(needle)));
}

/** A company of the request's account that the key's user can see; 404 otherwise (CallRail hides what you can't see). */
function companyOf(sb, req, id, { required = true } = {}) {
	if (blank(id)) {
		if (required) fail(400, 'company_id is required');
		return undefined;
	}
	const company = sb.store.companies.find((c) => c.id === id && c.account_id === req.account.id);
	if (!company || !companyVisible(req.user, company.id)) fail(404, 'Company not found');
	return company;
}

const byAccount = (req, list) => list.filter((r) => r.account_id === req.account.id && (!r.company_id || companyVisible(req.user, r.company_id)));
function findIn(req, list, id, label) {
	const record = byAccount(req, list).find((r) => String(r.id) === String(id));
	if (!record) fail(404, `${label} not found`);
	return record;
}

/** Tag names applied to an interaction are created in its company when missing, as CallRail does. */
function ensureTag(sb, account, companyId, name) {
	const exists = sb.store.tags.some((t) => t.account_id === account.id && t.name === name && (t.company_id === companyId || t.tag_level === 'account'));
	if (!exists) {
		sb.store.tags.push({
			id: ++sb.store.seq.tag, name, tag_level: 'company', color: 'gray1', background_color: 'gray1', company_id: companyId,
			account_id: account.id, status: 'enabled', created_at: nowIso(sb),
		});
	}
}

/** `tags` replaces the list unless `append_tags` is true. */
function applyTags(sb, req, record, companyId, body) {
	if (!Array.isArray(body.tags) || body.tags.some((t) => typeof t !== 'string' || !t.trim())) fail(400, 'tags must be an array of tag names');
	for (const name of body.tags) ensureTag(sb, req.account, companyId, name);
	const current = (record.tags || []).map((t) => (typeof t === 'string' ? t : t.name));
	const names = body.append_tags === true || body.append_tags === 'true' ? [...new Set([...current, ...body.tags])] : [...new Set(body.tags)];
	record.tags = names.map((name) => ({ name }));
}

/** `"$1.00"`, `"1.00"` or a number; null/"" clears. */
function parseMoney(value) {
	if (blank(value)) return null;
	const text = String(value).trim();
	if (!/^\$?\d+(\.\d{1,2})?$/.test(text)) fail(400, 'value must be an amount such as 1.00 or $1.00');
	return Number(text.replace(/^\$/, '')).toFixed(2);
}

const ok = (body) => ({ status: 200, body });
const created = (body) => ({ status: 201, body });
const noContent = () => ({ status: 204 });

module.exports = { strip, nowIso, blank, requireFields, onlyKeys, bodyOf, sortBy, searchIn, companyOf, byAccount, findIn, ensureTag, applyTags, parseMoney, ok, created, noContent };
