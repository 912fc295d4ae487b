'use strict';
const { fail } = require('../lib/errors');
const { single, bool, enumParam } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { requireAdmin } = require('../lib/auth');
const { TAG_COLORS } = require('../seed/data');
const { strip, nowIso, requireFields, onlyKeys, bodyOf, sortBy, companyOf, byAccount, findIn, ok, created, noContent } = require('./common');

function listTags(sb, req) {
	const { query } = req;
	let list = byAccount(req, sb.store.tags);
	const companyId = single(query, 'company_id');
	const level = enumParam(query, 'tag_level', ['company', 'account']);
	if (companyId && level) fail(400, 'tag_level cannot be combined with company_id');
	if (companyId) {
		companyOf(sb, req, companyId);
		list = list.filter((t) => t.company_id === companyId || t.tag_level === 'account');
	}
	if (level) list = list.filter((t) => t.tag_level === level);
	const status = enumParam(query, 'status', ['enabled', 'disabled']);
	if (status) list = list.filter((t) => t.status === status);
	list = sortBy(list, query, ['name'], undefined);
	const body = paginate(query, list, 'tags');
	body.tags = body.tags.map(strip);
	return ok(body);
}

function checkColor(color) {
	if (color !== undefined && !TAG_COLORS.includes(color)) fail(400, 'Color is not included in the list');
}

/** Account-level tags apply to every company, so only admins may create them. */
function createTag(sb, req) {
	const body = bodyOf(req);
	requireFields(body, ['name']);
	checkColor(body.color);
	const level = body.tag_level === undefined ? 'company' : body.tag_level;
	if (!['company', 'account'].includes(level)) fail(400, 'tag_level must be company or account');
	if (level === 'account') requireAdmin(req);
	const company = level === 'account' ? null : companyOf(sb, req, body.company_id);
	const clash = sb.store.tags.some((t) => t.account_id === req.account.id && t.name === body.name && (level === 'account' || t.company_id === company.id || t.tag_level === 'account'));
	if (clash) fail(422, 'Name has already been taken');
	const color = body.color || 'gray1';
	const tag = {
		id: ++sb.store.seq.tag, name: String(body.name), tag_level: level, color, background_color: color,
		company_id: company ? company.id : null, account_id: req.account.id, status: 'enabled', created_at: nowIso(sb),
	};
	sb.store.tags.push(tag);
	return created(strip(tag));
}

function updateTag(sb, req, id) {
	const tag = findIn(req, sb.store.tags, id, 'Tag');
	if (tag.tag_level === 'account') requireAdmin(req);
	const body = bodyOf(req);
	onlyKeys(body, ['name', 'color', 'disabled']);
	checkColor(body.color);
	if (body.name !== undefined) {
		if (!String(body.name || '').trim()) fail(400, 'name cannot be blank');
		const old = tag.name;
		tag.name = String(body.name);
		for (const call of sb.store.calls) {
			if (call.account_id === tag.account_id && (!tag.company_id || call.company_id === tag.company_id)) for (const t of call.tags) if (t.name === old) t.name = tag.name;
		}
	}
	if (body.color !== undefined) Object.assign(tag, { color: body.color, background_color: body.color });
	if (body.disabled !== undefined) tag.status = bool(body.disabled) ? 'disabled' : 'enabled';
	return ok(strip(tag));
}

/** Deleting removes the tag from every interaction. */
function deleteTag(sb, req, id) {
	const tag = findIn(req, sb.store.tags, id, 'Tag');
	if (tag.tag_level === 'account') requireAdmin(req);
	sb.store.tags.splice(sb.store.tags.indexOf(tag), 1);
	const applies = (r) => r.account_id === tag.account_id && (!tag.company_id || r.company_id === tag.company_id);
	for (const list of [sb.store.calls, sb.store.formSubmissions, sb.store.smsThreads]) {
		for (const r of list) if (applies(r) && r.tags.length) r.tags = r.tags.filter((t) => (t.name || t) !== tag.name);
	}
	return noContent();
}

// The reference documents list, create, update and delete for tags, and no endpoint to read a single tag.
const routes = [
	['GET', 'tags', listTags],
	['POST', 'tags', createTag],
	['PUT', 'tags/:id', updateTag],
	['DELETE', 'tags/:id', deleteTag],
];

module.exports = { routes };
