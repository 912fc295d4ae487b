'use strict';
const http = require('node:http');
const { HttpError, fail, forbid } = require('./errors');
const { parseQuery } = require('./query');
const { authenticate } = require('./auth');
const { matchRoute } = require('./router');
const { multipartTextBody } = require('./media');

const METHODS = ['GET', 'POST', 'PUT', 'DELETE'];
const MATON_PREFIX = '/callrail';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function tryJson(text) {
	if (!text) return null;
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}

/**
 * Order of checks, roughly as a Rails app behind CallRail's edge would apply them:
 * path prefix (404) → method (405) → auth (401) → injected faults → account visibility (404) → route (404/405)
 * → rate limit (429) → body format (406/400) → role (403) → handler.
 */
async function dispatch(sb, ctx, entry, incoming) {
	let path = entry.path;
	const maton = path === MATON_PREFIX || path.startsWith(`${MATON_PREFIX}/`);
	if (maton) path = path.slice(MATON_PREFIX.length);
	const appLink = !maton && sb.media.appRoute(entry);
	if (appLink) return appLink;
	if (!path.startsWith('/v3/')) fail(404, 'Not Found');
	if (!METHODS.includes(entry.method)) fail(405, 'Method Not Allowed');
	const user = authenticate(ctx.identity, entry.headers, maton);

	const fault = sb.faults.take(entry.method, entry.path);
	if (fault) {
		if (fault.delayMs) await sleep(fault.delayMs);
		if (fault.status) return { status: fault.status, body: fault.body !== undefined ? fault.body : { error: `Injected fault (${fault.status})` }, headers: fault.headers || {} };
	}

	if (sb.beforeRequest) await sb.beforeRequest(entry);
	const rest = path.slice('/v3/'.length);
	const req = { user, query: entry.query, body: null, method: entry.method, account: null };
	if (rest === 'a.json') {
		if (entry.method !== 'GET') fail(405, 'Method Not Allowed');
		return ctx.handlers.accounts.listAccounts(sb, req);
	}
	const accountMatch = rest.match(/^a\/([^/]+?)(\.json|\/(.+))$/);
	if (!accountMatch) fail(404, 'Not Found');
	// Both the masked id and the 9-digit numeric id (used by next_page URLs) address an account.
	const account = sb.store.accounts.find((a) => a.id === accountMatch[1] || String(a.numeric_id) === accountMatch[1]);
	if (!account || !user.account_ids.includes(account.id)) fail(404, 'Not Found');
	req.account = account;
	entry.account = account.id;

	let route = null;
	let params = [];
	if (accountMatch[2] !== '.json') {
		const matched = matchRoute(ctx.routes, entry.method, accountMatch[3]);
		if (matched.status === 404) fail(404, 'Not Found');
		if (matched.status === 405) fail(405, 'Method Not Allowed');
		({ route, params } = matched);
	} else if (entry.method !== 'GET') fail(405, 'Method Not Allowed');

	const limited = sb.rateLimit.check(account.id, route && route.opts.limit);
	if (limited) return limited;

	req.body = readBody(entry, incoming, route);
	if (!route) return ctx.handlers.accounts.getAccount(sb, req);
	if (user.role === 'reporting' && entry.method !== 'GET' && !route.opts.selfService) forbid();
	return route.handler(sb, req, ...params);
}

/** POST/PUT take a JSON body; parameters in the wrong place (query on a write, body on a read) are a 406. */
function readBody(entry, incoming, route) {
	const raw = entry.rawBody;
	const json = /^application\/(?:[\w.+-]*\+)?json\b/i.test(String(incoming.headers['content-type'] || ''));
	if (entry.method === 'POST' || entry.method === 'PUT') {
		if (!raw.trim()) {
			if (entry.rawQuery) fail(406, 'Send parameters of POST and PUT requests as a JSON body, not in the query string');
			return {};
		}
		const contentType = String(incoming.headers['content-type'] || '');
		if (route && route.opts.multipart && /^multipart\/form-data\b/i.test(contentType)) {
			const body = multipartTextBody(entry.rawBuffer, contentType, fail);
			const { bytes, ...file } = body.media_file || {};
			entry.multipart = { fields: Object.keys(body).filter((k) => k !== 'media_file'), file: body.media_file ? file : null };
			return body;
		}
		if (!json) fail(406, 'Send the request body as JSON with Content-Type: application/json');
		try {
			return JSON.parse(raw);
		} catch {
			return fail(400, 'The request body is not valid JSON');
		}
	}
	if (entry.method === 'GET' && raw.trim()) {
		if (!(route && route.opts.getBody && json)) fail(406, 'Send parameters of GET requests in the query string');
		const parsed = tryJson(raw);
		if (!parsed) fail(400, 'The request body is not valid JSON');
		return parsed;
	}
	return null;
}

function respond(res, { status, body, headers = {} }) {
	if (res.headersSent) return;
	const payload = status === 204 || body === undefined ? '' : JSON.stringify(body);
	res.writeHead(status, { ...(payload ? { 'Content-Type': 'application/json; charset=utf-8' } : {}), ...headers });
	res.end(payload);
}

function createServer(sb, ctx) {
	const sockets = new Set();
	const server = http.createServer((incoming, res) => {
		const chunks = [];
		incoming.on('data', (c) => chunks.push(c));
		incoming.on('end', () => {
			const url = new URL(incoming.url, 'http://sandbox.invalid');
			const rawQuery = url.search.slice(1);
			const rawBuffer = Buffer.concat(chunks);
			const rawBody = rawBuffer.toString('utf8');
			const entry = {
				method: incoming.method,
				path: url.pathname,
				query: parseQuery(rawQuery),
				rawQuery,
				headers: Object.fromEntries(Object.entries(incoming.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v)])),
				body: tryJson(rawBody),
				rawBody,
				rawBuffer,
				status: 0,
				at: sb.clock.now().toISOString(),
			};
			sb.requests.push(entry);
			dispatch(sb, ctx, entry, incoming)
				.catch((error) => {
					if (error instanceof HttpError) return { status: error.status, body: { error: error.message }, headers: error.headers };
					if (ctx.onError) ctx.onError(error);
					return { status: 500, body: { error: 'Internal Server Error' } };
				})
				.then((result) => {
					entry.status = result.status;
					respond(res, result);
				});
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	return {
		server,
		listen: (port) => new Promise((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => resolve(server.address().port));
		}),
		close: () => new Promise((resolve) => {
			for (const socket of sockets) socket.destroy();
			server.close(() => resolve());
		}),
	};
}

module.exports = { createServer };
