'use strict';
const { fail, forbid } = require('../lib/errors');
const { single, enumParam } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { strip, onlyKeys, bodyOf, companyOf, byAccount, findIn, ok, created, noContent } = require('./common');
const { findUser } = require('./users');
const { findTracker } = require('./trackers');

const ALERT_TYPES = ['all', 'first_call', 'missed_and_vm', 'vm_only'];
const FLAGS = ['call_enabled', 'sms_enabled', 'send_desktop', 'send_email', 'send_push'];

/** The doc shows user_id/email as a body on this GET; the query string works too. Non-admins see their own alerts. */
function listNotifications(sb, req) {
	let list = byAccount(req, sb.store.notifications);
	const type = enumParam(req.query, 'notification_type', ['send_desktop', 'send_email', 'send_push']);
	if (type) list = list.filter((n) => n[type]);
	const extra = bodyOf(req);
	const userId = single(req.query, 'user_id') || extra.user_id;
	if (userId) list = list.filter((n) => n.user_id === userId);
	const email = single(req.query, 'email') || extra.email;
	if (email) list = list.filter((n) => n.email === email);
	if (req.user.role !== 'admin') list = list.filter((n) => n.user_id === req.user.id);
	const body = paginate(req.query, list, 'notifications');
	body.notifications = body.notifications.map(strip);
	return ok(body);
}

function applyFields(sb, req, body, n) {
	if (body.alert_type !== undefined && body.alert_type !== null && !ALERT_TYPES.includes(body.alert_type)) fail(400, `alert_type must be one of ${ALERT_TYPES.join(', ')}`);
	for (const flag of FLAGS) if (body[flag] !== undefined && typeof body[flag] !== 'boolean') fail(400, `${flag} must be true or false`);
	if (body.company_id !== undefined) {
		const c = body.company_id ? companyOf(sb, req, body.company_id) : null;
		Object.assign(n, { company_id: c ? c.id : null, company_name: c ? c.name : null });
	}
	if (body.tracker_id !== undefined) {
		const t = body.tracker_id ? findTracker(sb, req, body.tracker_id) : null;
		Object.assign(n, { tracker_id: t ? t.id : null, tracker_name: t ? t.name : null });
	}
	if (body.agent_id !== undefined) {
		const agent = body.agent_id ? findUser(sb, req, body.agent_id) : null;
		Object.assign(n, { agent_id: agent ? agent.id : null, agent_name: agent ? agent.name : null });
	}
	for (const key of [...FLAGS, 'alert_type']) if (body[key] !== undefined) n[key] = body[key];
	if (n.call_enabled && !n.alert_type) fail(400, 'alert_type is required when call_enabled is true');
}

function createNotification(sb, req) {
	const body = bodyOf(req);
	onlyKeys(body, ['user_id', 'email', 'agent_id', 'company_id', 'tracker_id', 'alert_type', ...FLAGS]);
	if (!body.user_id && !body.email) fail(400, 'user_id or email is required');
	const user = body.user_id ? findUser(sb, req, body.user_id) : null;
	if (!user && !body.company_id && !body.tracker_id) fail(400, 'Email-only notifications need a company_id or tracker_id');
	if (req.user.role !== 'admin' && user && user.id !== req.user.id) forbid();
	const n = {
		id: ++sb.store.seq.notification, account_id: req.account.id, user_id: user ? user.id : null, email: user ? user.email : body.email,
		agent_id: null, agent_name: null, alert_type: null, call_enabled: false, sms_enabled: false, company_id: null, company_name: null,
		name: user ? user.name : body.email, send_desktop: false, send_email: false, send_push: false, tracker_id: null, tracker_name: null,
	};
	applyFields(sb, req, body, n);
	sb.store.notifications.push(n);
	return created(strip(n));
}

function findNotification(sb, req, id) {
	const n = findIn(req, sb.store.notifications, id, 'Notification');
	if (req.user.role !== 'admin' && n.user_id !== req.user.id) forbid();
	return n;
}

/** Changing who receives an alert is delete + create in CallRail, so user_id/email are not updatable. */
function updateNotification(sb, req, id) {
	const n = findNotification(sb, req, id);
	const body = bodyOf(req);
	onlyKeys(body, ['company_id', 'tracker_id', 'alert_type', 'agent_id', ...FLAGS]);
	applyFields(sb, req, body, n);
	return ok(strip(n));
}

function deleteNotification(sb, req, id) {
	const n = findNotification(sb, req, id);
	sb.store.notifications.splice(sb.store.notifications.indexOf(n), 1);
	return noContent();
}

// The reference documents list, create, update and remove for notifications, and no endpoint to read a single one.
const routes = [
	['GET', 'notifications', listNotifications, { getBody: true }],
	['POST', 'notifications', createNotification],
	['PUT', 'notifications/:id', updateNotification],
	['DELETE', 'notifications/:id', deleteNotification],
];

module.exports = { routes };
