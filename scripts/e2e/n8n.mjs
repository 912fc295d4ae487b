// Drives a real n8n (installed by install-n8n.mjs) the way a self-hosted user and its editor do.
//
// Every REST route below was read from n8n 2.40.7's compiled code (node_modules/n8n/dist, @n8n/api-types/dist):
//   POST /rest/owner/setup            controllers/owner.controller.js   body OwnerSetupRequestDto {email, firstName, lastName, password}; skipAuth; sets the n8n-auth cookie
//   POST /rest/login                  controllers/auth.controller.js    body LoginRequestDto {emailOrLdapLoginId, password}; sets the n8n-auth cookie
//   (every authenticated call)        auth/auth.service.js              the cookie's JWT carries a hash of the `browser-id` header sent at login;
//                                                                       later requests must send the same header (server.js: req.browserId = req.headers['browser-id'])
//   POST /rest/credentials            credentials/credentials.controller.js  CreateCredentialDto {name, type, data}
//   POST /rest/credentials/test       credentials/credentials.controller.js  {credentials: {id?, name, type, data}}
//   POST /rest/workflows              workflows/workflows.controller.js CreateWorkflowDto {name, nodes, connections, settings?, ...}; answers {id, versionId, ...}
//   GET  /rest/workflows/:id          workflows/workflows.controller.js
//   POST /rest/workflows/:id/activate ActivateWorkflowDto {versionId, name?, description?, expectedChecksum?} (2.x "publish")
//   POST /rest/workflows/:id/deactivate DeactivateWorkflowDto {expectedChecksum?}
//   POST /rest/workflows/:id/run      ManualRunDto: {triggerToStartFrom: {name}} or {destinationNode: {nodeName, mode}}; answers {executionId} or {waitingForWebhook}
//   GET  /rest/active-workflows       controllers/active-workflows.controller.js: ids of active workflows
//   GET  /rest/active-workflows/error/:id   the activation error of a workflow, if any
//   GET  /rest/executions?filter=JSON executions/executions.controller.js + parse-range-query.middleware.js (filter keys: workflowId, status, ...; limit <= 100)
//   GET  /rest/executions/:id         answers the execution with `data` serialised by `flatted`
//   POST /rest/node-types             controllers/node-types.controller.js {nodeInfos: [{name, version}]} → descriptions (throws for an unknown type)
//   GET  /types/nodes.json            server.js protectTypeFiles(): every loaded node description, behind the auth cookie
//   GET  /types/credentials.json      server.js, same as nodes.json: every loaded credential type
//   GET  /healthz/readiness           abstract-server.js: 200 once the DB is migrated and the server is fully ready (2.x; 1.x earlier)
//   GET  /rest/settings               server.js (frontend settings, unauthenticated): 200 once the REST routes are mounted
//   POST /rest/workflows/:id/archive  workflows/workflows.controller.js; DELETE /rest/workflows/:id only deletes archived workflows
//   GET  /rest/api-keys/scopes        controllers/api-keys.controller.js: the scopes the user may grant
//   POST /rest/api-keys               CreateApiKeyRequestDto {label, scopes, expiresAt: number|null} → {rawApiKey, ...}
//   /api/v1/...                       public-api/v1 (openapi.yml), header X-N8N-API-KEY; answers are not wrapped in {data}
//                                     used: GET /api/v1/workflows/:id, GET /api/v1/executions?workflowId=&includeData=true
// Every /rest answer is wrapped as {data: ...} (response-helper.js).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { N8N_MAJOR, paths } from './versions.mjs';

export const OWNER = { email: 'owner@callrail-e2e.test', firstName: 'E2E', lastName: 'Owner', password: 'E2e-Passw0rd!' };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function nodeEnv(extra = {}) {
	const p = paths();
	const env = { ...process.env, ...extra };
	for (const k of Object.keys(env)) if (/^npm_/i.test(k)) delete env[k];
	env.PATH = `${p.nodeBin}${path.delimiter}${env.PATH}`;
	return env;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/**
 * The manual install of the README ("Manual install"): `npm install --omit=peer <package>` in `<userFolder>/.n8n/nodes`,
 * with the tarball standing in for the registry's package. `--omit=peer` matters: without it npm also installs the
 * peer dependency n8n-workflow next to the package, n8n then loads the node against that second copy and wraps the
 * node's errors again (their httpCode is lost). The folder gets a package.json first so that npm installs there and
 * not into a parent project. Returns { dir, dependencies, packages } (packages: every folder under node_modules).
 */
export function installPackage(tarball, userFolder) {
	const dir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(dir, { recursive: true });
	if (!fs.existsSync(path.join(dir, 'package.json'))) fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2)}\n`);
	const r = spawnSync('npm', ['install', '--omit=peer', '--no-audit', '--no-fund', '--loglevel=error', path.resolve(tarball)], { cwd: dir, encoding: 'utf8', env: nodeEnv() });
	if (r.status !== 0) throw new Error(`npm install --omit=peer ${tarball} in ${dir} failed (${r.status}):\n${r.stdout}${r.stderr}`);
	const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
	return { dir, dependencies: pkg.dependencies, packages: listPackages(path.join(dir, 'node_modules')) };
}

/**
 * Installs a tarball as n8n's Settings → Community Nodes installer does, step for step, so that what n8n users get is
 * what is tested. It follows n8n 2.40.7, packages/cli/src/modules/community-packages/community-packages.service.ts
 * (compiled: node_modules/n8n/dist/modules/community-packages/community-packages.service.js, downloadPackage at
 * line 653, ensurePackageJson 219, updatePackageJsonDependency 687; npm-utils.js executeNpmCommand 129):
 *   - the download folder is `<n8nFolder>/nodes` (InstanceSettings.nodesDownloadDir), with a ledger package.json
 *     `{name: 'installed-nodes', private: true, dependencies: {}}` (ensurePackageJson / buildPackageJsonFromDatabase);
 *   - downloadPackage(): mkdir `nodes/node_modules/<name>`; `npm pack <name>@<version> --quiet` in the download folder
 *     (here: the tarball copied there, as npm pack would leave it); `tar -xzf <tgz> -C <packageDirectory>
 *     --strip-components=1`; package.json rewritten without devDependencies, peerDependencies and
 *     optionalDependencies (JSON.stringify(…, null, 2)); `npm install --audit=false --fund=false --bin-links=false
 *     --install-strategy=shallow --ignore-scripts=true --package-lock=false` in the package directory;
 *     updatePackageJsonDependency() writes `<name>: <version>` into the ledger; the tarball is removed.
 * n8n 1.123.81 (same file, downloadPackage at line 475, flags in NPM_COMMON_ARGS + NPM_INSTALL_ARGS at line 39) does
 * the same steps with the same flags, deleting an old package folder first where 2.x backs it up. What this skips,
 * because it needs the public registry and n8n's API: runRegistryChecks() (the package status at n8n's API, the
 * version's existence, the checksum) and the installed_packages database record (so the package is loaded from the
 * folder at start-up, as after a restart, and Settings does not list it).
 * `installerDrift()` checks the installed n8n's compiled installer still contains these steps, so that a change in
 * n8n's installer fails the e2e instead of going unnoticed.
 */
export function installLikeCommunityNodes(tarball, userFolder) {
	const downloadFolder = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(downloadFolder, { recursive: true });
	const ledger = path.join(downloadFolder, 'package.json');
	if (!fs.existsSync(ledger)) fs.writeFileSync(ledger, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2), 'utf-8');
	// The name comes from the tarball's package.json, as `npm pack <name>` would have fetched it by name.
	const peek = spawnSync('tar', ['-xzOf', path.resolve(tarball), 'package/package.json'], { encoding: 'utf8' });
	if (peek.status !== 0) throw new Error(`cannot read package/package.json from ${tarball}: ${peek.stderr}`);
	const { name } = JSON.parse(peek.stdout);
	const packageDirectory = path.join(downloadFolder, 'node_modules', name);
	fs.mkdirSync(packageDirectory, { recursive: true });
	const tarballName = path.basename(tarball);
	fs.copyFileSync(tarball, path.join(downloadFolder, tarballName));
	try {
		const untar = spawnSync('tar', ['-xzf', tarballName, '-C', packageDirectory, '--strip-components=1'], { cwd: downloadFolder, encoding: 'utf8' });
		if (untar.status !== 0) throw new Error(`tar -xzf ${tarballName} failed: ${untar.stderr}`);
		const packageJsonPath = path.join(packageDirectory, 'package.json');
		const { devDependencies, peerDependencies, optionalDependencies, ...packageJson } = JSON.parse(fs.readFileSync(packageJsonPath, 'utf-8'));
		fs.writeFileSync(packageJsonPath, JSON.stringify(packageJson, null, 2), 'utf-8');
		const args = ['install', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow', '--ignore-scripts=true', '--package-lock=false'];
		const r = spawnSync('npm', args, { cwd: packageDirectory, encoding: 'utf8', env: nodeEnv() });
		if (r.status !== 0) throw new Error(`npm ${args.join(' ')} in ${packageDirectory} failed (${r.status}):\n${r.stdout}${r.stderr}`);
		const ledgerJson = JSON.parse(fs.readFileSync(ledger, 'utf-8'));
		ledgerJson.dependencies[name] = packageJson.version;
		fs.writeFileSync(ledger, JSON.stringify(ledgerJson, null, 2), 'utf-8');
		return { dir: downloadFolder, packageDirectory, dependencies: ledgerJson.dependencies, packages: listPackages(path.join(downloadFolder, 'node_modules')), stripped: { devDependencies, peerDependencies, optionalDependencies } };
	} finally {
		fs.rmSync(path.join(downloadFolder, tarballName), { force: true });
	}
}

/** The steps of installLikeCommunityNodes missing from the installed n8n's compiled installer (empty when none). */
export function installerDrift() {
	const file = path.join(paths().n8nDir, 'node_modules', 'n8n', 'dist', 'modules', 'community-packages', 'community-packages.service.js');
	const source = fs.readFileSync(file, 'utf8');
	const expected = [
		"'pack', `${packageName}@${packageVersion}`",
		"'-xzf', tarballName, '-C', packageDirectory, '--strip-components=1'",
		'const { devDependencies, peerDependencies, optionalDependencies, ...packageJson } = JSON.parse(packageJsonContent)',
		'JSON.stringify(packageJson, null, 2)',
		"'--audit=false'",
		"'--fund=false'",
		"'--bin-links=false'",
		"'--install-strategy=shallow'",
		"'--ignore-scripts=true'",
		"'--package-lock=false'",
		'cwd: packageDirectory',
		'updatePackageJsonDependency(packageName, packageJson.version)',
		"name: 'installed-nodes'",
	];
	return expected.filter((snippet) => !source.includes(snippet)).map((snippet) => `${snippet} (not in ${file})`);
}

/** Every package folder under a node_modules, nested ones included ("a", "@scope/b", "a/node_modules/c"). */
export function listPackages(nodeModules, prefix = '') {
	if (!fs.existsSync(nodeModules)) return [];
	const out = [];
	for (const entry of fs.readdirSync(nodeModules)) {
		if (entry.startsWith('.')) continue;
		const full = path.join(nodeModules, entry);
		const names = entry.startsWith('@') ? fs.readdirSync(full).map((n) => `${entry}/${n}`) : [entry];
		for (const n of names) {
			if (!fs.existsSync(path.join(nodeModules, n, 'package.json'))) continue;
			out.push(`${prefix}${n}`);
			out.push(...listPackages(path.join(nodeModules, n, 'node_modules'), `${prefix}${n}/node_modules/`));
		}
	}
	return out;
}

/** The environment of every n8n process started here: loopback only, and nothing that phones home. */
export function n8nEnv({ userFolder, port, runnerPort, env = {} }) {
	return nodeEnv({
		N8N_USER_FOLDER: userFolder,
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
		N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		// The MCP registry module (2.x only; 1.x refuses an unknown module name) fetches a server list from n8n's API at start-up.
		...(N8N_MAJOR >= 2 ? { N8N_DISABLED_MODULES: 'mcp-registry' } : {}),
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		EXTERNAL_FRONTEND_HOOKS_URLS: '',
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true',
		N8N_RUNNERS_BROKER_PORT: String(runnerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_OUTPUT: 'console',
		DB_SQLITE_POOL_SIZE: '2',
		GENERIC_TIMEZONE: 'UTC',
		TZ: 'UTC',
		...env,
	});
}

function logTail(file, lines = 40) {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
	} catch {
		return '(no log)';
	}
}

/**
 * An n8n process with Node 24 on 127.0.0.1: `n8n start` (the default), `n8n webhook` (a webhook processor, serving on
 * `port`) or `n8n worker` (queue mode; `port` is then its health server, QUEUE_HEALTH_CHECK_ACTIVE on 127.0.0.1).
 * Resolves once /healthz/readiness answers 200 on `port`.
 * Returns { url, port, logFile, pid, command, stop() }; stop() sends SIGTERM to n8n's process group, SIGKILL after
 * `killAfterMs` (20 s; n8n's own graceful shutdown waits up to N8N_GRACEFUL_SHUTDOWN_TIMEOUT, 30 s, for running jobs).
 * `nodeArgs` (default: E2E_N8N_NODE_ARGS split on spaces) go to Node before n8n's script, e.g. `--cpu-prof` to profile.
 */
export async function startN8n({ userFolder, port, env = {}, logFile, timeoutMs = 240_000, command = 'start', args = [], killAfterMs = 20_000, nodeArgs = (process.env.E2E_N8N_NODE_ARGS ?? '').split(' ').filter(Boolean) }) {
	const p = paths();
	port = port || (await freePort());
	const runnerPort = await freePort();
	logFile = logFile || path.join(userFolder, 'n8n.log');
	fs.mkdirSync(path.dirname(logFile), { recursive: true });
	const out = fs.openSync(logFile, 'a');
	// A worker serves no UI or webhooks; its health server is what `port` means for it.
	const processEnv =
		command === 'worker'
			? n8nEnv({ userFolder, port: await freePort(), runnerPort, env: { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1', ...env } })
			: n8nEnv({ userFolder, port, runnerPort, env });
	const child = spawn(p.node, [...nodeArgs, p.n8nBin, command, ...args], { cwd: userFolder, env: processEnv, stdio: ['ignore', out, out], detached: true });
	fs.closeSync(out);
	let exited = null;
	const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (exited) return;
		// SIGTERM to n8n alone, as `docker stop` (through tini) or Kubernetes send it: n8n then finishes or hands back
		// its running jobs and stops its own task runner. Signalling the whole group would stop the runner under it.
		try {
			process.kill(child.pid, 'SIGTERM');
		} catch {
			return;
		}
		const killer = setTimeout(() => {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				/* already gone */
			}
		}, killAfterMs);
		await exitPromise;
		clearTimeout(killer);
		// The task runner shares the group; make sure nothing of the group survives.
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			/* gone */
		}
	};
	const t0 = Date.now();
	while (Date.now() - t0 < timeoutMs) {
		if (exited) throw new Error(`n8n ${command} exited during start-up (${exited.signal ?? `exit ${exited.code}`}). Last lines of ${logFile}:\n${logTail(logFile)}`);
		try {
			const res = await fetch(`${url}/healthz/readiness`, { signal: AbortSignal.timeout(2000) });
			// n8n 1.x answers readiness before its REST controllers are mounted (migrations still running); the
			// frontend settings route answers once they are. Workers and webhook processors serve no REST API.
			const rest = res.status === 200 && (command !== 'start' || (await fetch(`${url}/rest/settings`, { signal: AbortSignal.timeout(2000) })).status === 200);
			if (rest) return { url, port, logFile, pid: child.pid, command, stop, startMs: Date.now() - t0 };
		} catch {
			/* not listening yet */
		}
		await sleep(500);
	}
	await stop();
	throw new Error(`n8n ${command} did not become ready within ${timeoutMs / 1000}s. Last lines of ${logFile}:\n${logTail(logFile)}`);
}

let flatted;
/** A response body: its JSON, the text itself when it is not JSON, undefined when empty. */
function jsonOrText(text) {
	if (!text) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

function parseFlatted(text) {
	if (!flatted) flatted = createRequire(path.join(paths().n8nDir, 'package.json'))('flatted');
	return flatted.parse(text);
}

export class RestError extends Error {
	constructor(method, route, status, body) {
		super(`${method} ${route} answered ${status}: ${typeof body === 'string' ? body.slice(0, 500) : JSON.stringify(body).slice(0, 500)}`);
		this.status = status;
		this.body = body;
	}
}

/** A cookie-authenticated client of n8n's internal REST API (what the editor uses). */
export class N8nClient {
	constructor(url) {
		this.url = url;
		this.browserId = randomUUID();
		this.cookie = '';
	}

	async raw(method, route, body, { headers = {} } = {}) {
		const res = await fetch(`${this.url}${route}`, {
			method,
			headers: { 'browser-id': this.browserId, ...(this.cookie ? { cookie: this.cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
			body: body !== undefined ? JSON.stringify(body) : undefined,
			redirect: 'manual',
		});
		const setCookies = res.headers.getSetCookie?.() ?? [];
		for (const c of setCookies) if (c.startsWith('n8n-auth=')) this.cookie = c.split(';')[0];
		const text = await res.text();
		return { status: res.status, body: jsonOrText(text), headers: res.headers };
	}

	async request(method, route, body) {
		const r = await this.raw(method, route, body);
		if (r.status >= 400) throw new RestError(method, route, r.status, r.body);
		return r.body && typeof r.body === 'object' && 'data' in r.body ? r.body.data : r.body;
	}

	/** Plain verbs (throw a RestError on >= 400, unwrap n8n's {data}): `api.get('/rest/workflows')`. */
	get(route) {
		return this.request('GET', route);
	}

	post(route, body = {}) {
		return this.request('POST', route, body);
	}

	patch(route, body = {}) {
		return this.request('PATCH', route, body);
	}

	put(route, body = {}) {
		return this.request('PUT', route, body);
	}

	del(route) {
		return this.request('DELETE', route);
	}

	/** What a browser needs to reuse this session: the cookie and the `browser-id` it was issued for. */
	session() {
		return { cookie: this.cookie, browserId: this.browserId, url: this.url };
	}

	async login({ email, password } = OWNER) {
		return await this.request('POST', '/rest/login', { emailOrLdapLoginId: email, password });
	}

	async createCredential({ name, type, data }) {
		return await this.request('POST', '/rest/credentials', { name, type, data });
	}

	async testCredential(credential) {
		return await this.request('POST', '/rest/credentials/test', { credentials: credential });
	}

	async createWorkflow(workflow) {
		const body = { name: workflow.name, nodes: workflow.nodes, connections: workflow.connections ?? {}, settings: { executionOrder: 'v1', ...(workflow.settings ?? {}) }, ...(workflow.id ? { id: workflow.id } : {}) };
		// n8n 1.x stores the body as sent and its `active` column is NOT NULL (the 1.x editor always sends it).
		if (N8N_MAJOR < 2) body.active = false;
		return await this.request('POST', '/rest/workflows', body);
	}

	async getWorkflow(id) {
		return await this.request('GET', `/rest/workflows/${id}`);
	}

	/** n8n 2.x "publishes" the current version: activation needs the workflow's versionId. */
	async activateWorkflow(id) {
		const wf = await this.getWorkflow(id);
		return await this.request('POST', `/rest/workflows/${id}/activate`, { versionId: wf.versionId });
	}

	/** Why n8n could not activate a workflow (null when it could). */
	async activationError(id) {
		return await this.request('GET', `/rest/active-workflows/error/${id}`);
	}

	/** Ids of the workflows n8n has active right now. */
	async activeWorkflowIds() {
		return await this.request('GET', '/rest/active-workflows');
	}

	async deactivateWorkflow(id) {
		return await this.request('POST', `/rest/workflows/${id}/deactivate`, {});
	}

	/** Runs a saved workflow as the editor's "Execute workflow" button does; returns the finished execution. */
	async runWorkflow(id, { triggerName, destinationNode, timeoutMs = 60_000 } = {}) {
		let payload = triggerName ? { triggerToStartFrom: { name: triggerName } } : { destinationNode: { nodeName: destinationNode, mode: 'inclusive' } };
		// n8n 1.x runs the workflow the editor sends (workflows.controller.js runManually: body.workflowData with its id);
		// 2.x runs the saved one (ManualRunDto has no workflowData).
		if (N8N_MAJOR < 2) payload = { workflowData: await this.getWorkflow(id), ...payload };
		const started = await this.request('POST', `/rest/workflows/${id}/run`, payload);
		if (!started?.executionId) throw new Error(`POST /rest/workflows/${id}/run did not start an execution: ${JSON.stringify(started)}`);
		return await this.waitForExecution(started.executionId, { timeoutMs });
	}

	async waitForExecution(executionId, { timeoutMs = 60_000 } = {}) {
		const t0 = Date.now();
		for (;;) {
			try {
				const ex = await this.getExecution(executionId);
				if (ex && ex.finished !== undefined && !['new', 'running', 'waiting'].includes(ex.status)) return ex;
			} catch (e) {
				if (!(e instanceof RestError) || e.status !== 404) throw e;
			}
			if (Date.now() - t0 > timeoutMs) throw new Error(`execution ${executionId} did not finish within ${timeoutMs / 1000}s`);
			await sleep(500);
		}
	}

	/** Executions of a workflow, newest first (summaries without data). */
	async listExecutions(workflowId, { limit = 100 } = {}) {
		const q = new URLSearchParams({ filter: JSON.stringify({ workflowId: String(workflowId) }), limit: String(limit) });
		const r = await this.request('GET', `/rest/executions?${q}`);
		return r.results ?? r;
	}

	/** One execution, with `data` decoded (IRunExecutionData). */
	async getExecution(id) {
		const ex = await this.request('GET', `/rest/executions/${id}`);
		if (ex && typeof ex.data === 'string') ex.data = parseFlatted(ex.data);
		return ex;
	}

	/**
	 * An API key for the public API (/api/v1, header X-N8N-API-KEY), with every scope the owner may grant.
	 * Routes: GET /rest/api-keys/scopes, POST /rest/api-keys {label, scopes, expiresAt} → {rawApiKey, ...}
	 * (controllers/api-keys.controller.js, @n8n/api-types CreateApiKeyRequestDto).
	 */
	async createApiKey(label = 'e2e') {
		const scopes = await this.get('/rest/api-keys/scopes');
		const key = await this.post('/rest/api-keys', { label, scopes, expiresAt: null });
		return key.rawApiKey;
	}

	/**
	 * Deletes a workflow: n8n 2.x only deletes archived workflows (POST /:id/archive, then DELETE /:id). Right after a
	 * deactivation n8n may answer 409 "Workflow is still being unpublished"; that is retried for up to `timeoutMs`.
	 */
	async deleteWorkflow(id, { timeoutMs = 15_000 } = {}) {
		const t0 = Date.now();
		for (;;) {
			try {
				const wf = await this.getWorkflow(id);
				if (!wf.isArchived) await this.post(`/rest/workflows/${id}/archive`, {});
				return await this.del(`/rest/workflows/${id}`);
			} catch (e) {
				if (!(e instanceof RestError) || e.status !== 409 || Date.now() - t0 > timeoutMs) throw e;
				await sleep(500);
			}
		}
	}

	/** Descriptions of node types; throws a RestError if one is unknown to n8n. */
	async nodeTypes(nodeInfos) {
		return await this.request('POST', '/rest/node-types', { nodeInfos });
	}

	/** Every node description n8n loaded (the editor's node panel is built from this). */
	async allNodeTypes() {
		const r = await this.raw('GET', '/types/nodes.json');
		if (r.status !== 200) throw new RestError('GET', '/types/nodes.json', r.status, r.body);
		return r.body;
	}

	/** Every credential type n8n loaded (GET /types/credentials.json, same protection as nodes.json). */
	async allCredentialTypes() {
		const r = await this.raw('GET', '/types/credentials.json');
		if (r.status !== 200) throw new RestError('GET', '/types/credentials.json', r.status, r.body);
		return r.body;
	}
}

/**
 * A client of the public API (`/api/v1`, routes in node_modules/n8n/dist/public-api/v1/openapi.yml), authenticated by
 * an API key from `N8nClient.createApiKey()`. Answers are not wrapped in {data}. Same verbs as N8nClient.
 */
export function publicApi(url, apiKey) {
	const call = async (method, route, body) => {
		const res = await fetch(`${url}/api/v1${route}`, {
			method,
			headers: { 'X-N8N-API-KEY': apiKey, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
			body: body !== undefined ? JSON.stringify(body) : undefined,
		});
		const text = await res.text();
		const json = jsonOrText(text);
		if (res.status >= 400) throw new RestError(method, `/api/v1${route}`, res.status, json);
		return json;
	};
	return {
		get: (route) => call('GET', route),
		post: (route, body = {}) => call('POST', route, body),
		patch: (route, body = {}) => call('PATCH', route, body),
		put: (route, body = {}) => call('PUT', route, body),
		del: (route) => call('DELETE', route),
	};
}

/** Creates the instance owner (first start) and returns a logged-in client. */
export async function setupOwner(url, owner = OWNER) {
	const client = new N8nClient(url);
	const r = await client.raw('POST', '/rest/owner/setup', owner);
	if (r.status >= 400) {
		// Already set up (a reused user folder): log in instead.
		await client.login(owner);
	} else if (!client.cookie) {
		await client.login(owner);
	}
	await client.request('GET', '/rest/login');
	return client;
}

/** Items of a node's first output in an execution (json only). */
export function nodeOutput(execution, nodeName, { output = 0, run = 0 } = {}) {
	const runs = execution?.data?.resultData?.runData?.[nodeName];
	if (!runs || !runs[run]) return undefined;
	const main = runs[run].data?.main;
	return (main?.[output] ?? []).map((i) => i.json);
}

/** The error of an execution in one readable line, or ''. */
export function executionError(execution) {
	const err = execution?.data?.resultData?.error;
	if (!err) return '';
	return `${err.node?.name ? `${err.node.name}: ` : ''}${err.message}${err.description ? ` (${err.description})` : ''}`;
}

/**
 * The CLI way (no server needed): `n8n import:workflow --input=<file>` then `n8n execute --id=<id> --rawOutput` with
 * Node 24 (in n8n 2.x `execute` needs `--id`; `--file` is gone). Resolves to the parsed run data the command prints.
 * Use it on a user folder whose `n8n start` is stopped (both would write the same SQLite file).
 */
export async function executeWithCli({ userFolder, workflow, env = {}, timeoutMs = 180_000 }) {
	const p = paths();
	const wf = { ...workflow, id: workflow.id ?? randomUUID().replace(/-/g, '').slice(0, 16) };
	const file = path.join(userFolder, `wf-${wf.id}.json`);
	fs.writeFileSync(file, JSON.stringify(wf));
	// Free ports, so that a leftover n8n on this machine does not collide with the CLI's task-runner broker.
	// Log level info: `execute` prints the run data through the logger's info level (base-command.js log()).
	const baseEnv = n8nEnv({ userFolder, port: await freePort(), runnerPort: await freePort(), env: { N8N_LOG_LEVEL: 'info', N8N_LOG_FORMAT: 'text', NO_COLOR: '1', ...env } });
	const imp = await runCli(p, ['import:workflow', `--input=${file}`], { cwd: userFolder, env: baseEnv, timeoutMs: 120_000 });
	if (imp.code !== 0) throw new Error(`n8n import:workflow failed (${imp.code ?? imp.signal}):\n${imp.out.slice(-3000)}`);
	const ex = await runCli(p, ['execute', `--id=${wf.id}`, '--rawOutput'], { cwd: userFolder, env: baseEnv, timeoutMs });
	// The run data is printed as pretty JSON, from a line "{" to a line "}"; log lines may come before and after it.
	const m = /^\{$[\s\S]*?^\}$/m.exec(ex.stdout);
	if (ex.code !== 0 || !m) throw new Error(`n8n execute --id=${wf.id} failed (${ex.code ?? ex.signal}):\n${ex.out.slice(-3000)}`);
	return JSON.parse(m[0]);
}

/**
 * Runs an n8n CLI command with Node 24, asynchronously: the caller's own event loop keeps running, which matters when
 * the workflow calls an HTTP server living in the caller's process (a spawnSync would block it and the run would hang).
 */
function runCli(p, args, { cwd, env, timeoutMs }) {
	return new Promise((resolve) => {
		const child = spawn(p.node, [p.n8nBin, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
		let stdout = '';
		let out = '';
		child.stdout.on('data', (d) => {
			stdout += d;
			out += d;
		});
		child.stderr.on('data', (d) => {
			out += d;
		});
		const timer = setTimeout(() => {
			out += `\n[killed after ${timeoutMs / 1000}s]`;
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				/* gone */
			}
		}, timeoutMs);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({ code, signal, stdout, out });
		});
	});
}
