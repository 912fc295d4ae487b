#!/usr/bin/env node
// The packed n8n-nodes-callrail on n8n's distributed engine (queue mode): n8n main + one `n8n worker` + one
// `n8n webhook` processor on Postgres and Redis, against the CallRail sandbox, everything on 127.0.0.1.
//
//   node scripts/e2e/queue.mjs             build, pack, then the checks below (installs n8n into the cache if needed)
//   node scripts/e2e/queue.mjs --no-build  pack the existing dist/
//   node scripts/e2e/queue.mjs --keep      keep the temporary folders (user folders of the three processes)
//
// Postgres and Redis are Debian's (bookworm: PostgreSQL 15, Redis 7.0; the versions used are printed and go into
// out/queue-result.json), installed with apt-get when missing, started on free ports in temporary data folders and
// stopped at the end. n8n 2.40.7 warns that Postgres 15 is older than it supports; everything below works on it.
// Each n8n process has its own user folder with the package installed as README's manual install says
// (`installPackage`: npm install --omit=peer in <userFolder>/.n8n/nodes) and the same N8N_ENCRYPTION_KEY.
//
// Checks: an action workflow runs on the worker; CallRail Trigger activation registers once, from main, with a URL
// of the webhook processor; signed deliveries through the webhook processor start executions on the worker;
// 200 distinct deliveries sent 20 at a time start exactly 200 executions; the same 200 again start none; the polling
// trigger emits each new call exactly once; restarting the worker mid-burst loses no accepted delivery.
// Closing line: "e2e: N passed, N failed, N skipped". Logs of every process in scripts/e2e/out/queue-*.log.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { install } from './install-n8n.mjs';
import { startQueueStack } from './lib/queue-stack.mjs';
import { Check, check, createRunner, runToTheEnd, secs, sleep, waitFor } from './lib/runner.mjs';
import { buildAndPack, createSandboxCredential, loadDescriptions } from './lib/setup.mjs';
import { recordingProcess, triggerParameters, workflowBuilders } from './lib/workflows.mjs';
import { executionError, nodeOutput, publicApi, setupOwner } from './n8n.mjs';
import { N8N_VERSION } from './versions.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const outDir = path.join(here, 'out');
const argv = new Set(process.argv.slice(2));
const require = createRequire(import.meta.url);

const t0 = Date.now();
const { log, step, summary } = createRunner({ t0 });
const ctx = { started: [] };
const BURST = 200;
const AT_A_TIME = 20;

/** Runs `jobs` (functions returning promises) at most `n` at a time; results in order. */
async function pool(jobs, n) {
	const results = new Array(jobs.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(n, jobs.length) }, async () => {
			while (next < jobs.length) {
				const i = next++;
				results[i] = await jobs[i]();
			}
		}),
	);
	return results;
}

/** Every execution of a workflow with its data, through the public API (250 a page). */
async function allExecutions(workflowId) {
	const list = [];
	let cursor = '';
	for (;;) {
		const page = await ctx.public.get(`/executions?workflowId=${workflowId}&includeData=true&limit=250${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
		list.push(...page.data);
		if (!page.nextCursor) return list;
		cursor = page.nextCursor;
	}
}

const triggerName = 'CallRail Trigger';
/** The call a webhook execution was started by (the trigger emits the delivered payload). */
const deliveredCall = (ex) => {
	const ran = nodeOutput(ex, triggerName) ?? [];
	// An execution n8n failed before it ran (a stalled job, below) holds the trigger's items only in its stack.
	const queued = (ex.data?.executionData?.nodeExecutionStack ?? [])
		.filter((entry) => entry.node?.name === triggerName)
		.flatMap((entry) => (entry.data?.main?.[0] ?? []).map((i) => i.json));
	return [...new Set([...ran, ...queued].map((j) => j?.resource_id ?? j?.body?.resource_id).filter(Boolean))];
};
/**
 * n8n 2.40.7 creates its Bull queues with `maxStalledCount: 0` (scaling/scaling.service.js setupQueue): a job that a
 * stopping worker had taken but not run is failed ("job stalled more than maxStalledCount", stored as n8n's
 * MaxStalledCountError: "This execution failed to be processed too many times…"), never run twice. Its execution
 * stays in the list, failed, and can be retried there.
 */
const stalledByN8n = (ex) =>
	ex.status !== 'success' &&
	(/failed to be processed too many times|stalled more than maxStalledCount/.test(executionError(ex)) ||
		// or failed without any node having run: the worker never started it, whatever n8n recorded as the reason
		!Object.keys(ex.data?.resultData?.runData ?? {}).length);
/**
 * "crashed" is n8n's status for an execution whose process it lost, never for a node's error (that is "error").
 * In n8n 2.40.7 a restarted worker's start-up recovery (message-event-bus.js performStartupRecovery) reads the
 * worker's event log and marks every execution logged as started but not as finished, and not yet final in the
 * database, as crashed; it logs "Found unfinished executions: <ids>". Such an execution keeps its trigger's items and
 * can be retried in n8n; the check below still requires that it carries its delivery.
 */
const namedByRecovery = (workerLog) =>
	new Set([...workerLog.matchAll(/Found unfinished executions: ([0-9, ]+)/g)].flatMap((m) => m[1].split(',').map((id) => id.trim()).filter(Boolean)));
const ranOn = (ex) => (nodeOutput(ex, 'Ran On') ?? []).map((j) => j.ranOn);
/** The execution record (its Set node's output) says every item was handled by the worker process. */
const onWorker = (ex) => ranOn(ex).length > 0 && ranOn(ex).every((r) => r === 'worker');

/** Waits until the workflow has `count` finished executions (and no running or queued one); returns them. */
async function settledExecutions(workflowId, count, timeoutMs) {
	let last = [];
	try {
		return await waitFor(`${count} finished executions`, async () => {
			last = await allExecutions(workflowId);
			const running = await ctx.api.listExecutions(workflowId, { limit: 100 }).then((l) => l.filter((e) => ['new', 'running', 'waiting'].includes(e.status)).length);
			// Both listings must agree that nothing is still going: right after a delivery the public API can list an
			// execution as running before the REST listing shows it at all.
			const unfinished = last.filter((e) => ['new', 'running', 'waiting'].includes(e.status)).length;
			return last.length >= count && running === 0 && unfinished === 0 ? last : null;
		}, { timeoutMs, intervalMs: 3000 });
	} catch (e) {
		throw new Check(`${e.message}; have ${last.length} finished (${[...new Set(last.map((x) => x.status))].join(', ') || 'none'})`);
	}
}

/** Sends signed post-call webhooks for `calls` through the sandbox, `AT_A_TIME` at a time; one delivery per call. */
async function fireCalls(calls, { during } = {}) {
	const started = Date.now();
	const jobs = calls.map((call) => async () => {
		const deliveries = await ctx.sb.fireWebhook({ companyId: ctx.companyId, event: 'post_call_webhook', resourceId: call.id });
		const ours = deliveries.find((d) => d.url === ctx.hookUrl);
		return { callId: call.id, status: ours?.status ?? 0, body: ours?.body, rawBody: ours?.rawBody, signature: ours?.signature, answeredAt: Date.now() };
	});
	const duringPromise = during ? during() : null;
	const results = await pool(jobs, AT_A_TIME);
	const duringResult = duringPromise ? await duringPromise : undefined;
	return { results, ms: Date.now() - started, duringResult };
}

async function main() {
	fs.mkdirSync(outDir, { recursive: true });
	log(`output: ${outDir}`);

	await step('install or reuse n8n in the cache', async () => (await install()).root, { critical: true });

	await step('npm run build + npm pack', async () => {
		const packed = buildAndPack({ root, outDir, build: !argv.has('--no-build'), prefix: 'callrail-queue-' });
		Object.assign(ctx, packed);
		return packed.detail;
	}, { critical: true });

	await step('start the CallRail sandbox (in-process)', async () => {
		const { startSandbox } = require('../../sandbox');
		ctx.sb = await startSandbox({ port: 0, rateLimit: false });
		ctx.started.push(['sandbox', () => ctx.sb.close()]);
		ctx.accountId = ctx.sb.ids.accounts[0];
		ctx.companyId = ctx.sb.ids.companies[ctx.accountId][0];
		return `${ctx.sb.url}, account ${ctx.accountId}, company ${ctx.companyId}`;
	}, { critical: true });

	await step('Postgres + Redis (Debian packages) and n8n main, worker, webhook processor (queue mode)', async () => {
		ctx.stack = await startQueueStack({ work: ctx.work, tarball: ctx.tarball, outDir, log });
		ctx.started.push(['queue stack', () => ctx.stack.stop()]);
		const { timings: t, pg, redis } = ctx.stack;
		ctx.versions = { n8n: N8N_VERSION, postgres: pg.version, redis: redis.version };
		return `${pg.version}; ${redis.version.split(' sha=')[0]}; apt ${secs(t.aptMs)}${ctx.stack.install.installed.length ? ` (installed ${ctx.stack.install.installed.join(', ')})` : ' (already installed)'}, services ${secs(t.servicesMs)}, package into 3 user folders ${secs(t.installMs)}, main ${secs(t.mainMs)}, worker + webhook ${secs(t.workerAndWebhookMs)}`;
	}, { critical: true });

	await step('owner, API key, node types and credential on main', async () => {
		ctx.api = await setupOwner(ctx.stack.main.url);
		ctx.public = publicApi(ctx.stack.main.url, await ctx.api.createApiKey('queue-e2e'));
		const loaded = await loadDescriptions(ctx.api, ctx.pkg);
		ctx.descriptions = loaded.descriptions;
		ctx.credential = await createSandboxCredential(ctx.api, ctx.sb);
		ctx.builders = workflowBuilders({ prefix: ctx.pkg.name, credential: () => ({ id: ctx.credential.id, name: 'CallRail sandbox' }) });
		return `${loaded.names.join(', ')}; credential ${ctx.credential.id} tested OK`;
	}, { critical: true });

	// Activated now and checked at the end, so that its polls run while the webhook checks load the stack.
	await step('polling trigger: activate, then add 3 new calls', async () => {
		const desc = ctx.descriptions.callRailPollingTrigger;
		const parameters = triggerParameters(desc, { accountId: ctx.accountId, companyId: ctx.companyId, eventRes: [/^newCall$/], extra: { pollTimes: { item: [{ mode: 'everyMinute' }] } } });
		const wf = recordingProcess(ctx.builders.triggerWorkflow('Queue polling trigger', { type: 'callRailPollingTrigger', desc, nodeName: 'CallRail Polling Trigger', parameters }), { after: 'CallRail Polling Trigger' });
		ctx.poll = await ctx.api.createWorkflow(wf);
		await ctx.api.activateWorkflow(ctx.poll.id);
		await sleep(3000);
		ctx.newCalls = [0, 1, 2].map(() => ctx.sb.addCall(ctx.accountId, { companyId: ctx.companyId }));
		ctx.newCallsAt = Date.now();
		return `workflow ${ctx.poll.id} polls every minute; added ${ctx.newCalls.map((c) => c.id).join(', ')}`;
	});

	await step('action workflow runs on the worker against the sandbox', async () => {
		const wf = recordingProcess(ctx.builders.manualWorkflow('Queue action', { resource: 'account', operation: 'get', accountId: { __rl: true, mode: 'id', value: ctx.accountId } }), { after: 'CallRail' });
		const created = await ctx.api.createWorkflow(wf);
		const before = ctx.sb.requests.length;
		const ex = await ctx.api.runWorkflow(created.id, { destinationNode: 'Ran On', timeoutMs: 180_000 });
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		const out = nodeOutput(ex, 'CallRail') ?? [];
		check(out[0]?.id === ctx.accountId, `the CallRail node returned ${JSON.stringify(out).slice(0, 200)}`);
		const seen = ctx.sb.requests.slice(before).filter((r) => r.path.startsWith('/v3/')).map((r) => `${r.method} ${r.path}`);
		check(seen.includes(`GET /v3/a/${ctx.accountId}.json`), `the sandbox saw ${JSON.stringify(seen)}`);
		check(onWorker(ex), `the execution record says it ran on ${JSON.stringify(ranOn(ex))}, expected the worker`);
		const workerLog = fs.readFileSync(ctx.stack.logs.worker, 'utf8');
		check(workerLog.includes(`Worker started execution ${ex.id} `), `the worker's log does not mention execution ${ex.id}`);
		return `execution ${ex.id}: ranOn=worker, worker log "Worker started execution ${ex.id}", sandbox saw GET /v3/a/${ctx.accountId}.json`;
	});

	await step('CallRail Trigger: activating on main registers exactly once, with a webhook-processor URL', async () => {
		const desc = ctx.descriptions.callRailTrigger;
		const parameters = triggerParameters(desc, { accountId: ctx.accountId, companyId: ctx.companyId, eventRes: [/^post_call_webhook$/] });
		const wf = recordingProcess(ctx.builders.triggerWorkflow('Queue webhook trigger', { type: 'callRailTrigger', desc, nodeName: triggerName, parameters, webhook: true }), { after: triggerName });
		ctx.hookWf = await ctx.api.createWorkflow(wf);
		const integration = () => ctx.sb.store.integrations.find((i) => i.company_id === ctx.companyId && i.type === 'Webhooks' && i.state === 'active');
		const ours = () => (integration()?.config?.post_call_webhook ?? []).filter((u) => u.startsWith(`${ctx.stack.webhookUrl}webhook/`));
		const before = ctx.sb.requests.length;
		await ctx.api.activateWorkflow(ctx.hookWf.id);
		const atAnswer = ctx.sb.requests.length;
		await waitFor('our URL in the Webhooks integration', () => ours().length === 1, { timeoutMs: 60_000, intervalMs: 500 });
		// Only main activates (n8n's design): a second process running the trigger's hooks would show up as a second write.
		await sleep(5000);
		const writes = ctx.sb.requests.slice(before).filter((r) => r.method !== 'GET' && r.path.includes('/integrations'));
		check(writes.length === 1, `expected one registration request, the sandbox saw ${writes.length}: ${writes.map((r) => `${r.method} ${r.path}`).join(' | ')}`);
		const duringActivation = ctx.sb.requests.slice(before, atAnswer).includes(writes[0]);
		check(ours().length === 1, `post_call_webhook lists ${JSON.stringify(integration()?.config?.post_call_webhook)}`);
		ctx.hookUrl = ours()[0];
		return `one ${writes[0].method} ${writes[0].path} (${duringActivation ? 'before' : 'after'} main answered POST /rest/workflows/${ctx.hookWf.id}/activate); registered ${ctx.hookUrl}`;
	});

	const companyCalls = () => ctx.sb.store.calls.filter((c) => c.company_id === ctx.companyId && !ctx.newCalls?.some((n) => n.id === c.id));

	await step('a signed delivery through the webhook processor starts an execution on the worker', async () => {
		const [call] = companyCalls();
		let first;
		await waitFor('the webhook processor to serve our URL', async () => {
			first = (await fireCalls([call])).results[0];
			return first.status !== 404;
		}, { timeoutMs: 60_000, intervalMs: 1000 });
		check(first.status === 200, `the webhook processor answered ${first.status}: ${String(first.body).slice(0, 200)}`);
		const [ex] = await settledExecutions(ctx.hookWf.id, 1, 180_000);
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		check(deliveredCall(ex).includes(call.id), `execution ${ex.id} carries ${JSON.stringify(deliveredCall(ex))}, not ${call.id}`);
		check(onWorker(ex), `execution ${ex.id} ran on ${JSON.stringify(ranOn(ex))}`);
		check(ex.mode === 'webhook', `execution ${ex.id} has mode ${ex.mode}`);
		ctx.used = new Set([call.id]);
		ctx.executions = 1;
		return `${ctx.hookUrl} → 200 → execution ${ex.id} (mode webhook, ranOn=worker) with call ${call.id}`;
	});

	await step(`${BURST} distinct deliveries, ${AT_A_TIME} at a time, start exactly ${BURST} executions`, async () => {
		check(ctx.used, 'needs the single delivery first');
		const calls = companyCalls().filter((c) => !ctx.used.has(c.id)).slice(0, BURST);
		check(calls.length === BURST, `the company has only ${calls.length} unused calls`);
		const { results, ms } = await fireCalls(calls);
		for (const c of calls) ctx.used.add(c.id);
		ctx.burst = results;
		const refused = results.filter((r) => r.status !== 200);
		check(!refused.length, `${refused.length} of ${BURST} deliveries were not answered 200: ${refused.slice(0, 3).map((r) => `${r.callId} → ${r.status} ${String(r.body).slice(0, 100)}`).join(' | ')}`);
		const all = await settledExecutions(ctx.hookWf.id, 1 + BURST, 600_000);
		await sleep(5000);
		const final = await allExecutions(ctx.hookWf.id);
		check(final.length === 1 + BURST, `${final.length - 1} executions for ${BURST} deliveries`);
		const failed = final.filter((e) => e.status !== 'success');
		check(!failed.length, `${failed.length} executions did not succeed: ${failed.slice(0, 3).map((e) => `${e.id} ${e.status}: ${executionError(e)}`).join(' | ')}`);
		const byCall = new Map();
		for (const e of final) for (const id of deliveredCall(e)) byCall.set(id, (byCall.get(id) ?? 0) + 1);
		const missing = calls.filter((c) => byCall.get(c.id) !== 1);
		check(!missing.length, `${missing.length} calls do not have exactly one execution: ${missing.slice(0, 5).map((c) => `${c.id}×${byCall.get(c.id) ?? 0}`).join(', ')}`);
		const elsewhere = final.filter((e) => !onWorker(e));
		check(!elsewhere.length, `${elsewhere.length} executions did not run on the worker`);
		ctx.executions = final.length;
		void all;
		return `${BURST} × 200 in ${secs(ms)} (${((BURST * 1000) / ms).toFixed(1)} deliveries/s); ${BURST} new executions, all success, one per call, all ranOn=worker`;
	});

	await step(`the same ${BURST} deliveries again start none (answered 200)`, async () => {
		check(ctx.burst, 'needs the burst first');
		const jobs = ctx.burst.map((r) => async () => {
			const res = await fetch(ctx.hookUrl, { method: 'POST', headers: { 'content-type': 'application/json', Signature: r.signature, 'User-Agent': 'CallRail-Webhooks (sandbox)' }, body: r.rawBody });
			return { status: res.status, body: await res.text() };
		});
		const replies = await pool(jobs, AT_A_TIME);
		const not200 = replies.filter((r) => r.status !== 200);
		await sleep(20_000);
		const now = await allExecutions(ctx.hookWf.id);
		const running = (await ctx.api.listExecutions(ctx.hookWf.id)).filter((e) => ['new', 'running'].includes(e.status));
		check(!not200.length, `${not200.length} replayed deliveries were answered other than 200 (a signed delivery must not be refused): ${not200.slice(0, 3).map((r) => `${r.status} ${r.body.slice(0, 80)}`).join(' | ')}`);
		check(now.length + running.length === ctx.executions, `the replays started ${now.length + running.length - ctx.executions} executions`);
		return `${BURST} replays → 200, no new execution (still ${ctx.executions})`;
	});

	await step('restarting the worker mid-burst loses no accepted delivery', async () => {
		check(ctx.used, 'needs the single delivery first');
		const calls = companyCalls().filter((c) => !ctx.used.has(c.id)).slice(0, 100);
		for (const c of calls) ctx.used.add(c.id);
		const before = ctx.executions;
		const earlier = new Set((await allExecutions(ctx.hookWf.id)).map((e) => e.id));
		const { results, ms, duringResult } = await fireCalls(calls, {
			during: async () => {
				await sleep(1500);
				return await ctx.stack.restartWorker();
			},
		});
		const accepted = results.filter((r) => r.status === 200);
		const final = await settledExecutions(ctx.hookWf.id, before + accepted.length, 600_000);
		await sleep(5000);
		const mine = (await allExecutions(ctx.hookWf.id)).filter((e) => !earlier.has(e.id));
		const byCall = new Map();
		for (const e of mine) for (const id of deliveredCall(e)) byCall.set(id, [...(byCall.get(id) ?? []), e]);
		check(mine.length === accepted.length, `${accepted.length} deliveries were answered 200 but ${mine.length} executions were created`);
		const twice = accepted.filter((r) => (byCall.get(r.callId) ?? []).length > 1);
		check(!twice.length, `${twice.length} accepted deliveries have more than one execution: ${twice.slice(0, 5).map((r) => `${r.callId}×${byCall.get(r.callId).length}`).join(', ')}`);
		const recovered = namedByRecovery(duringResult.workerLog);
		const crashed = mine.filter((e) => e.status === 'crashed' && !stalledByN8n(e));
		const failed = mine.filter((e) => e.status !== 'success' && !stalledByN8n(e) && !crashed.includes(e));
		if (failed.length) {
			// What the worker logs say of them, for the next reader of a red run.
			const workerLog = fs.readFileSync(ctx.stack.logs.worker, 'utf8').split('\n');
			const about = (id) => workerLog.filter((l) => new RegExp(`execution ${id}\\b|executions?: [0-9, ]*\\b${id}\\b`).test(l)).join(' / ') || 'the worker log never names it';
			const recoveryLines = duringResult.workerLog.split('\n').filter((l) => /unfinished|Recovery|crash/i.test(l)).slice(0, 5).join(' / ');
			throw new Check(`${failed.length} executions of accepted deliveries did not succeed: ${failed.slice(0, 3).map((e) => `${e.id} ${e.status}: ${executionError(e) || '(no error)'} [${about(e.id)}]`).join(' | ')}; restarted worker's start-up: ${recoveryLines || 'no recovery logged'}`);
		}
		const stalled = mine.filter(stalledByN8n);
		// The record of an execution n8n failed or crashed may not show its trigger's items; every delivery without an
		// execution of its own must be matched by one of those.
		const unmatched = accepted.filter((r) => !(byCall.get(r.callId) ?? []).length);
		const anonymous = [...stalled, ...crashed].filter((e) => !deliveredCall(e).length);
		check(unmatched.length === anonymous.length, `${unmatched.length} accepted deliveries have no execution of their own (${unmatched.slice(0, 5).map((r) => r.callId).join(', ')}), and only ${anonymous.length} stalled or crashed executions carry no call`);
		const whileDown = accepted.filter((r) => r.answeredAt >= duringResult.stoppedAt && r.answeredAt <= duringResult.readyAt).length;
		const whileStopping = accepted.filter((r) => r.answeredAt >= duringResult.stopAt && r.answeredAt < duringResult.stoppedAt).length;
		check(whileDown + whileStopping > 0, 'no delivery was answered while the worker was stopping or down: the restart was not mid-burst');
		// A refusal fails the test; a delivery the sandbox gave up on (its 10 s client timeout, status 0) is reported:
		// it was never accepted, and how slow deliveries get under load is what the benchmarks measure.
		const refused = results.filter((r) => r.status !== 200 && r.status !== 0);
		const timedOut = results.filter((r) => r.status === 0);
		check(!refused.length, `${refused.length} deliveries were refused while the worker restarted (the webhook processor stayed up): ${refused.slice(0, 3).map((r) => `${r.status} ${String(r.body).slice(0, 80)}`).join(' | ')}`);
		ctx.timedOut = timedOut.length;
		ctx.executions = earlier.size + mine.length;
		void final;
		return `${calls.length} deliveries in ${secs(ms)}, worker stopped in ${secs(duringResult.stoppedMs)} and ready again after ${secs(duringResult.restartedMs)}; ${accepted.length} answered 200 (${whileStopping} while it was stopping, ${whileDown} while no worker ran), each with exactly one execution, ${accepted.length - stalled.length - crashed.length} successful${stalled.length ? `, ${stalled.length} failed by n8n as stalled jobs (taken by the stopping worker; n8n runs no job twice)` : ''}${crashed.length ? `, ${crashed.length} marked crashed by n8n (${crashed.map((e) => `${e.id}${recovered.has(String(e.id)) ? ', named by the restarted worker\'s recovery' : ''}`).join('; ')}), each with its delivery` : ''}${timedOut.length ? `; ${timedOut.length} not answered within the sandbox's 10 s timeout` : ''}`;
	});

	await step('polling trigger (on main, executions on the worker) emits each new call exactly once', async () => {
		check(ctx.poll && ctx.newCalls, 'needs the polling workflow');
		const want = ctx.newCalls.map((c) => c.id);
		const emitted = async () => {
			const list = (await allExecutions(ctx.poll.id)).filter((e) => e.status === 'success');
			return list.flatMap((e) => (nodeOutput(e, 'CallRail Polling Trigger') ?? []).map((j) => ({ id: j.id ?? j.resource_id, e })));
		};
		await waitFor('the 3 new calls emitted', async () => (await emitted()).filter((x) => want.includes(x.id)).length >= want.length, { timeoutMs: 240_000, intervalMs: 5000 });
		// At least one more poll after the emitting one, which must emit nothing new.
		const firstAt = Math.min(...(await emitted()).filter((x) => want.includes(x.id)).map((x) => Date.parse(x.e.startedAt)));
		const wait = firstAt + 65_000 - Date.now();
		if (wait > 0) await sleep(wait);
		const all = await allExecutions(ctx.poll.id);
		const bad = all.filter((e) => e.status !== 'success');
		check(!bad.length, `${bad.length} poll executions failed: ${bad.slice(0, 2).map((e) => executionError(e)).join(' | ')}`);
		const ids = (await emitted()).map((x) => x.id);
		const counts = want.map((id) => ids.filter((x) => x === id).length);
		check(counts.every((n) => n === 1), `new calls emitted ${JSON.stringify(Object.fromEntries(want.map((id, i) => [id, counts[i]])))} times`);
		const others = ids.filter((id) => !want.includes(id));
		check(!others.length, `the polls also emitted ${others.length} other calls: ${others.slice(0, 3).join(', ')}`);
		check(all.every(onWorker), `poll executions ran on ${JSON.stringify(all.map(ranOn))}`);
		await ctx.api.deactivateWorkflow(ctx.poll.id);
		return `${want.length} new calls, each emitted once by ${all.length} execution(s) on the worker; a later poll emitted nothing`;
	});

	await step('deactivation (on main) removes our URL from the Webhooks integration', async () => {
		check(ctx.hookWf, 'needs the trigger workflow');
		await ctx.api.deactivateWorkflow(ctx.hookWf.id);
		const integration = () => ctx.sb.store.integrations.find((i) => i.company_id === ctx.companyId && i.type === 'Webhooks' && i.state === 'active');
		await waitFor('our URL to leave the integration', () => !(integration()?.config?.post_call_webhook ?? []).includes(ctx.hookUrl), { timeoutMs: 60_000, intervalMs: 500 });
		return `post_call_webhook is now ${JSON.stringify(integration()?.config?.post_call_webhook)}`;
	});
}

const fatal = await runToTheEnd(main, { started: ctx.started, log, work: () => ctx.work, keep: argv.has('--keep') });
if (ctx.versions) fs.writeFileSync(path.join(outDir, 'queue-result.json'), `${JSON.stringify({ ...ctx.versions, totalMs: Date.now() - t0, timings: ctx.stack?.timings, at: new Date().toISOString() }, null, 2)}\n`);
process.exit(summary({ title: `queue mode, n8n ${N8N_VERSION}${ctx.versions ? `, ${ctx.versions.postgres}, ${ctx.versions.redis.split(' sha=')[0]}` : ''}`, fatal }));
