// A throwaway n8n community package for smoke.mjs: one declarative node + one credential, plain CommonJS (no build),
// so that the e2e pipeline can be proven without depending on the real package being finished.
//
//   node "<pkg>.smokeEcho"  (display name "Smoke Echo"): GET <baseUrl>/echo?message=<Message>
//   credential "smokeEchoApi" (display name "Smoke Echo API"): Base URL + API Key, sent as header X-Smoke-Key
//
// startEchoServer() is the API it calls: 127.0.0.1 only, answers {message, keyReceived, path}.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const SMOKE_PACKAGE = 'n8n-nodes-e2e-smoke';
export const SMOKE_NODE = 'smokeEcho';
export const SMOKE_NODE_DISPLAY = 'Smoke Echo';
export const SMOKE_CREDENTIAL = 'smokeEchoApi';
export const SMOKE_CREDENTIAL_DISPLAY = 'Smoke Echo API';
/** The type name n8n gives the node once the package is installed in <userFolder>/.n8n/nodes. */
export const SMOKE_NODE_TYPE = `${SMOKE_PACKAGE}.${SMOKE_NODE}`;

// n8n expressions: a RegExp built from a string (as n8n's own Gong node does) rather than a regex literal.
const BASE_URL_EXPRESSION = '={{ $credentials.baseUrl.replace(new RegExp("/+$"), "") }}';

const NODE_JS = `'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.SmokeEcho = void 0;
class SmokeEcho {
	constructor() {
		this.description = {
			displayName: '${SMOKE_NODE_DISPLAY}',
			name: '${SMOKE_NODE}',
			icon: 'file:smokeEcho.svg',
			group: ['transform'],
			version: 1,
			subtitle: '={{ $parameter["operation"] }}',
			description: 'Echoes a message through a tiny local API (e2e smoke test)',
			defaults: { name: '${SMOKE_NODE_DISPLAY}' },
			usableAsTool: true,
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: '${SMOKE_CREDENTIAL}', required: true }],
			requestDefaults: {
				baseURL: ${JSON.stringify(BASE_URL_EXPRESSION)},
				headers: { Accept: 'application/json' },
			},
			properties: [
				{
					displayName: 'Operation',
					name: 'operation',
					type: 'options',
					noDataExpression: true,
					options: [
						{
							name: 'Echo',
							value: 'echo',
							action: 'Echo a message',
							description: 'Send a message and get it back',
							routing: { request: { method: 'GET', url: '/echo' } },
						},
					],
					default: 'echo',
				},
				{
					displayName: 'Message',
					name: 'message',
					type: 'string',
					default: 'hello',
					description: 'The text to echo',
					displayOptions: { show: { operation: ['echo'] } },
					routing: { send: { type: 'query', property: 'message' } },
				},
			],
		};
	}
}
exports.SmokeEcho = SmokeEcho;
`;

const CREDENTIAL_JS = `'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.SmokeEchoApi = void 0;
class SmokeEchoApi {
	constructor() {
		this.name = '${SMOKE_CREDENTIAL}';
		this.displayName = '${SMOKE_CREDENTIAL_DISPLAY}';
		this.icon = 'file:smokeEcho.svg';
		this.documentationUrl = 'smokeecho';
		this.properties = [
			{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: 'http://127.0.0.1:1', required: true },
			{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '', required: true },
		];
		this.authenticate = { type: 'generic', properties: { headers: { 'X-Smoke-Key': '={{ $credentials.apiKey }}' } } };
		this.test = { request: { baseURL: ${JSON.stringify(BASE_URL_EXPRESSION)}, url: '/echo', qs: { message: 'credential-test' } } };
	}
}
exports.SmokeEchoApi = SmokeEchoApi;
`;

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#2f7d6d"/><path d="M16 22h32M16 32h24M16 42h32" stroke="#fff" stroke-width="5" stroke-linecap="round"/></svg>
`;

/** Writes the package into `dir` (created); returns `dir`. Pack it with `npm pack`. */
export function writeSmokePackage(dir, { version = '0.0.1' } = {}) {
	const files = {
		'package.json': `${JSON.stringify(
			{
				name: SMOKE_PACKAGE,
				version,
				description: 'Throwaway n8n community package for the e2e smoke test',
				license: 'MIT',
				keywords: ['n8n-community-node-package'],
				main: 'index.js',
				files: ['index.js', 'dist'],
				n8n: {
					n8nNodesApiVersion: 1,
					credentials: ['dist/credentials/SmokeEchoApi.credentials.js'],
					nodes: ['dist/nodes/SmokeEcho/SmokeEcho.node.js'],
				},
				peerDependencies: { 'n8n-workflow': '*' },
				peerDependenciesMeta: { 'n8n-workflow': { optional: true } },
			},
			null,
			2,
		)}\n`,
		'index.js': "'use strict';\nmodule.exports = {};\n",
		'dist/nodes/SmokeEcho/SmokeEcho.node.js': NODE_JS,
		'dist/nodes/SmokeEcho/smokeEcho.svg': ICON_SVG,
		'dist/credentials/SmokeEchoApi.credentials.js': CREDENTIAL_JS,
		'dist/credentials/smokeEcho.svg': ICON_SVG,
	};
	for (const [rel, text] of Object.entries(files)) {
		const file = path.join(dir, rel);
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, text);
	}
	return dir;
}

/** The API the smoke node calls. Resolves to { url, requests, close() }; `requests` records what arrived. */
export function startEchoServer() {
	const requests = [];
	const server = http.createServer((req, res) => {
		const u = new URL(req.url, 'http://127.0.0.1');
		requests.push({ method: req.method, path: u.pathname, query: Object.fromEntries(u.searchParams), key: req.headers['x-smoke-key'] ?? null });
		if (u.pathname !== '/echo') {
			res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
			return;
		}
		if (!req.headers['x-smoke-key']) {
			res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"missing X-Smoke-Key"}');
			return;
		}
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ message: u.searchParams.get('message'), keyReceived: req.headers['x-smoke-key'], path: u.pathname }));
	});
	return new Promise((resolve, reject) => {
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const url = `http://127.0.0.1:${server.address().port}`;
			resolve({ url, requests, close: () => new Promise((r) => server.close(() => r())) });
		});
	});
}
