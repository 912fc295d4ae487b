'use strict';
/**
 * The live check behind `npm run live-check`: every read operation of the CallRail node once, limit 1, through n8n's
 * engine, against the real API (or the Maton gateway, or in dry mode the sandbox), with each answer compared to the
 * contract fixtures. Requests go through a loopback counting proxy so the table can say what each operation spent.
 * Shared by scripts/live-check.mjs and its dry-mode jest test (test/contract/live-check.test.ts).
 */
const http = require('node:http');
const https = require('node:https');

const { compareShape, loadExamples, recordsOf } = require('./contract');

/** GET operations of the CallRail node the check does not run, and why. */
const SKIPPED = {
	'call.getPageViews':
		'page views exist only for calls to a website (session) tracker, which one record of Call › Get Many does not reveal without more requests',
};

/** The built CallRail node's description (dist/, so `npm run build` first), at its default version. */
function builtDescription() {
	const { CallRail } = require('../../dist/nodes/CallRail/CallRail.node.js');
	const node = new CallRail();
	return node.nodeVersions ? node.nodeVersions[node.description.defaultVersion].description : node.description;
}

/** `resource.operation` of every operation whose request is a GET, in the order the description lists them. */
function getOperations(description = builtDescription()) {
	const keys = [];
	for (const property of description.properties) {
		if (property.name !== 'operation') continue;
		for (const option of property.options) {
			if (option.routing?.request?.method !== 'GET') continue;
			for (const resource of property.displayOptions?.show?.resource ?? []) keys.push(`${resource}.${option.value}`);
		}
	}
	return keys;
}

/** What the check reads: every GET operation but the skipped ones. */
const readOperations = (description) => getOperations(description).filter((key) => !(key in SKIPPED));

const PLACEHOLDER = /\{([a-z_0-9]+)\}/g;

/** Placeholders a fixture's node parameters need. */
function needs(value, found = new Set()) {
	if (typeof value === 'string') for (const m of value.matchAll(PLACEHOLDER)) found.add(m[1]);
	else if (Array.isArray(value)) value.forEach((v) => needs(v, found));
	else if (value && typeof value === 'object') Object.values(value).forEach((v) => needs(v, found));
	return found;
}

function fillParameters(value, ids) {
	if (typeof value === 'string') {
		const locator = value.startsWith('rl:');
		const text = (locator ? value.slice(3) : value).replace(PLACEHOLDER, (m, name) => (ids[name] === undefined ? m : String(ids[name])));
		return locator ? { __rl: true, mode: 'id', value: text } : text;
	}
	if (Array.isArray(value)) return value.map((v) => fillParameters(v, ids));
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillParameters(v, ids)]));
	return value;
}

/** Limit 1 wherever the operation pages (lists, and the messages of a thread); others ignore the two. */
function limitOne(parameters) {
	return { ...parameters, returnAll: false, limit: 1 };
}

/** A loopback proxy to `target` that counts requests and remembers the last status. */
async function startCountingProxy(target) {
	const counter = { requests: 0, statuses: [] };
	const base = new URL(target);
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			counter.requests++;
			const headers = { ...req.headers };
			delete headers.host;
			delete headers['content-length'];
			delete headers.connection;
			const basePath = base.pathname.replace(/\/$/, '');
			// A fresh connection per request (agent: false), so nothing is left open when the check ends.
			const transport = base.protocol === 'https:' ? https : http;
			const upstream = transport.request(`${base.origin}${basePath}${req.url}`, { method: req.method, headers, agent: false }, (reply) => {
				const body = [];
				reply.on('data', (c) => body.push(c));
				reply.on('end', () => {
					counter.statuses.push(reply.statusCode);
					const out = { ...reply.headers };
					delete out.connection;
					delete out['transfer-encoding'];
					const buffer = Buffer.concat(body);
					res.writeHead(reply.statusCode, { ...out, 'content-length': buffer.length });
					res.end(buffer);
				});
			});
			upstream.on('error', (error) => {
				counter.statuses.push(0);
				res.writeHead(502, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: `live-check proxy: ${error.message}` }));
			});
			if (chunks.length) upstream.write(Buffer.concat(chunks));
			upstream.end();
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	return {
		url: `http://127.0.0.1:${port}${base.pathname.replace(/\/$/, '')}`,
		counter,
		close: () => new Promise((r) => {
			server.closeAllConnections();
			server.close(r);
		}),
	};
}

const short = (list, max = 6) => (list.length <= max ? list.join(', ') : `${list.slice(0, max).join(', ')} (+${list.length - max})`);

/**
 * Runs the check. `connection`: { mode: 'apiKey', apiKey, baseUrl } or { mode: 'maton', apiKey, baseUrl, connectionId }.
 * `runNode`: the harness's runNode (n8n's engine). Returns the rows and the total requests spent.
 */
async function liveCheck({ runNode, connection, accountId, write = false, log = () => {}, description = builtDescription() }) {
	const proxy = await startCountingProxy(connection.baseUrl);
	const credentials =
		connection.mode === 'maton'
			? { authMode: 'matonGateway', matonApiKey: connection.apiKey, matonBaseUrl: proxy.url, matonConnectionId: connection.connectionId ?? '' }
			: { authMode: 'apiKey', apiKey: connection.apiKey, baseUrlOverride: proxy.url };
	const examples = loadExamples();
	const exampleOf = (key) => examples.find((e) => `${e.resource}.${e.node.operation}` === key);
	const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
	const ids = { today: day(0), recent_date: day(-6), ...(accountId ? { account_id: accountId } : {}) };
	const rows = [];
	const run = async (label, resource, operation, parameters, example) => {
		const before = proxy.counter.requests;
		const statusesBefore = proxy.counter.statuses.length;
		const result = await runNode(
			// Raw output: the check compares what CallRail answers with the reference's fields, and later reads take IDs from it.
			{ resource, operation, output: 'raw', ...parameters, accountId: { __rl: true, mode: 'id', value: String(ids.account_id ?? '') } },
			{ credentials },
		);
		const spent = proxy.counter.requests - before;
		const statuses = proxy.counter.statuses.slice(statusesBefore);
		const row = { operation: label, status: statuses.length ? statuses[statuses.length - 1] : 'local', requests: spent, unknown: [], missing: [], error: result.error?.message };
		if (!result.error && example && example.response.body) {
			// A record read over several pages (a thread's messages) comes back whole, without the page counters.
			const { page, per_page, total_pages, total_records, ...documented } = recordsOf(example.response.body, example.response.envelope)[0] ?? {};
			const actual = result.json[0];
			if (Object.keys(documented).length && actual) {
				const shape = compareShape(documented, actual, { freeform: example.freeform, tolerate: example.tolerate });
				row.unknown = shape.unknown;
				row.missing = [...shape.missing, ...shape.mismatched];
			}
		}
		rows.push(row);
		log(row);
		return result;
	};

	try {
		const reads = readOperations(description).map((key) => {
			const example = exampleOf(key);
			if (!example) throw new Error(`No contract fixture for ${key}`);
			const needed = [...needs(example.node.parameters)].filter((n) => n !== 'account_id');
			return { key, example, needed: key === 'account.getMany' ? needed : ['account_id', ...needed] };
		});
		// A list provides, from its first record, the IDs the other reads of its resource need and it does not
		// (Call › Get Many gives call_id, and recorded_call_id when that call has a recording).
		const providedBy = (list) => {
			const resource = list.key.split('.')[0];
			const names = reads.filter((r) => r !== list && r.key.startsWith(`${resource}.`)).flatMap((r) => r.needed);
			return [...new Set(names)].filter((n) => !list.needed.includes(n) && n.endsWith('_id'));
		};
		// Run whatever has its IDs, pass after pass, until nothing more can run; the rest is skipped.
		let pending = reads;
		for (let progress = true; progress; ) {
			progress = false;
			for (const read of pending.filter((r) => r.needed.every((n) => ids[n] !== undefined))) {
				pending = pending.filter((r) => r !== read);
				progress = true;
				const [resource, operation] = read.key.split('.');
				const parameters = limitOne(fillParameters(read.example.node.parameters, ids));
				// Timeline events are what the fixture shows; the lead summary item would be compared with an event.
				if (read.key === 'lead.getTimeline') parameters.leadSummary = 'none';
				const result = await run(read.key, resource, operation, parameters, read.example);
				const first = result.json?.[0];
				if (result.error || !first || !/^getMany/.test(operation)) continue;
				for (const name of providedBy(read)) {
					if (ids[name] !== undefined || (name.startsWith('recorded_') && !first.recording)) continue;
					ids[name] = first.id;
				}
			}
		}
		for (const read of pending) {
			const missing = read.needed.filter((n) => ids[n] === undefined);
			rows.push({ operation: read.key, status: 'skipped', requests: 0, unknown: [], missing: [], error: `no ${missing.join(', ')} seen` });
			log(rows[rows.length - 1]);
		}
		if (write) {
			if (!ids.company_id) throw new Error('--write needs a company: none was listed');
			const name = `n8n live-check ${new Date().toISOString().slice(0, 19)}`;
			const created = await run('tag.create (--write)', 'tag', 'create', { name, tagLevel: 'company', companyId: { __rl: true, mode: 'id', value: String(ids.company_id) } }, exampleOf('tag.create'));
			const tagId = created.json?.[0]?.id;
			if (tagId !== undefined) {
				const locator = { __rl: true, mode: 'id', value: String(tagId) };
				await run('tag.update (--write)', 'tag', 'update', { tagId: locator, updateFields: { name: `${name} (renamed)` } }, exampleOf('tag.update'));
				await run('tag.delete (--write)', 'tag', 'delete', { tagId: locator }, null);
			}
		}
	} finally {
		await proxy.close();
	}
	return { rows, requests: proxy.counter.requests };
}

/** The table the script prints. */
function formatTable(rows) {
	const lines = [['Operation', 'Status', 'Requests', 'Fields the fixtures do not know', 'Fixture fields missing']];
	for (const r of rows) {
		lines.push([r.operation, String(r.status), String(r.requests), short(r.unknown), r.error ? r.error.slice(0, 80) : short(r.missing)]);
	}
	const widths = lines[0].map((_, i) => Math.min(48, Math.max(...lines.map((l) => l[i].length))));
	return lines.map((l) => l.map((cell, i) => cell.slice(0, widths[i]).padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

module.exports = { liveCheck, formatTable, getOperations, readOperations, SKIPPED };
