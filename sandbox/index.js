'use strict';
/**
 * A simulator of the CallRail API v3 on loopback, built from the API reference: the tests, the demo and the
 * benchmarks run against it, since CallRail has no sandbox and every real write costs money.
 */
const http = require('node:http');
const { DateTime } = require('luxon');
const { HttpError, fail, signPayload, maskedId } = require('./util');
const { parseQuery } = require('./query');
const { seedStore, seedCalls, makeCall, insertCalls, callZone, phone } = require('./seed');
const calls = require('./calls');
const r = require('./resources');
const { createRateLimiter, DEFAULT_LIMITS } = require('./rate-limit');
const { fireWebhook, WEBHOOK_EVENTS } = require('./webhooks');

const ID = '([^/]+?)';
/** [method, path below /v3/a/{account}/ (".json" optional where CallRail is lenient), handler name]. */
const ROUTES = [
	['GET', `calls(?:\\.json)?`, calls.listCalls],
	['POST', `calls\\.json`, calls.createCall, 'call'],
	['GET', `calls/summary\\.json`, calls.callSummary],
	['GET', `calls/timeseries\\.json`, calls.callTimeseries],
	['GET', `calls/${ID}/recording\\.json`, calls.getRecording],
	['GET', `calls/${ID}/page_views\\.json`, calls.getPageViews],
	['GET', `calls/${ID}\\.json`, calls.getCall],
	['PUT', `calls/${ID}\\.json`, calls.updateCall],
	['GET', `tags\\.json`, r.listTags], ['POST', `tags\\.json`, r.createTag],
	['GET', `tags/${ID}\\.json`, (sb, req, id) => ({ status: 200, body: r.findIn(sb, req, sb.store.tags, id, 'Tag') })],
	['PUT', `tags/${ID}\\.json`, r.updateTag], ['DELETE', `tags/${ID}\\.json`, r.deleteTag],
	['GET', `companies\\.json`, r.listCompanies], ['POST', `companies\\.json`, r.createCompany],
	['POST', `companies/bulk_update\\.json`, r.bulkUpdateCompanies],
	['GET', `companies/${ID}\\.json`, r.getCompany], ['PUT', `companies/${ID}\\.json`, r.updateCompany], ['DELETE', `companies/${ID}\\.json`, r.disableCompany],
	['GET', `form_submissions\\.json`, r.listForms], ['POST', `form_submissions\\.json`, r.createForm],
	['POST', `form_submissions/ignored_fields\\.json`, r.ignoreFormFields],
	['PUT', `form_submissions/${ID}\\.json`, r.updateForm],
	['GET', `forms/summary\\.json`, r.formSummary],
	['GET', `integrations\\.json`, r.listIntegrations], ['POST', `integrations\\.json`, r.createIntegration],
	['GET', `integrations/${ID}\\.json`, r.getIntegration], ['PUT', `integrations/${ID}\\.json`, r.updateIntegration], ['DELETE', `integrations/${ID}\\.json`, r.disableIntegration],
	['GET', `integration_triggers\\.json`, r.listTriggers], ['POST', `integration_triggers\\.json`, r.createTrigger],
	['GET', `integration_triggers/${ID}\\.json`, r.getTrigger], ['PUT', `integration_triggers/${ID}\\.json`, r.updateTrigger], ['DELETE', `integration_triggers/${ID}\\.json`, r.deleteTrigger],
	['GET', `notifications\\.json`, r.listNotifications], ['POST', `notifications\\.json`, r.createNotification],
	['GET', `notifications/${ID}\\.json`, r.getNotification], ['PUT', `notifications/${ID}\\.json`, r.updateNotification], ['DELETE', `notifications/${ID}\\.json`, r.deleteNotification],
	['GET', `caller_ids\\.json`, r.listCallerIds], ['POST', `caller_ids\\.json`, r.createCallerId],
	['GET', `caller_ids/${ID}\\.json`, r.getCallerId], ['DELETE', `caller_ids/${ID}\\.json`, r.deleteCallerId],
	['GET', `sms-threads\\.json`, r.listThreads], ['GET', `sms-threads/${ID}\\.json`, r.getThread], ['PUT', `sms-threads/${ID}\\.json`, r.updateThread],
	['GET', `text-messages\\.json`, r.listConversations], ['POST', `text-messages\\.json`, r.sendText, 'sms'],
	['GET', `text-messages/${ID}\\.json`, r.getConversation],
	['GET', `message-flows\\.json`, r.listFlows], ['POST', `message-flows\\.json`, r.createFlow],
	['GET', `message-flows/${ID}\\.json`, r.getFlow], ['PUT', `message-flows/${ID}\\.json`, r.updateFlow], ['DELETE', `message-flows/${ID}\\.json`, r.deleteFlow],
	['GET', `trackers\\.json`, r.listTrackers], ['POST', `trackers\\.json`, r.createTracker],
	['GET', `trackers/${ID}\\.json`, r.getTracker], ['PUT', `trackers/${ID}\\.json`, r.updateTracker], ['DELETE', `trackers/${ID}\\.json`, r.disableTracker],
	['GET', `users\\.json`, r.listUsers], ['POST', `users\\.json`, r.createUser],
	['GET', `users/${ID}\\.json`, r.getUser], ['PUT', `users/${ID}\\.json`, r.updateUser], ['DELETE', `users/${ID}\\.json`, r.deleteUser],
	['GET', `summary_emails(?:\\.json)?`, r.listEmails], ['POST', `summary_emails\\.json`, r.createEmail],
	['GET', `summary_emails/${ID}\\.json`, (sb, req, id) => ({ status: 200, body: r.presentEmail(r.findEmail(sb, req, id)) })],
	['PUT', `summary_emails/${ID}\\.json`, r.updateEmail], ['DELETE', `summary_emails/${ID}\\.json`, r.deleteEmail],
	['GET', `leads\\.json`, r.listLeads], ['GET', `leads/${ID}/timeline\\.json`, r.leadTimeline],
].map(([method, pattern, handler, limit]) => ({ method, regex: new RegExp(`^${pattern}$`), handler, limit }));

function createClock(start, mode) {
	const startMs = start.getTime();
	const realStart = Date.now();
	let manual = startMs;
	const clock = {
		scale: 1,
		now: () => new Date(mode === 'manual' ? manual : startMs + (Date.now() - realStart) * clock.scale),
		advance: (ms) => { if (mode === 'manual') manual += ms; else throw new Error('advance() needs clock: "manual"'); },
		set: (d) => { manual = new Date(d).getTime(); },
	};
	return clock;
}

async function startSandbox(options = {}) {
	const seed = options.seed ?? 42;
	const start = options.now ? new Date(options.now) : new Date();
	const store = seedStore(seed, start);
	const rng = store.rng;
	const keyUsers = {};
	const primary = store.accounts[0];
	const primaryUsers = store.users.filter((u) => u.account_ids.includes(primary.id));
	const asKey = (name, user, extra = {}) => {
		keyUsers[name] = { ...user, ...extra, key: `${name}_${rng.hex(24)}` };
		return keyUsers[name];
	};
	asKey('agencyAdmin', primaryUsers[0], { account_ids: store.accounts.map((a) => a.id), role: 'admin', company_ids: null });
	asKey('singleAccount', primaryUsers[4], { role: 'admin', company_ids: null });
	asKey('manager', primaryUsers[1]);
	asKey('reporting', primaryUsers[2]);
	const keys = Object.fromEntries(Object.entries(keyUsers).map(([name, user]) => [name, user.key]));
	keys.maton = `maton_${rng.hex(32)}`;
	const matonConnections = { agencyAdmin: `conn_${rng.hex(12)}`, singleAccount: `conn_${rng.hex(12)}` };
	const usersByKey = new Map(Object.values(keyUsers).map((u) => [u.key, u]));

	const sb = {
		url: '',
		matonUrl: '',
		keys,
		matonConnections,
		store,
		requests: [],
		clock: createClock(start, options.clock || 'real'),
	};
	sb.rateLimit = createRateLimiter(sb, options.rateLimit === false ? { enabled: false } : { ...DEFAULT_LIMITS, ...(options.rateLimit || {}) });
	const faultRules = [];
	sb.faults = { add: (rule) => faultRules.push({ times: 1, ...rule }), clear: () => faultRules.splice(0) };
	sb.clearRequests = () => sb.requests.splice(0);

	sb.companyVisible = (req, companyId) => !req.user.company_ids || req.user.company_ids.includes(companyId);
	sb.requireWriter = (req) => { if (req.user.role === 'reporting') fail(403, 'You do not have permission to perform the requested action'); };
	sb.requireRole = (req, roles) => { if (!roles.includes(req.user.role)) fail(403, 'You do not have permission to perform the requested action'); };
	sb.requireAdmin = (req) => sb.requireRole(req, ['admin']);
	sb.requireIntegrationAdmin = (req, companyId) => {
		if (req.user.role === 'admin') return;
		if (req.user.role === 'manager' && sb.companyVisible(req, companyId)) return;
		fail(403, 'You do not have permission to perform the requested action');
	};
	sb.ensureTag = (account, companyId, name) => {
		if (!store.tags.some((t) => t.account_id === account.id && t.name === name && (t.company_id === companyId || t.tag_level === 'account'))) {
			store.tags.push({ id: ++store.seq.tag, name, tag_level: 'company', color: 'gray1', background_color: 'gray1', company_id: companyId, account_id: account.id, status: 'enabled', created_at: DateTime.fromJSDate(sb.clock.now()).toISO() });
		}
	};

	const accountCompanies = (accountId) => store.companies.filter((c) => c.account_id === accountId);
	sb.ids = {
		accounts: store.accounts.map((a) => a.id),
		singleAccount: primary.id,
		companies: Object.fromEntries(store.accounts.map((a) => [a.id, accountCompanies(a.id).map((c) => c.id)])),
		trackers: Object.fromEntries(store.companies.map((c) => [c.id, store.trackers.filter((t) => t.company.id === c.id).map((t) => t.id)])),
		users: Object.fromEntries(store.accounts.map((a) => [a.id, store.users.filter((u) => u.account_ids.includes(a.id)).map((u) => u.id)])),
	};

	sb.seedCalls = (accountId, count, opts = {}) => {
		const account = store.accounts.find((a) => a.id === accountId);
		const companies = accountCompanies(accountId);
		const company = opts.companyId ? companies.find((c) => c.id === opts.companyId) : undefined;
		return seedCalls(store, account, companies, count, DateTime.fromJSDate(sb.clock.now()), rng, { company, startOffsetDays: opts.startOffsetDays || 0 }).map((c) => c.id);
	};
	sb.addCall = (accountId, partial = {}) => {
		const account = store.accounts.find((a) => a.id === accountId);
		const { companyId, trackerId, start_time: startTime, ...rest } = partial;
		const company = companyId ? store.companies.find((c) => c.id === companyId) : accountCompanies(accountId)[0];
		const tracker = trackerId ? store.trackers.find((t) => t.id === trackerId) : store.trackers.find((t) => t.company.id === company.id);
		const at = startTime ? DateTime.fromISO(startTime) : DateTime.fromJSDate(sb.clock.now());
		const call = makeCall(store, account, company, tracker, at, rng, [], rest);
		insertCalls(store, [call]);
		return calls.presentCall(call, ['company_id', 'tracker_id', 'tags', 'lead_status', 'value', 'note']);
	};
	sb.updateCall = (callId, patch) => {
		const call = store.calls.find((c) => c.id === callId);
		if (!call) throw new Error(`No call ${callId}`);
		if (patch.tags) patch = { ...patch, tags: patch.tags.map((t) => (typeof t === 'string' ? { name: t } : t)) };
		Object.assign(call, patch);
		call._updatedMs = sb.clock.now().getTime();
		call._changes = Object.keys(patch);
		return call;
	};
	sb.addFormSubmission = (accountId, partial = {}) => {
		const company = partial.company_id ? store.companies.find((c) => c.id === partial.company_id) : accountCompanies(accountId)[0];
		const name = partial.customer_name || 'Jamie Rivera';
		const number = partial.customer_phone_number || phone(rng, '404');
		const form = {
			id: maskedId(rng, 'FOR'), account_id: accountId, company_id: company.id, person_id: maskedId(rng, 'PER'),
			form_data: { name, phone: number, message: 'New enquiry' }, form_url: 'https://www.example.com/contact',
			landing_page_url: 'https://www.example.com/', referrer: 'direct', referring_url: null,
			submitted_at: DateTime.fromJSDate(sb.clock.now()).setZone(callZone(company)).toISO(), first_form: true,
			customer_phone_number: number, customer_name: name, customer_email: null, formatted_customer_phone_number: number,
			formatted_customer_name: name, source: 'Direct', keywords: null, campaign: null, medium: 'direct', company_name: company.name,
			lead_status: null, value: null, note: null, tags: [], utm_source: null, utm_medium: null, utm_campaign: null, form_name: 'Contact us',
			timeline_url: null, milestones: null, ...partial,
		};
		store.formSubmissions.unshift(form);
		return form;
	};
	sb.addTextMessage = (accountId, partial = {}) => {
		const conv = partial.conversation_id ? store.conversations.find((c) => c.id === partial.conversation_id) : store.conversations.find((c) => c.account_id === accountId);
		const company = store.companies.find((c) => c.id === conv.company_id);
		const message = { id: maskedId(rng, 'SCI'), direction: partial.direction || 'incoming', content: partial.content || 'Is anyone available today?', created_at: DateTime.fromJSDate(sb.clock.now()).setZone(callZone(company)).toISO(), type: 'sms', message_type: 'sms', status: null, media_urls: [] };
		conv.messages.push(message);
		conv.last_message_at = message.created_at;
		const thread = store.smsThreads.find((t) => t.id === conv.id);
		if (thread) thread.last_message_at = message.created_at;
		return { conversation: conv, message };
	};
	sb.fireWebhook = (args) => fireWebhook(sb, args);

	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			handle(sb, ROUTES, usersByKey, faultRules, req, Buffer.concat(chunks).toString('utf8'))
				.then((result) => respond(res, result))
				.catch((error) => respond(res, { status: 500, body: { error: String(error && error.message) } }));
		});
	});
	await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const { port } = server.address();
	sb.url = `http://127.0.0.1:${port}`;
	sb.matonUrl = `${sb.url}/callrail`;
	sb.close = () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); });
	return sb;
}

function respond(res, { status, body, headers = {} }) {
	if (res.headersSent) return;
	const payload = status === 204 || body === undefined ? '' : JSON.stringify(body);
	res.writeHead(status, { ...(payload ? { 'Content-Type': 'application/json; charset=utf-8' } : {}), ...headers });
	res.end(payload);
}

function authenticate(sb, usersByKey, req, maton) {
	const header = String(req.headers.authorization || '');
	if (maton) {
		const match = header.match(/^Bearer\s+(.+)$/);
		if (!match || match[1].trim() !== sb.keys.maton) fail(401, 'Invalid Maton API key');
		const connection = req.headers['maton-connection'];
		const name = connection ? Object.keys(sb.matonConnections).find((n) => sb.matonConnections[n] === connection) : 'agencyAdmin';
		if (!name) fail(400, `Unknown Maton connection: ${connection}`);
		return usersByKey.get(sb.keys[name]);
	}
	const match = header.match(/^Token\s+token="?([^"\s]+)"?$/);
	const user = match && usersByKey.get(match[1]);
	if (!user) fail(401, 'HTTP Token: Access denied.');
	return user;
}

async function handle(sb, routes, usersByKey, faultRules, req, rawBody) {
	const url = new URL(req.url, 'http://sandbox');
	const entry = {
		method: req.method, path: url.pathname, query: parseQuery(url.search.slice(1)), rawQuery: url.search.slice(1),
		headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v)])),
		body: null, rawBody, status: 0, at: sb.clock.now().toISOString(),
	};
	sb.requests.push(entry);
	const finish = (result) => { entry.status = result.status; return result; };
	try {
		let path = url.pathname;
		const maton = path.startsWith('/callrail/');
		if (maton) path = path.slice('/callrail'.length);
		if (!path.startsWith('/v3/')) fail(404, 'Not Found');
		const user = authenticate(sb, usersByKey, req, maton);
		if (rawBody && ['POST', 'PUT'].includes(req.method)) {
			if (!String(req.headers['content-type'] || '').includes('application/json')) fail(406, 'Send the request body as JSON (Content-Type: application/json)');
			try { entry.body = JSON.parse(rawBody); } catch { fail(400, 'The request body is not valid JSON'); }
		}
		const request = { user, query: entry.query, body: entry.body, method: req.method };
		const fault = faultRules.find((rule) => rule.times > 0 && (!rule.method || rule.method === req.method) && (!rule.path || (rule.path instanceof RegExp ? rule.path.test(url.pathname) : url.pathname.includes(rule.path))));
		if (fault) {
			fault.times--;
			if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
			if (fault.status) return finish({ status: fault.status, body: fault.body ?? { error: `Injected ${fault.status}` }, headers: fault.headers });
		}
		const rest = path.slice('/v3/'.length);
		if (rest === 'a.json') {
			if (req.method !== 'GET') fail(405, 'Method Not Allowed');
			return finish(r.listAccounts(sb, request));
		}
		const accountMatch = rest.match(/^a\/([^/.]+)(\.json|\/(.*))$/);
		if (!accountMatch) fail(404, 'Not Found');
		const account = sb.store.accounts.find((a) => a.id === accountMatch[1] || String(a.numeric_id) === accountMatch[1]);
		if (!account || !user.account_ids.includes(account.id)) fail(404, 'Account not found');
		request.account = account;
		if (accountMatch[2] === '.json') {
			if (req.method !== 'GET') fail(405, 'Method Not Allowed');
			return finish(r.getAccount(sb, request));
		}
		const sub = accountMatch[3];
		const candidates = routes.filter((route) => route.regex.test(sub));
		if (!candidates.length) fail(404, 'Not Found');
		const route = candidates.find((c) => c.method === req.method);
		if (!route) fail(405, 'Method Not Allowed');
		const limited = sb.rateLimit.check(account.id, route.limit);
		if (limited) return finish(limited);
		const params = sub.match(route.regex).slice(1).map(decodeURIComponent);
		return finish(route.handler(sb, request, ...params));
	} catch (error) {
		if (error instanceof HttpError) return finish({ status: error.status, body: { error: error.message }, headers: error.headers });
		return finish({ status: 500, body: { error: 'Internal Server Error' } });
	}
}

module.exports = { startSandbox, signPayload, WEBHOOK_EVENTS };
