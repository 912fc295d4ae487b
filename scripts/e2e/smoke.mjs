#!/usr/bin/env node
// Smoke test of the e2e pipeline with a throwaway one-node package (smoke-package.mjs), independent of the real
// n8n-nodes-callrail being finished:
//   generate + npm pack → install into a fresh <userFolder>/.n8n/nodes → n8n start (Node 24, 127.0.0.1) → owner + login
//   → node type listed → credential created and tested → workflow created and run (REST) → output read back
//   → executions listed → public API key works → a scheduled workflow activates/deactivates → editor screenshots
//   → n8n stopped → the same workflow run once more with `n8n execute --id` (CLI, Node 24).
//
//   node scripts/e2e/smoke.mjs             everything (installs n8n into the cache first if needed)
//   node scripts/e2e/smoke.mjs --no-ui     without the browser part
//   node scripts/e2e/smoke.mjs --no-cli    without the `n8n execute` part
//   node scripts/e2e/smoke.mjs --keep      keep the temporary folder (user folder, tarball)
//
// Exit 0 when every step passed, 1 otherwise (the failed step and its reason are printed). Whatever it started
// (n8n, the echo API, the browser) is stopped on success, failure and Ctrl-C.
// Output: scripts/e2e/out/smoke/ (n8n.log, screenshots/*.png).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { install } from './install-n8n.mjs';
import { executeWithCli, executionError, installPackage, nodeOutput, publicApi, setupOwner, startN8n } from './n8n.mjs';
import { SMOKE_CREDENTIAL, SMOKE_NODE_DISPLAY, SMOKE_NODE_TYPE, SMOKE_PACKAGE, startEchoServer, writeSmokePackage } from './smoke-package.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'out', 'smoke');
const argv = new Set(process.argv.slice(2));

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const log = (msg) => process.stdout.write(`[smoke +${secs(Date.now() - t0)}] ${msg}\n`);
const timings = {};

class Check extends Error {}
const check = (cond, msg) => {
	if (!cond) throw new Check(msg);
};

let current = '';
async function step(name, fn) {
	current = name;
	const s = Date.now();
	log(`… ${name}`);
	const detail = await fn();
	timings[name] = Date.now() - s;
	log(`ok  ${name} (${secs(Date.now() - s)})${detail ? `: ${detail}` : ''}`);
}

// Everything started here is registered for cleanup and undone newest first.
const cleanups = [];
let cleaning;
function cleanup() {
	cleaning ??= (async () => {
		for (const fn of cleanups.reverse()) {
			try {
				await fn();
			} catch (e) {
				log(`cleanup: ${e.message}`);
			}
		}
	})();
	return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM']) {
	process.on(sig, () => {
		log(`${sig}: stopping what was started`);
		cleanup().finally(() => process.exit(130));
	});
}

const ctx = {};

async function main() {
	fs.rmSync(outDir, { recursive: true, force: true });
	fs.mkdirSync(outDir, { recursive: true });
	ctx.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-smoke-'));
	cleanups.push(() => (argv.has('--keep') ? log(`kept ${ctx.tmp}`) : fs.rmSync(ctx.tmp, { recursive: true, force: true })));

	await step('install or reuse n8n in the cache', async () => {
		const p = await install();
		return p.root;
	});

	await step('generate and npm pack the smoke package', async () => {
		const dir = writeSmokePackage(path.join(ctx.tmp, 'package'));
		const r = spawnSync('npm', ['pack', '--silent', '--pack-destination', ctx.tmp], { cwd: dir, encoding: 'utf8' });
		check(r.status === 0, `npm pack failed:\n${r.stdout}${r.stderr}`);
		ctx.tarball = path.join(ctx.tmp, r.stdout.trim().split('\n').pop());
		check(fs.existsSync(ctx.tarball), `npm pack did not leave ${ctx.tarball}`);
		return path.basename(ctx.tarball);
	});

	await step('install the tarball into <userFolder>/.n8n/nodes', async () => {
		ctx.userFolder = path.join(ctx.tmp, 'user');
		const r = installPackage(ctx.tarball, ctx.userFolder);
		check(r.dependencies?.[SMOKE_PACKAGE], `${r.dir}/package.json does not list ${SMOKE_PACKAGE}`);
		check(fs.existsSync(path.join(r.dir, 'node_modules', SMOKE_PACKAGE, 'package.json')), 'the package is not in node_modules');
		return `${SMOKE_PACKAGE}: ${r.dependencies[SMOKE_PACKAGE]}`;
	});

	await step('start the echo API (127.0.0.1)', async () => {
		ctx.echo = await startEchoServer();
		cleanups.push(() => ctx.echo.close());
		return ctx.echo.url;
	});

	await step('start n8n', async () => {
		ctx.n8n = await startN8n({ userFolder: ctx.userFolder, logFile: path.join(outDir, 'n8n.log') });
		cleanups.push(() => ctx.n8n.stop());
		timings.n8nReadyMs = ctx.n8n.startMs;
		return `${ctx.n8n.url} ready after ${secs(ctx.n8n.startMs)} (log: ${path.relative(process.cwd(), ctx.n8n.logFile)})`;
	});

	await step('set up the owner and log in (REST, cookie)', async () => {
		ctx.api = await setupOwner(ctx.n8n.url);
		const me = await ctx.api.get('/rest/login');
		check(me?.email, `GET /rest/login did not return the user: ${JSON.stringify(me)}`);
		return me.email;
	});

	await step(`node type ${SMOKE_NODE_TYPE} is loaded`, async () => {
		const all = await ctx.api.allNodeTypes();
		const listed = all.find((d) => d.name === SMOKE_NODE_TYPE);
		check(listed, `GET /types/nodes.json does not list ${SMOKE_NODE_TYPE}; ${SMOKE_PACKAGE} types: ${all.filter((d) => d.name.startsWith(SMOKE_PACKAGE)).map((d) => d.name).join(', ') || 'none'}`);
		const [desc] = await ctx.api.nodeTypes([{ name: SMOKE_NODE_TYPE, version: 1 }]);
		check(desc?.displayName === SMOKE_NODE_DISPLAY, `POST /rest/node-types answered ${JSON.stringify(desc).slice(0, 300)}`);
		const creds = await ctx.api.allCredentialTypes();
		check(creds.some((c) => c.name === SMOKE_CREDENTIAL), `GET /types/credentials.json does not list ${SMOKE_CREDENTIAL}`);
		return `${all.length} node types loaded; "${desc.displayName}" with properties ${desc.properties.map((p) => p.name).join(', ')}; credential type ${SMOKE_CREDENTIAL} listed`;
	});

	await step('create the credential and test it (REST)', async () => {
		ctx.key = `smoke-${randomUUID().slice(0, 8)}`;
		const data = { baseUrl: `${ctx.echo.url}/`, apiKey: ctx.key };
		const cred = await ctx.api.createCredential({ name: 'Smoke Echo account', type: SMOKE_CREDENTIAL, data });
		check(cred?.id, `POST /rest/credentials answered ${JSON.stringify(cred)}`);
		ctx.credential = { id: cred.id, name: cred.name };
		const before = ctx.echo.requests.length;
		const test = await ctx.api.testCredential({ id: cred.id, name: cred.name, type: SMOKE_CREDENTIAL, data });
		check(test?.status === 'OK', `POST /rest/credentials/test answered ${JSON.stringify(test)}`);
		const seen = ctx.echo.requests.slice(before).find((r) => r.query.message === 'credential-test');
		check(seen?.key === ctx.key, `the credential test request did not carry the key: ${JSON.stringify(ctx.echo.requests.slice(before))}`);
		return `id ${cred.id}; test: ${test.status} (${test.message})`;
	});

	ctx.workflow = {
		name: 'Smoke: manual → Smoke Echo',
		nodes: [
			{ id: randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: randomUUID(),
				name: 'Echo',
				type: SMOKE_NODE_TYPE,
				typeVersion: 1,
				position: [240, 0],
				parameters: { operation: 'echo', message: 'hello from n8n' },
				credentials: { [SMOKE_CREDENTIAL]: { id: null, name: '' } },
			},
		],
		connections: { Start: { main: [[{ node: 'Echo', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};

	await step('create the workflow and run it (REST: POST /rest/workflows/:id/run)', async () => {
		ctx.workflow.nodes[1].credentials[SMOKE_CREDENTIAL] = ctx.credential;
		const wf = await ctx.api.createWorkflow(ctx.workflow);
		check(wf?.id, `POST /rest/workflows answered ${JSON.stringify(wf).slice(0, 300)}`);
		ctx.workflowId = wf.id;
		const s = Date.now();
		const ex = await ctx.api.runWorkflow(wf.id, { triggerName: 'Start' });
		timings.restRunMs = Date.now() - s;
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		const out = nodeOutput(ex, 'Echo');
		check(out?.length === 1, `Echo produced ${JSON.stringify(out)}`);
		check(out[0].message === 'hello from n8n' && out[0].keyReceived === ctx.key, `Echo output is ${JSON.stringify(out[0])}`);
		ctx.executionId = ex.id;
		return `workflow ${wf.id}, execution ${ex.id} ${ex.status} in ${secs(timings.restRunMs)}; Echo → ${JSON.stringify(out[0])}`;
	});

	await step('list the executions and read one (REST)', async () => {
		const list = await ctx.api.listExecutions(ctx.workflowId);
		check(list.some((e) => String(e.id) === String(ctx.executionId)), `GET /rest/executions does not list ${ctx.executionId}: ${JSON.stringify(list).slice(0, 300)}`);
		const ex = await ctx.api.getExecution(ctx.executionId);
		check(nodeOutput(ex, 'Echo')?.[0]?.message === 'hello from n8n', 'GET /rest/executions/:id has no Echo output');
		return `${list.length} execution(s): ${list.map((e) => `${e.id}:${e.status}/${e.mode}`).join(', ')}`;
	});

	await step('public API: create an API key, GET /api/v1/workflows/:id and /api/v1/executions', async () => {
		const key = await ctx.api.createApiKey('smoke');
		const pub = publicApi(ctx.n8n.url, key);
		const wf = await pub.get(`/workflows/${ctx.workflowId}`);
		check(wf?.id === ctx.workflowId, `GET /api/v1/workflows/${ctx.workflowId} answered ${JSON.stringify(wf).slice(0, 300)}`);
		const exs = await pub.get(`/executions?workflowId=${ctx.workflowId}&includeData=true`);
		const one = exs.data?.find((e) => String(e.id) === String(ctx.executionId));
		check(one, `GET /api/v1/executions does not list ${ctx.executionId}`);
		const out = one.data?.resultData?.runData?.Echo?.[0]?.data?.main?.[0]?.[0]?.json;
		check(out?.message === 'hello from n8n', `public API execution data has no Echo output: ${JSON.stringify(one).slice(0, 300)}`);
		return `workflow "${wf.name}"; execution ${one.id} ${one.status}`;
	});

	await step('activate and deactivate a scheduled workflow (REST)', async () => {
		const wf = await ctx.api.createWorkflow({
			name: 'Smoke: hourly → Smoke Echo',
			nodes: [
				{ id: randomUUID(), name: 'Every hour', type: 'n8n-nodes-base.scheduleTrigger', typeVersion: 1.2, position: [0, 0], parameters: { rule: { interval: [{ field: 'hours' }] } } },
				{ ...ctx.workflow.nodes[1], id: randomUUID() },
			],
			connections: { 'Every hour': { main: [[{ node: 'Echo', type: 'main', index: 0 }]] } },
		});
		const act = await ctx.api.activateWorkflow(wf.id);
		check(act?.active === true || act?.activeVersionId, `activate answered ${JSON.stringify(act).slice(0, 300)}`);
		const ids = await ctx.api.activeWorkflowIds();
		check(ids.includes(wf.id), `GET /rest/active-workflows does not list ${wf.id}: ${JSON.stringify(ids)}`);
		await ctx.api.deactivateWorkflow(wf.id);
		const after = await ctx.api.activeWorkflowIds();
		check(!after.includes(wf.id), `${wf.id} is still active after deactivate`);
		await ctx.api.deleteWorkflow(wf.id);
		return `workflow ${wf.id}: active, then inactive, then deleted`;
	});

	if (!argv.has('--no-ui')) {
		await step('editor: add the node from the node panel, open and save the credential dialog (headless Chromium)', async () => {
			const { screenshotEditor, browserAvailable } = await import('./editor.mjs');
			const why = browserAvailable();
			if (why !== true) {
				log(`SKIP editor: ${why}`);
				return 'skipped';
			}
			const shots = await screenshotEditor({
				n8nUrl: ctx.n8n.url,
				session: ctx.api.session(),
				outDir: path.join(outDir, 'screenshots'),
				log,
				steps: [
					{ name: '01-node', addNode: SMOKE_NODE_DISPLAY, action: 'Echo a message', openCredential: true },
					{ name: '02-credential', credential: SMOKE_CREDENTIAL, fill: { baseUrl: ctx.echo.url, apiKey: ctx.key }, save: true },
				],
			});
			for (const s of shots) check(s.ok, `${s.name}: ${s.error} (${s.file})`);
			check(/Message/.test(shots[0].detail) && /Base URL/.test(shots[0].detail), `the node's parameters or its credential dialog look wrong: ${shots[0].detail}`);
			check(/Connection tested successfully/.test(shots[1].detail), `saving the credential in the editor did not test it successfully: ${shots[1].detail}`);
			return shots.flatMap((s) => s.files.map((f) => path.relative(process.cwd(), f))).join(', ');
		});
	}

	await step('stop n8n', async () => {
		const s = Date.now();
		await ctx.n8n.stop();
		return `stopped in ${secs(Date.now() - s)}`;
	});

	if (!argv.has('--no-cli')) {
		await step('run the workflow with `n8n execute --id` (CLI, Node 24, same user folder)', async () => {
			const s = Date.now();
			const wf = { ...structuredClone(ctx.workflow), id: randomUUID().replace(/-/g, '').slice(0, 16), name: 'Smoke: CLI' };
			wf.nodes[1].parameters.message = 'hello from the CLI';
			const run = await executeWithCli({ userFolder: ctx.userFolder, workflow: wf });
			timings.cliMs = Date.now() - s;
			check(run.status === 'success' || run.finished === true, `n8n execute ended ${run.status}: ${executionError(run)}`);
			const out = nodeOutput(run, 'Echo');
			check(out?.[0]?.message === 'hello from the CLI' && out[0].keyReceived === ctx.key, `Echo output is ${JSON.stringify(out)}`);
			return `import + execute in ${secs(timings.cliMs)}; Echo → ${JSON.stringify(out[0])}`;
		});
	}
}

let failed = null;
try {
	await main();
} catch (e) {
	failed = e;
} finally {
	await cleanup();
}
if (failed) {
	log(`FAIL ${current}: ${failed instanceof Check ? failed.message : failed.stack || failed}`);
	log(`logs: ${outDir}`);
	process.exit(1);
}
log(`PASS smoke (${secs(Date.now() - t0)}): n8n ready ${secs(timings.n8nReadyMs)}, REST run ${secs(timings.restRunMs)}${timings.cliMs ? `, CLI import+execute ${secs(timings.cliMs)}` : ''}`);
