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
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

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
export async function prepare({ mode, sb, work, tarball, pkg, outDir, log, companies }) {
	let stop;
	let mainUrl;
	let webhookBase;
	if (mode === 'single') {
		const userFolder = path.join(work, 'bench-single');
		fs.mkdirSync(userFolder, { recursive: true });
		installPackage(tarball, userFolder);
		const n8n = await startN8n({ userFolder, logFile: path.join(outDir, 'bench-single.log'), timeoutMs: 300_000 });
		stop = () => n8n.stop();
		mainUrl = n8n.url;
		webhookBase = `${n8n.url}/`;
	} else {
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

export async function measure({ root, startSandbox, log, rounds = Number(process.env.BENCH_WEBHOOK_ROUNDS ?? 5), perRound = Number(process.env.BENCH_WEBHOOK_PER_ROUND ?? 40), atATime = 20, modes = (process.env.BENCH_WEBHOOK_MODES ?? 'single,queue').split(',') }) {
	log(`\n7. Real n8n ${N8N_VERSION}: signed delivery → execution start, CallRail Trigger vs n8n's Webhook node (${rounds} alternating rounds of ${perRound} deliveries, ${atATime} at a time)`);
	await install();
	const outDir = path.join(root, 'bench', 'out');
	fs.mkdirSync(outDir, { recursive: true });
	const packed = buildAndPack({ root, outDir, build: false, prefix: 'callrail-bench-' });
	const sb = await startSandbox({ port: 0, rateLimit: false });
	const accountId = sb.ids.accounts[0];
	const companies = { callrail: sb.ids.companies[accountId][0], webhook: sb.ids.companies[accountId][1] };
	const pools = { callrail: sb.store.calls.filter((c) => c.company_id === companies.callrail), webhook: sb.store.calls.filter((c) => c.company_id === companies.webhook) };
	let offset = 0;
	const take = (who, n) => pools[who].slice(offset, offset + n);
	const results = { n8n: N8N_VERSION, rounds, perRound, atATime };
	try {
		for (const mode of modes) {
			const t = Date.now();
			const env = await prepare({ mode, sb, work: packed.work, tarball: packed.tarball, pkg: packed.pkg, outDir, log: () => {}, companies });
			try {
				const outputNode = { callrail: 'CallRail Trigger', webhook: 'Webhook' };
				// Warm-up: a few deliveries each, not counted (first requests load code paths in every process).
				for (const who of ['callrail', 'webhook']) await burst({ sb, pub: env.pub, contender: env.contenders[who], calls: take(who, 10), atATime, outputNode: outputNode[who] });
				offset += 10;
				const per = { callrail: [], webhook: [] };
				for (let round = 0; round < rounds; round++) {
					const order = round % 2 ? ['webhook', 'callrail'] : ['callrail', 'webhook'];
					for (const who of order) per[who].push(await burst({ sb, pub: env.pub, contender: env.contenders[who], calls: take(who, perRound), atATime, outputNode: outputNode[who] }));
					offset += perRound;
				}
				const ratio = (key, invert = false) => spread(per.callrail.map((c, i) => (invert ? per.webhook[i][key] / c[key] : c[key] / per.webhook[i][key])));
				const m = (who, key) => median(per[who].map((r) => r[key]));
				const row = {
					callrail: { p50: m('callrail', 'p50'), p95: m('callrail', 'p95'), perSecond: m('callrail', 'perSecond'), refused: per.callrail.reduce((s, r) => s + r.refused, 0), failed: per.callrail.reduce((s, r) => s + r.failed, 0) },
					webhook: { p50: m('webhook', 'p50'), p95: m('webhook', 'p95'), perSecond: m('webhook', 'perSecond'), refused: per.webhook.reduce((s, r) => s + r.refused, 0), failed: per.webhook.reduce((s, r) => s + r.failed, 0) },
					ratios: { p50: ratio('p50'), p95: ratio('p95'), throughput: ratio('perSecond', true) },
					rounds: per,
					setupMs: Date.now() - t,
				};
				results[mode] = row;
				log(`  ${mode === 'single' ? 'single process (SQLite)' : 'queue mode (main + worker + webhook processor, Postgres + Redis)'}:`);
				for (const who of ['callrail', 'webhook']) {
					const r = row[who];
					log(`    ${who === 'callrail' ? 'CallRail Trigger ' : 'Webhook node     '} p50 ${r.p50.toFixed(0).padStart(5)} ms  p95 ${r.p95.toFixed(0).padStart(5)} ms  ${r.perSecond.toFixed(1).padStart(5)} deliveries/s  (${r.refused} not answered 200, ${r.failed} executions failed)`);
				}
				log(`    CallRail / Webhook node: p50 ${fmt(row.ratios.p50)}, p95 ${fmt(row.ratios.p95)}, time per delivery at the sustained rate ${fmt(row.ratios.throughput)}  (target ≤ 1.20x)`);
			} finally {
				await env.stop();
			}
		}
	} finally {
		await sb.close();
		fs.rmSync(packed.work, { recursive: true, force: true });
	}
	return results;
}
