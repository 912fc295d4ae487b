#!/usr/bin/env node
// End-to-end test of the packed n8n-nodes-callrail in a real n8n (see versions.mjs), against the CallRail sandbox.
//
//   node scripts/e2e/run.mjs                 everything (installs n8n into the cache first if needed)
//   node scripts/e2e/run.mjs --no-build      pack the existing dist/ without `npm run build`
//   node scripts/e2e/run.mjs --no-ui         skip the editor screenshots
//   node scripts/e2e/run.mjs --keep          keep the temporary n8n user folder
//   E2E_POLL_CONFIRM=0 ...                   do not wait for a second poll to confirm no duplicate
//
// Exit code 0 when every step passed; otherwise 1, with the failed steps and their reasons at the end.
// Output (logs, screenshots) goes to scripts/e2e/out/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';

import { install } from './install-n8n.mjs';
import { OWNER, executionError, installPackage, nodeOutput, setupOwner, startN8n } from './n8n.mjs';
import { N8N_VERSION, paths } from './versions.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const outDir = path.join(here, 'out');
const argv = new Set(process.argv.slice(2));
const require = createRequire(import.meta.url);

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const log = (msg) => process.stdout.write(`[e2e +${secs(Date.now() - t0)}] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const results = [];
class Skip extends Error {}
class Check extends Error {}
const check = (cond, msg) => {
	if (!cond) throw new Check(msg);
};

/** Runs one step; prints "PASS/FAIL/SKIP name (time): detail". `critical` steps stop the run when they fail. */
async function step(name, fn, { critical = false } = {}) {
	const s = Date.now();
	log(`… ${name}`);
	try {
		const detail = await fn();
		results.push({ name, status: 'PASS', ms: Date.now() - s, detail });
		log(`PASS ${name} (${secs(Date.now() - s)})${detail ? `: ${detail}` : ''}`);
		return true;
	} catch (e) {
		if (e instanceof Skip) {
			results.push({ name, status: 'SKIP', ms: Date.now() - s, detail: e.message });
			log(`SKIP ${name}: ${e.message}`);
			return false;
		}
		const reason = e instanceof Check ? e.message : e.stack || String(e);
		results.push({ name, status: 'FAIL', ms: Date.now() - s, detail: reason });
		log(`FAIL ${name} (${secs(Date.now() - s)}): ${reason}`);
		if (critical) throw new Error(`critical step failed: ${name}`);
		return false;
	}
}

async function waitFor(what, fn, { timeoutMs, intervalMs = 1000 }) {
	const s = Date.now();
	for (;;) {
		const v = await fn();
		if (v) return v;
		if (Date.now() - s > timeoutMs) throw new Check(`timed out after ${secs(timeoutMs)} waiting for ${what}`);
		await sleep(intervalMs);
	}
}

// ---------- node description helpers: build parameters from what n8n actually loaded ----------

const flatProps = (desc) => desc.properties ?? [];
const optionValues = (p) => (p.options ?? []).filter((o) => o && 'value' in o).map((o) => o.value);

/** The first property whose options contain a value matching one of `res` (tried in order), and that value. */
function findOption(desc, res, { exclude = [] } = {}) {
	for (const re of [].concat(res)) {
		for (const p of flatProps(desc)) {
			if (!['options', 'multiOptions'].includes(p.type) || exclude.includes(p.name)) continue;
			const v = optionValues(p).find((x) => re.test(String(x)));
			if (v !== undefined) return { prop: p, value: p.type === 'multiOptions' ? [v] : v };
		}
	}
	return null;
}

const locator = (value) => ({ __rl: true, mode: 'id', value });

/**
 * Parameters for a trigger from its loaded description: the account (resource locator `accountId`), one company
 * (`companyId` locator, or `companyScope: 'selected'` + `companyIds`), the event (the first option matching `eventRes`)
 * and automatic setup when the node offers a choice.
 */
function triggerParameters(desc, { accountId, companyId, eventRes, extra = {} }) {
	const params = {};
	const props = flatProps(desc);
	const names = new Set(props.map((p) => p.name));
	if (names.has('accountId')) params.accountId = locator(accountId);
	if (companyId && names.has('companyId')) params.companyId = locator(companyId);
	if (companyId && names.has('companyIds')) {
		const scope = props.find((p) => p.name === 'companyScope');
		if (scope) params.companyScope = optionValues(scope).find((v) => /select/i.test(String(v))) ?? 'selected';
		params.companyIds = [companyId];
	}
	const ev = findOption(desc, eventRes);
	if (!ev) throw new Check(`no parameter of ${desc.name} offers an option matching ${[].concat(eventRes).join(' or ')} (properties: ${[...names].join(', ')})`);
	params[ev.prop.name] = ev.value;
	const auto = findOption(desc, /^automatic$/i, { exclude: [ev.prop.name] });
	if (auto) params[auto.prop.name] = auto.value;
	return { ...params, ...extra };
}

// ---------- main ----------

const started = [];
const ctx = {};

async function main() {
	fs.mkdirSync(outDir, { recursive: true });
	log(`output: ${outDir}`);

	await step('install or reuse n8n in the cache', async () => {
		const p = await install();
		return `${p.root}`;
	}, { critical: true });

	await step('npm run build + npm pack', async () => {
		if (!argv.has('--no-build')) {
			const b = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
			fs.writeFileSync(path.join(outDir, 'build.log'), `${b.stdout}\n${b.stderr}`);
			check(b.status === 0, `npm run build failed (see ${path.join(outDir, 'build.log')}):\n${`${b.stdout}${b.stderr}`.split('\n').slice(-25).join('\n')}`);
		}
		ctx.work = fs.mkdtempSync(path.join(os.tmpdir(), 'callrail-e2e-'));
		const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', ctx.work], { cwd: root, encoding: 'utf8' });
		check(packed.status === 0, `npm pack failed:\n${packed.stderr}`);
		const info = JSON.parse(packed.stdout)[0];
		ctx.tarball = path.join(ctx.work, info.filename);
		ctx.pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
		ctx.files = info.files.map((f) => f.path);
		return `${info.filename}, ${info.files.length} files, ${Math.round(info.size / 1024)} kB`;
	}, { critical: true });

	await step('start the CallRail sandbox (in-process)', async () => {
		const { startSandbox } = require('../../sandbox');
		ctx.sb = await startSandbox({ port: 0 });
		started.push(['sandbox', () => ctx.sb.close()]);
		ctx.accountId = ctx.sb.ids.accounts[0];
		ctx.companyId = ctx.sb.ids.companies[ctx.accountId][0];
		return `${ctx.sb.url}, account ${ctx.accountId}, company ${ctx.companyId}`;
	}, { critical: true });

	await step('install the tarball into <userFolder>/.n8n/nodes', async () => {
		ctx.userFolder = path.join(ctx.work, 'user');
		fs.mkdirSync(ctx.userFolder, { recursive: true });
		const r = installPackage(ctx.tarball, ctx.userFolder);
		const installed = path.join(r.dir, 'node_modules', ctx.pkg.name, 'package.json');
		check(fs.existsSync(installed), `${installed} is missing after npm install`);
		return r.dir;
	}, { critical: true });

	await step('start n8n', async () => {
		const logFile = path.join(outDir, 'n8n.log');
		fs.rmSync(logFile, { force: true });
		ctx.n8n = await startN8n({ userFolder: ctx.userFolder, logFile });
		started.push(['n8n', () => ctx.n8n.stop()]);
		return `${ctx.n8n.url} ready after ${secs(ctx.n8n.startMs)} (log ${logFile})`;
	}, { critical: true });

	await step('set up the owner and log in (REST)', async () => {
		ctx.api = await setupOwner(ctx.n8n.url);
		return OWNER.email;
	}, { critical: true });

	const nodeFiles = ctx.pkg.n8n?.nodes ?? [];
	const hasNode = (n) => nodeFiles.some((f) => f.endsWith(`/${n}.node.js`));
	const prefix = ctx.pkg.name;

	await step('node types known to n8n', async () => {
		const all = await ctx.api.allNodeTypes();
		const ours = all.filter((t) => t.name.startsWith(`${prefix}.`));
		const wanted = nodeFiles.map((f) => path.basename(f, '.node.js')).map((c) => `${prefix}.${c.charAt(0).toLowerCase()}${c.slice(1)}`);
		ctx.descriptions = {};
		for (const name of wanted) {
			const d = ours.find((t) => t.name === name);
			check(d, `${name} (from package.json n8n.nodes) is not among n8n's node types; ours: ${ours.map((t) => t.name).join(', ') || 'none'} — see out/n8n.log`);
			const [full] = await ctx.api.nodeTypes([{ name, version: Array.isArray(d.version) ? Math.max(...d.version) : d.version }]);
			ctx.descriptions[name.slice(prefix.length + 1)] = full;
		}
		const creds = await ctx.api.raw('GET', '/types/credentials.json');
		check(Array.isArray(creds.body) && creds.body.some((c) => c.name === 'callRailApi'), 'credential type callRailApi is not among /types/credentials.json');
		return ours.map((t) => t.name).join(', ');
	}, { critical: true });

	await step('create the callRailApi credential (API key mode, sandbox URL)', async () => {
		const data = { authMode: 'apiKey', apiKey: ctx.sb.keys.agencyAdmin, baseUrlOverride: ctx.sb.url };
		ctx.credential = await ctx.api.createCredential({ name: 'CallRail sandbox', type: 'callRailApi', data });
		check(ctx.credential?.id, `no id in ${JSON.stringify(ctx.credential)}`);
		const test = await ctx.api.testCredential({ id: ctx.credential.id, name: 'CallRail sandbox', type: 'callRailApi', data });
		check(test?.status === 'OK', `credential test: ${JSON.stringify(test)}`);
		return `id ${ctx.credential.id}, credential test OK`;
	}, { critical: true });

	const credRef = () => ({ callRailApi: { id: ctx.credential.id, name: 'CallRail sandbox' } });
	const manualWorkflow = (name, parameters) => ({
		name,
		nodes: [
			{ id: randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{ id: randomUUID(), name: 'CallRail', type: `${prefix}.callRail`, typeVersion: 1, position: [220, 0], parameters, credentials: credRef() },
		],
		connections: { Start: { main: [[{ node: 'CallRail', type: 'main', index: 0 }]] } },
	});

	await step('manual run: Call → Get Many (limit 5)', async () => {
		const wf = await ctx.api.createWorkflow(manualWorkflow('E2E calls', { resource: 'call', operation: 'getMany', accountId: locator(ctx.accountId), returnAll: false, limit: 5 }));
		const ex = await ctx.api.runWorkflow(wf.id, { triggerName: 'Start' });
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		const items = nodeOutput(ex, 'CallRail');
		check(items?.length === 5, `expected 5 items, got ${items?.length}`);
		check(items.every((i) => typeof i.id === 'string' && i.id.startsWith('CAL')), `items do not look like calls: ${JSON.stringify(items[0]).slice(0, 200)}`);
		return `workflow ${wf.id}, execution ${ex.id}: 5 calls (${items.map((i) => i.id).join(', ')})`;
	});

	await step('manual run: Summary → Get Call Summary, one item per source', async () => {
		const params = {
			resource: 'summary',
			operation: 'callSummary',
			accountId: locator(ctx.accountId),
			groupBy: 'source',
			fields: ['total_calls', 'leads'],
			output: 'perGroup',
			filters: { dateRange: 'last_30_days' },
		};
		const wf = await ctx.api.createWorkflow(manualWorkflow('E2E summary', params));
		const ex = await ctx.api.runWorkflow(wf.id, { triggerName: 'Start' });
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		const items = nodeOutput(ex, 'CallRail') ?? [];
		check(items.length >= 2 && items.every((i) => typeof i.key === 'string' && Number.isInteger(i.total_calls)), `unexpected summary items: ${JSON.stringify(items).slice(0, 300)}`);
		return `${items.length} sources, execution ${ex.id}`;
	});

	await step('webhook trigger: register, receive a signed event, reject a forged one, unregister', async () => {
		check(hasNode('CallRailTrigger'), 'CallRailTrigger is not in package.json n8n.nodes');
		const desc = ctx.descriptions.callRailTrigger;
		const sb = ctx.sb;
		const integration = () => sb.store.integrations.find((i) => i.company_id === ctx.companyId && i.type === 'Webhooks' && i.state === 'active');
		const before = JSON.parse(JSON.stringify(integration()?.config ?? {}));
		const foreign = before.post_call_webhook ?? [];
		const parameters = triggerParameters(desc, { accountId: ctx.accountId, companyId: ctx.companyId, eventRes: [/^post_call_webhook$/, /^post_?call$/i] });
		const wf = await ctx.api.createWorkflow({
			name: 'E2E webhook trigger',
			nodes: [{ id: randomUUID(), name: 'CallRail Trigger', type: `${prefix}.callRailTrigger`, typeVersion: Array.isArray(desc.version) ? Math.max(...desc.version) : desc.version, position: [0, 0], webhookId: randomUUID(), parameters, credentials: credRef() }],
			connections: {},
		});
		const reqsBefore = sb.requests.length;
		await ctx.api.activateWorkflow(wf.id);
		const ourUrls = (cfg) => (cfg?.post_call_webhook ?? []).filter((u) => u.startsWith(`${ctx.n8n.url}/webhook/`));
		try {
			await waitFor('our URL in the Webhooks integration', () => ourUrls(integration()?.config).length >= 1, { timeoutMs: 15_000, intervalMs: 500 });
		} catch (e) {
			const err = await ctx.api.activationError(wf.id).catch((x) => x.message);
			const active = await ctx.api.activeWorkflowIds().catch((x) => x.message);
			const calls = sb.requests.slice(reqsBefore).map((r) => `${r.method} ${r.path}${r.rawQuery ? `?${r.rawQuery}` : ''} → ${r.status}${r.method !== 'GET' ? ` ${r.rawBody?.slice(0, 200)}` : ''}`);
			throw new Check(`${e.message}; post_call_webhook is ${JSON.stringify(integration()?.config?.post_call_webhook)}; n8n active workflows ${JSON.stringify(active)}, activation error ${JSON.stringify(err)}; requests to the sandbox since activation: ${calls.join(' | ') || 'none'}`);
		}
		const after = integration()?.config;
		check(ourUrls(after).length === 1, `after activation the company's Webhooks integration has post_call_webhook ${JSON.stringify(after?.post_call_webhook)}; expected one ${ctx.n8n.url}/webhook/… URL`);
		for (const f of foreign) check(after.post_call_webhook.includes(f), `activation removed the foreign URL ${f}: ${JSON.stringify(after.post_call_webhook)}`);
		const hookUrl = ourUrls(after)[0];

		const firedAt = Date.now();
		const deliveries = await sb.fireWebhook({ companyId: ctx.companyId, event: 'post_call_webhook' });
		const ours = deliveries.find((d) => d.url === hookUrl);
		check(ours && ours.status === 200, `signed delivery to ${hookUrl}: ${JSON.stringify(ours ?? deliveries).slice(0, 300)}`);
		const sentId = JSON.parse(ours.rawBody).resource_id;
		const execs = await waitFor('the webhook execution', async () => {
			const list = await ctx.api.listExecutions(wf.id);
			return list.length >= 1 && list.every((e) => e.finished || e.status === 'success' || e.status === 'error') ? list : null;
		}, { timeoutMs: 30_000 });
		check(execs.length === 1, `expected 1 execution, got ${execs.length}`);
		const ex = await ctx.api.getExecution(execs[0].id);
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		const out = nodeOutput(ex, 'CallRail Trigger') ?? [];
		check(JSON.stringify(out).includes(sentId), `the execution's trigger output does not contain call ${sentId}: ${JSON.stringify(out).slice(0, 300)}`);
		// Read by `npm run bench`: from the sandbox firing the event to n8n starting the execution, in a real n8n.
		const latencyMs = Date.parse(ex.startedAt) - firedAt;
		fs.mkdirSync(outDir, { recursive: true });
		fs.writeFileSync(path.join(outDir, 'webhook-latency.json'), `${JSON.stringify({ latencyMs, n8n: N8N_VERSION, at: new Date().toISOString() })}\n`);

		const forged = await fetch(hookUrl, { method: 'POST', headers: { 'content-type': 'application/json', Signature: 'Zm9yZ2VkLXNpZ25hdHVyZQ==' }, body: ours.rawBody.replace(/"duration":\d+/, '"duration":1') });
		const unsigned = await fetch(hookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ours.rawBody });
		await sleep(3000);
		const execs2 = await ctx.api.listExecutions(wf.id);
		check(forged.status === 401, `forged signature answered ${forged.status}, expected 401`);
		check(unsigned.status === 401, `missing signature answered ${unsigned.status}, expected 401`);
		check(execs2.length === 1, `forged/unsigned requests started executions: ${execs2.length} in total`);

		const reqsBeforeOff = sb.requests.length;
		await ctx.api.deactivateWorkflow(wf.id);
		// n8n answers before the trigger's delete hook has finished talking to CallRail: wait for it.
		await waitFor('our URL to leave the Webhooks integration', () => ourUrls(integration()?.config ?? {}).length === 0, { timeoutMs: 15_000, intervalMs: 500 }).catch((e) => {
			const calls = sb.requests.slice(reqsBeforeOff).map((r) => `${r.method} ${r.path} → ${r.status}${r.method !== 'GET' ? ` ${r.rawBody?.slice(0, 200)}` : ''}`);
			throw new Check(`${e.message}; post_call_webhook is ${JSON.stringify(integration()?.config?.post_call_webhook)}; requests to the sandbox since deactivation: ${calls.join(' | ') || 'none'}`);
		});
		const final = integration()?.config ?? {};
		check(ourUrls(final).length === 0, `after deactivation our URL is still registered: ${JSON.stringify(final.post_call_webhook)}`);
		check(JSON.stringify(final.post_call_webhook ?? []) === JSON.stringify(foreign), `deactivation changed the foreign URLs: before ${JSON.stringify(foreign)}, after ${JSON.stringify(final.post_call_webhook)}`);
		for (const [k, v] of Object.entries(before)) if (k !== 'post_call_webhook') check(JSON.stringify(final[k]) === JSON.stringify(v), `deactivation changed ${k}: ${JSON.stringify(v)} → ${JSON.stringify(final[k])}`);
		return `registered ${hookUrl} next to ${foreign.join(', ') || 'nothing'}; signed event → execution ${ex.id} with call ${sentId}; forged → 401, unsigned → 401, no execution; deactivation removed only our URL`;
	});

	await step('polling trigger: new call → exactly one execution', async () => {
		check(hasNode('CallRailPollingTrigger'), 'CallRailPollingTrigger is not in package.json n8n.nodes');
		const desc = ctx.descriptions.callRailPollingTrigger;
		const parameters = triggerParameters(desc, { accountId: ctx.accountId, companyId: ctx.companyId, eventRes: [/^newCall$/, /^new_?calls?$/i], extra: { pollTimes: { item: [{ mode: 'everyMinute' }] } } });
		const wf = await ctx.api.createWorkflow({
			name: 'E2E polling trigger',
			nodes: [{ id: randomUUID(), name: 'CallRail Polling Trigger', type: `${prefix}.callRailPollingTrigger`, typeVersion: Array.isArray(desc.version) ? Math.max(...desc.version) : desc.version, position: [0, 0], parameters, credentials: credRef() }],
			connections: {},
		});
		await ctx.api.activateWorkflow(wf.id);
		await sleep(2000);
		const call = ctx.sb.addCall(ctx.accountId, { companyId: ctx.companyId });
		const addedAt = Date.now();
		const execs = await waitFor('a poll that emits the new call', async () => {
			const list = await ctx.api.listExecutions(wf.id);
			return list.some((e) => e.status !== 'running' && e.status !== 'new') ? list : null;
		}, { timeoutMs: 75_000, intervalMs: 2000 });
		const firstMs = Date.now() - addedAt;
		const ex = await ctx.api.getExecution(execs[0].id);
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		const out = nodeOutput(ex, 'CallRail Polling Trigger') ?? [];
		const ids = out.map((i) => i.id ?? i.resource_id);
		check(ids.includes(call.id), `the poll emitted ${JSON.stringify(ids)}, not the new call ${call.id}`);
		check(out.length === 1, `the poll emitted ${out.length} items, expected only the new call ${call.id}: ${JSON.stringify(ids)}`);
		let extra = '';
		if (process.env.E2E_POLL_CONFIRM !== '0') {
			// One more poll (every minute, on the minute) must not emit the same call again.
			await sleep(65_000);
			const later = await ctx.api.listExecutions(wf.id);
			check(later.length === 1, `a later poll started ${later.length - 1} more execution(s); the call was emitted again or other calls appeared`);
			extra = '; the next poll emitted nothing';
		}
		await ctx.api.deactivateWorkflow(wf.id);
		return `call ${call.id} emitted by execution ${ex.id} ${secs(firstMs)} after it was added${extra}`;
	});

	if (argv.has('--no-ui')) {
		results.push({ name: 'editor screenshots', status: 'SKIP', ms: 0, detail: '--no-ui' });
	} else {
		const { captureEditor } = await import('./ui.mjs');
		await captureEditor({ step, check, Check, Skip, api: ctx.api, url: ctx.n8n.url, outDir, owner: OWNER, log, sandbox: { url: ctx.sb.url, key: ctx.sb.keys.agencyAdmin } });
	}
}

async function cleanup() {
	for (const [name, stop] of started.reverse()) {
		const s = Date.now();
		try {
			await stop();
			log(`stopped ${name} (${secs(Date.now() - s)})`);
		} catch (e) {
			log(`could not stop ${name}: ${e.message}`);
		}
	}
	if (ctx.work && !argv.has('--keep')) fs.rmSync(ctx.work, { recursive: true, force: true });
	else if (ctx.work) log(`kept ${ctx.work}`);
}

let fatal = null;
const onSignal = (sig) => {
	log(`${sig}: stopping`);
	cleanup().finally(() => process.exit(130));
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
try {
	await main();
} catch (e) {
	fatal = e;
} finally {
	await cleanup();
}
const failed = results.filter((r) => r.status === 'FAIL');
process.stdout.write(`\n== e2e summary (${secs(Date.now() - t0)}, n8n ${paths().n8nDir})\n`);
for (const r of results) process.stdout.write(`${r.status.padEnd(4)} ${secs(r.ms).padStart(7)}  ${r.name}${r.status !== 'PASS' && r.detail ? `\n     ${String(r.detail).split('\n')[0]}` : ''}\n`);
if (fatal && !failed.length) process.stdout.write(`FAIL ${fatal.stack}\n`);
const skipped = results.filter((r) => r.status === 'SKIP').length;
process.stdout.write(`e2e: ${results.length - failed.length - skipped} passed, ${failed.length + (fatal && !failed.length ? 1 : 0)} failed, ${skipped} skipped\n`);
process.exit(failed.length || fatal ? 1 : 0);
