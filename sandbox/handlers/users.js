'use strict';
const { fail } = require('../lib/errors');
const { single } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { requireAdmin } = require('../lib/auth');
const { maskedId } = require('../lib/rng');
const { nowIso, requireFields, onlyKeys, bodyOf, sortBy, searchIn, companyOf, ok, noContent } = require('./common');

const ROLES = ['admin', 'manager', 'reporting', 'notification'];

function present(sb, user) {
	const companies = user.company_ids === null
		? sb.store.companies.filter((c) => user.account_ids.includes(c.account_id))
		: sb.store.companies.filter((c) => user.company_ids.includes(c.id));
	return {
		email: user.email, id: user.id, created_at: user.created_at, role: user.role, first_name: user.first_name, last_name: user.last_name,
		name: `${user.first_name} ${user.last_name}`, accepted: user.accepted, companies: companies.map((c) => ({ id: c.id, name: c.name })),
	};
}

const usersOf = (sb, req) => sb.store.users.filter((u) => u.account_ids.includes(req.account.id));

function listUsers(sb, req) {
	let list = usersOf(sb, req);
	const companyId = single(req.query, 'company_id');
	if (companyId) {
		companyOf(sb, req, companyId);
		list = list.filter((u) => u.company_ids === null || u.company_ids.includes(companyId));
	}
	list = sortBy(searchIn(list, req.query, ['first_name', 'last_name', 'email']), req.query, ['email', 'created_at'], undefined);
	const body = paginate(req.query, list, 'users');
	body.users = body.users.map((u) => present(sb, u));
	return ok(body);
}

function findUser(sb, req, id) {
	const user = usersOf(sb, req).find((u) => u.id === id);
	if (!user) fail(404, 'User not found');
	return user;
}

function createUser(sb, req) {
	requireAdmin(req);
	const body = bodyOf(req);
	requireFields(body, ['first_name', 'last_name', 'email', 'role']);
	if (!ROLES.includes(body.role)) fail(400, `role must be one of ${ROLES.join(', ')}`);
	if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) fail(400, 'email is invalid');
	if (sb.store.users.some((u) => u.email.toLowerCase() === String(body.email).toLowerCase())) fail(422, 'Email has already been taken');
	if (body.role !== 'admin' && !(Array.isArray(body.companies) && body.companies.length)) fail(400, 'companies is required for non-admin users');
	const companyIds = body.role === 'admin' ? null : body.companies.map((cid) => companyOf(sb, req, cid).id);
	const user = {
		id: maskedId(sb.store.rng, 'USR'), account_ids: [req.account.id], email: String(body.email), first_name: String(body.first_name),
		last_name: String(body.last_name), name: `${body.first_name} ${body.last_name}`, role: body.role, accepted: false,
		time_zone: 'America/New_York', created_at: nowIso(sb), company_ids: companyIds,
	};
	sb.store.users.push(user);
	// "Creating a User … When successful, the HTTP response code will indicate 200 OK" (unlike most creates' 201).
	return ok(present(sb, user));
}

/** Names and email only for the key's own user; company access only by admins, for non-admin users. */
function updateUser(sb, req, id) {
	const user = findUser(sb, req, id);
	const body = bodyOf(req);
	onlyKeys(body, ['first_name', 'last_name', 'email', 'current_password', 'companies']);
	const self = user.id === req.user.id;
	const personal = ['first_name', 'last_name', 'email'].some((k) => body[k] !== undefined);
	if (personal && !self) fail(403, 'You can only change your own name and email');
	if (body.companies !== undefined) {
		requireAdmin(req);
		if (user.role === 'admin') fail(400, 'Admins have access to every company');
		if (!Array.isArray(body.companies) || !body.companies.length) fail(400, 'companies must be a non-empty array');
	}
	if (!user.accepted) fail(400, 'Only users who accepted their invitation can be updated');
	if (body.email !== undefined && !body.current_password) fail(400, 'current_password is required to change the email');
	if (body.email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) fail(400, 'email is invalid');
	if (body.companies !== undefined) user.company_ids = body.companies.map((cid) => companyOf(sb, req, cid).id);
	for (const key of ['first_name', 'last_name', 'email']) if (body[key] !== undefined) user[key] = String(body[key]);
	user.name = `${user.first_name} ${user.last_name}`;
	return ok(present(sb, user));
}

function deleteUser(sb, req, id) {
	const user = findUser(sb, req, id);
	requireAdmin(req);
	if (user.id === req.user.id) fail(400, 'You cannot delete yourself');
	user.account_ids = user.account_ids.filter((a) => a !== req.account.id);
	if (!user.account_ids.length) sb.store.users.splice(sb.store.users.indexOf(user), 1);
	return noContent();
}

const routes = [
	['GET', 'users', listUsers],
	['POST', 'users', createUser],
	['GET', 'users/:id', (sb, req, id) => ok(present(sb, findUser(sb, req, id)))],
	['PUT', 'users/:id', updateUser, { selfService: true }],
	['DELETE', 'users/:id', deleteUser],
];

module.exports = { routes, findUser };
