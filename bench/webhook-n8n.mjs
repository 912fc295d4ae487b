/**
 * Benchmark 6: in a real n8n, a signed CallRail delivery → the execution's start, CallRail Trigger against n8n's own
 * Webhook node (POST, no auth, respond immediately): the floor. Same n8n, same sandbox, same payload builder and
 * signing (`sandbox.fireWebhook`: the Webhook node's URL is the post-call webhook of a second company), same burst.
 * Single process (SQLite) and queue mode (main + worker + webhook processor on Postgres and Redis).
 *
 * Rounds alternate the contenders (A B, B A, …); each round sends `perRound` deliveries `atATime` at a time, waits
 * until all their executions finished, and measures per delivery `startedAt` of its execution minus the moment the
 * sandbox began sending it, and the sustained rate: deliveries / (last execution start − first send). Ratios are
 * taken within a round pair and given as median (min–max) over the rounds.
 *
 * n8n settings to compare (single process only; the queue stack takes none): BENCH_WEBHOOK_N8N_ENV lists
 * configurations separated by `;`, each `defaults` or comma-separated KEY=VALUE pairs given to n8n's environment, e.g.
 *   BENCH_WEBHOOK_N8N_ENV='defaults;N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true'
 * Each configuration gets its own fresh n8n. BENCH_WEBHOOK_PASSES=2 runs the list, then again in reverse order, so a
 * slow stretch of a shared machine does not fall on one configuration only; a configuration's rounds from all passes
 * are pooled. The load average before and after each configuration is recorded.
 *
 * `node bench/webhook-n8n.mjs` runs this section alone (BENCH_WEBHOOK_MODES defaults to `single` then) and writes
 * bench/out/webhook-n8n.json after every configuration.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { install } from '../scripts/e2e/install-n8n.mjs';
import { startQueueStack } from '../scripts/e2e/lib/queue-stack.mjs';
import { buildAndPack, createSandboxCredential, loadDescriptions } from '../scripts/e2e/lib/setup.mjs';
import { triggerParameters, workflowBuilders } from '../scripts/e2e/lib/workflows.mjs';
import { installPackage, nodeOutput, publicApi, setupOwner, startN8n } from '../scripts/e2e/n8n.mjs';
import { N8N_VERSION } from '../scripts/e2e/versions.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const sorted = (v) => [...v].sort((a, b) => a - b);
const pct = (v, p) => sorted(v)[Math.min(v.length - 1, Math.floor(v.length * p))];
const median = (v) => pct(v, 0.5);
const spread = (r) => ({ median: median(r), min: Math.min(...r), max: Math.max(...r) });
const fmt = (r) => `${r.median.toFixed(2)}x (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;

async function pool(jobs, n) {
	const out = new Array(jobs.length);
	let next = 0;
	await Promise.all(Array.from({ length: Math.min(n, jobs.length) }, async () => {
		while (next < jobs.length) {
			const i = next++;
			out[i] = await jobs[i]();
		}
	}));
	return out;
}

async function allExecutions(pub, workflowId) {
	const list = [];
	let cursor = '';
	for (;;) {
		const page = await pub.get(`/executions?workflowId=${workflowId}&includeData=true&limit=250${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
		list.push(...page.data);
		if (!page.nextCursor) return list;
		cursor = page.nextCursor;
	}
}

/** One n8n (single or queue) with both contenders active; returns { contenders, stop }. */
export async function prepare({ mode, sb, work, tarball, pkg, outDir, log, companies, env = {}, tag = '' }) {
	let stop;
	let mainUrl;
	let webhookBase;
	if (mode === 'single') {
		const userFolder = path.join(work, `bench-single${tag}`);
		fs.mkdirSync(userFolder, { recursive: true });
		installPackage(tarball, userFolder);
		const n8n = await startN8n({ userFolder, env, logFile: path.join(outDir, `bench-single${tag}.log`), timeoutMs: 300_000 });
		stop = () => n8n.stop();
		mainUrl = n8n.url;
		webhookBase = `${n8n.url}/`;
	} else {
		if (Object.keys(env).length) throw new Error('n8n settings (BENCH_WEBHOOK_N8N_ENV) apply to the single process only');
		const stack = await startQueueStack({ work, tarball, outDir, log });
		stop = () => stack.stop();
		mainUrl = stack.main.url;
		webhookBase = stack.webhookUrl;
	}
	try {
		const api = await setupOwner(mainUrl);
		const pub = publicApi(mainUrl, await api.createApiKey(`bench-${mode}`));
		const { descriptions } = await loadDescriptions(api, pkg);
		const credential = await createSandboxCredential(api, sb);
		const { triggerWorkflow } = workflowBuilders({ prefix: pkg.name, credential: () => ({ id: credential.id, name: 'CallRail sandbox' }) });
		const accountId = sb.ids.accounts[0];

		const desc = descriptions.callRailTrigger;
		const parameters = triggerParameters(desc, { accountId, companyId: companies.callrail, eventRes: [/^post_call_webhook$/] });
		const cr = await api.createWorkflow(triggerWorkflow(`Bench CallRail Trigger (${mode})`, { type: 'callRailTrigger', desc, nodeName: 'CallRail Trigger', parameters, webhook: true }));
		await api.activateWorkflow(cr.id);

		const hookPath = randomUUID();
		const wh = await api.createWorkflow({
			name: `Bench Webhook node (${mode})`,
			nodes: [{ id: randomUUID(), name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: randomUUID(), parameters: { httpMethod: 'POST', path: hookPath, responseMode: 'onReceived', options: {} } }],
			connections: {},
		});
		await api.activateWorkflow(wh.id);
		const whUrl = `${webhookBase}webhook/${hookPath}`;
		// The Webhook node's URL becomes the post-call webhook of the second company, so the sandbox signs and sends to
		// it exactly as it does to the CallRail Trigger (the Webhook node ignores the signature).
		const integrations = () => sb.store.integrations.filter((i) => i.type === 'Webhooks' && i.state === 'active');
		const existing = integrations().find((i) => i.company_id === companies.webhook);
		const body = { config: { post_call_webhook: [whUrl] } };
		const auth = { authorization: `Token token="${sb.keys.agencyAdmin}"`, 'content-type': 'application/json' };
		const res = existing
			? await fetch(`${sb.url}/v3/a/${accountId}/integrations/${existing.id}.json`, { method: 'PUT', headers: auth, body: JSON.stringify(body) })
			: await fetch(`${sb.url}/v3/a/${accountId}/integrations.json`, { method: 'POST', headers: auth, body: JSON.stringify({ company_id: companies.webhook, type: 'Webhooks', ...body }) });
		if (res.status >= 300) throw new Error(`could not point company ${companies.webhook}'s webhook at the Webhook node: ${res.status} ${await res.text()}`);
		for (let i = 0; ; i++) {
			const registered = integrations().find((x) => x.company_id === companies.callrail)?.config?.post_call_webhook?.some((u) => u.startsWith(`${webhookBase}webhook/`));
			if (registered) break;
			if (i > 120) throw new Error('the CallRail Trigger did not register within 60 s');
			await sleep(500);
		}
		return { api, pub, stop, contenders: { callrail: { workflowId: cr.id, company: companies.callrail }, webhook: { workflowId: wh.id, company: companies.webhook } } };
	} catch (e) {
		await stop();
		throw e;
	}
}

/** Sends `calls` of a contender's company, `atATime` at a time; waits for their executions; returns the metrics. */
export async function burst({ sb, pub, contender, calls, atATime, outputNode }) {
	const known = new Set((await allExecutions(pub, contender.workflowId)).map((e) => e.id));
	const sentAt = new Map();
	const t0 = Date.now();
	const statuses = await pool(calls.map((call) => async () => {
		sentAt.set(call.id, Date.now());
		const deliveries = await sb.fireWebhook({ companyId: contender.company, event: 'post_call_webhook', resourceId: call.id });
		return deliveries.find((d) => d.status !== 0)?.status ?? 0;
	}), atATime);
	const answeredMs = Date.now() - t0;
	const refused = statuses.filter((s) => s !== 200).length;
	let fresh = [];
	for (let i = 0; ; i++) {
		fresh = (await allExecutions(pub, contender.workflowId)).filter((e) => !known.has(e.id));
		if (fresh.length >= calls.length - refused && fresh.every((e) => e.stoppedAt)) break;
		if (i > 400) throw new Error(`only ${fresh.length} of ${calls.length} executions finished`);
		await sleep(500);
	}
	const latencies = [];
	let lastStart = 0;
	for (const e of fresh) {
		const items = nodeOutput(e, outputNode) ?? [];
		const id = items.map((j) => j.resource_id ?? j.body?.resource_id).find(Boolean);
		const started = Date.parse(e.startedAt);
		lastStart = Math.max(lastStart, started);
		if (sentAt.has(id)) latencies.push(started - sentAt.get(id));
	}
	return { n: calls.length, refused, executions: fresh.length, failed: fresh.filter((e) => e.status !== 'success').length, p50: median(latencies), p95: pct(latencies, 0.95), perSecond: (calls.length * 1000) / (lastStart - t0), answeredMs };
}

/** BENCH_WEBHOOK_N8N_ENV → [{ name, env }]: `defaults` or KEY=VALUE,KEY=VALUE, separated by `;`. */
export function parseConfigs(text = 'defaults') {
	return text.split(';').map((c) => c.trim()).filter(Boolean).map((c) => {
		if (c === 'defaults') return { name: 'defaults', env: {} };
		const env = Object.fromEntries(c.split(',').map((pair) => {
			const [key, ...value] = pair.trim().split('=');
			if (!/^[A-Z][A-Z0-9_]*$/.test(key) || !value.length) throw new Error(`BENCH_WEBHOOK_N8N_ENV: "${pair}" is not KEY=VALUE`);
			return [key, value.join('=')];
		}));
		return { name: Object.entries(env).map(([k, v]) => `${k.replace(/^N8N_EXPRESSION_ENGINE_/, '')}=${v}`).join(' + '), env };
	});
}

const load = () => os.loadavg().map((l) => Number(l.toFixed(2)));

/** One configuration in one mode: a fresh n8n, warm-up, `rounds` alternating round pairs; returns the rounds. */
async function measureOne({ mode, config, tag, sb, packed, outDir, companies, take, rounds, perRound, atATime }) {
	const t = Date.now();
	const loadBefore = load();
	const env = await prepare({ mode, sb, work: packed.work, tarball: packed.tarball, pkg: packed.pkg, outDir, log: () => {}, companies, env: config.env, tag });
	try {
		const outputNode = { callrail: 'CallRail Trigger', webhook: 'Webhook' };
		// Warm-up: a few deliveries each, not counted (first requests load code paths in every process).
		for (const who of ['callrail', 'webhook']) await burst({ sb, pub: env.pub, contender: env.contenders[who], calls: take(who, 10), atATime, outputNode: outputNode[who] });
		const per = { callrail: [], webhook: [] };
		for (let round = 0; round < rounds; round++) {
			const order = round % 2 ? ['webhook', 'callrail'] : ['callrail', 'webhook'];
			for (const who of order) per[who].push(await burst({ sb, pub: env.pub, contender: env.contenders[who], calls: take(who, perRound), atATime, outputNode: outputNode[who] }));
		}
		return { ...per, loadBefore, loadAfter: load(), ms: Date.now() - t };
	} finally {
		// Deactivated, the trigger removes its URL from the company's webhooks, so the next n8n's deliveries are not
		// also sent to this stopped one.
		try {
			await env.api.deactivateWorkflow(env.contenders.callrail.workflowId);
		} finally {
			await env.stop();
		}
	}
}

/** Medians per contender and within-round ratios over every round of a configuration (all passes pooled). */
function summarise(passes) {
	const per = { callrail: passes.flatMap((p) => p.callrail), webhook: passes.flatMap((p) => p.webhook) };
	const ratio = (key, invert = false) => spread(per.callrail.map((c, i) => (invert ? per.webhook[i][key] / c[key] : c[key] / per.webhook[i][key])));
	const side = (who) => ({
		p50: median(per[who].map((r) => r.p50)),
		p95: median(per[who].map((r) => r.p95)),
		perSecond: median(per[who].map((r) => r.perSecond)),
		refused: per[who].reduce((s, r) => s + r.refused, 0),
		failed: per[who].reduce((s, r) => s + r.failed, 0),
	});
	return {
		callrail: side('callrail'),
		webhook: side('webhook'),
		ratios: { p50: ratio('p50'), p95: ratio('p95'), throughput: ratio('perSecond', true) },
		passes: passes.map((p) => ({ loadBefore: p.loadBefore, loadAfter: p.loadAfter, ms: p.ms, p50: spread(p.callrail.map((c, i) => c.p50 / p.webhook[i].p50)) })),
		rounds: per,
	};
}

export async function measure({
	root,
	startSandbox,
	log,
	rounds = Number(process.env.BENCH_WEBHOOK_ROUNDS ?? 5),
	perRound = Number(process.env.BENCH_WEBHOOK_PER_ROUND ?? 40),
	atATime = 20,
	modes = (process.env.BENCH_WEBHOOK_MODES ?? 'single,queue').split(','),
	configs = parseConfigs(process.env.BENCH_WEBHOOK_N8N_ENV),
	passes = Number(process.env.BENCH_WEBHOOK_PASSES ?? 1),
	onResult = () => {},
}) {
	log(`\n7. Real n8n ${N8N_VERSION}: signed delivery → execution start, CallRail Trigger vs n8n's Webhook node (${rounds} alternating rounds of ${perRound} deliveries, ${atATime} at a time${passes > 1 ? `, ${passes} passes over the configurations` : ''})`);
	await install();
	const outDir = path.join(root, 'bench', 'out');
	fs.mkdirSync(outDir, { recursive: true });
	const packed = buildAndPack({ root, outDir, build: false, prefix: 'callrail-bench-' });
	const sb = await startSandbox({ port: 0, rateLimit: false });
	const accountId = sb.ids.accounts[0];
	const companies = { callrail: sb.ids.companies[accountId][0], webhook: sb.ids.companies[accountId][1] };
	const pools = { callrail: sb.store.calls.filter((c) => c.company_id === companies.callrail), webhook: sb.store.calls.filter((c) => c.company_id === companies.webhook) };
	// Each configuration has a fresh n8n (and so an empty replay memory): every one starts again at the first call.
	const taker = () => {
		const used = { callrail: 0, webhook: 0 };
		return (who, n) => {
			const calls = pools[who].slice(used[who], (used[who] += n));
			if (calls.length < n) throw new Error(`the sandbox's company ${companies[who]} has only ${pools[who].length} calls; ask for fewer rounds`);
			return calls;
		};
	};
	const results = { n8n: N8N_VERSION, rounds, perRound, atATime, passes, configs };
	const runs = {};
	try {
		for (const mode of modes) {
			for (let pass = 0; pass < passes; pass++) {
				const order = pass % 2 ? [...configs].reverse() : configs;
				for (const config of order) {
					const key = configs.length > 1 ? `${mode} ${config.name}` : mode;
					const tag = `-${configs.indexOf(config)}-${pass}`;
					const run = await measureOne({ mode, config, tag, sb, packed, outDir, companies, take: taker(), rounds, perRound, atATime });
					(runs[key] ??= []).push(run);
					const row = summarise(runs[key]);
					results[key] = { env: config.env, ...row };
					onResult(results);
					log(`  ${mode === 'single' ? 'single process (SQLite)' : 'queue mode (main + worker + webhook processor, Postgres + Redis)'}${configs.length > 1 ? `, ${config.name}` : ''}${passes > 1 ? `, pass ${pass + 1}` : ''}: load ${run.loadBefore.join(' ')} → ${run.loadAfter.join(' ')}, ${(run.ms / 1000).toFixed(0)} s${runs[key].length > 1 ? ` (rounds of ${runs[key].length} passes pooled)` : ''}`);
					for (const who of ['callrail', 'webhook']) {
						const r = row[who];
						log(`    ${who === 'callrail' ? 'CallRail Trigger ' : 'Webhook node     '} p50 ${r.p50.toFixed(0).padStart(5)} ms  p95 ${r.p95.toFixed(0).padStart(5)} ms  ${r.perSecond.toFixed(1).padStart(5)} deliveries/s  (${r.refused} not answered 200, ${r.failed} executions failed)`);
					}
					log(`    CallRail / Webhook node: p50 ${fmt(row.ratios.p50)}, p95 ${fmt(row.ratios.p95)}, time per delivery at the sustained rate ${fmt(row.ratios.throughput)}  (target ≤ 1.20x)`);
				}
			}
		}
	} finally {
		await sb.close();
		fs.rmSync(packed.work, { recursive: true, force: true });
	}
	return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	const { startSandbox } = createRequire(import.meta.url)(path.join(root, 'sandbox'));
	const file = path.join(root, 'bench', 'out', 'webhook-n8n.json');
	const started = Date.now();
	await measure({
		root,
		startSandbox,
		log: (s) => console.log(s),
		modes: (process.env.BENCH_WEBHOOK_MODES ?? 'single').split(','),
		onResult: (results) => fs.writeFileSync(file, `${JSON.stringify({ machine: { cpus: os.cpus().length, node: process.version }, date: new Date().toISOString(), ...results }, null, 2)}\n`),
	});
	console.log(`\n${((Date.now() - started) / 60000).toFixed(1)} min; written to ${path.relative(root, file)}`);
}
