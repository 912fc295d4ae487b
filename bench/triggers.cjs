'use strict';
/** Benchmarks 3 and 4: what the polling trigger costs in requests, and how fast a signed webhook starts a workflow. */
const path = require('node:path');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function measure({ root, startSandbox, log }) {
	globalThis.PACKAGE_ROOT = root;
	const { pollWorkflow } = require(path.join(root, '.build/test/harness/poll.js'));
	const { startTriggerHarness } = require(path.join(root, '.build/test/harness/webhook.js'));
	const sandbox = await startSandbox({ rateLimit: false, clock: 'manual' });
	const credentials = { authMode: 'apiKey', apiKey: sandbox.keys.agencyAdmin, baseUrlOverride: sandbox.url };
	const accountId = sandbox.ids.accounts[0];
	const companyId = sandbox.ids.companies[accountId][0];
	const results = {};
	try {
		log('\n3. Polling trigger (New Call), requests counted by the sandbox');
		const wf = await pollWorkflow({ event: 'newCall', accountId: { __rl: true, mode: 'id', value: accountId } }, credentials);
		const requestsOf = async (activation) => {
			const before = sandbox.requests.length;
			const emitted = await wf.poll(activation);
			return { requests: sandbox.requests.length - before, emitted: emitted ? emitted.length : 0 };
		};
		await requestsOf('activate');
		sandbox.clock.advance(60_000);
		const idle = await requestsOf('trigger');
		// A very busy account: a call every 30 s. A poll after n such calls also re-reads the 10-minute overlap before
		// its cursor (how late arrivals are caught), which here holds 20 calls.
		const busy = {};
		const overlapCalls = 20;
		for (const burst of [1, 250, 600, 1000]) {
			for (let i = 0; i < burst; i++) {
				sandbox.clock.advance(30_000);
				sandbox.addCall(accountId, { companyId });
			}
			sandbox.clock.advance(1_000);
			busy[burst] = await requestsOf('trigger');
		}
		// A burst: 600 calls in 30 s. The 20 calls before the cursor are still re-read.
		for (let i = 0; i < 600; i++) {
			sandbox.clock.advance(50);
			sandbox.addCall(accountId, { companyId });
		}
		sandbox.clock.advance(1_000);
		const burst600 = await requestsOf('trigger');
		const perDay = idle.requests * 24 * 60;
		results.polling = { idleRequests: idle.requests, busy, burst600, requestsPerDayAt1Min: perDay, shareOfHourlyBudget: (idle.requests * 60) / 1000 };
		log(`  idle poll: ${idle.requests} request(s), ${idle.emitted} emitted`);
		for (const [burst, r] of Object.entries(busy)) {
			log(`  busy poll, ${burst} new calls (one every 30 s): ${r.requests} request(s); floor ceil(n/250) = ${Math.ceil(burst / 250)}, with the 20-call overlap ceil((n+20)/250) = ${Math.ceil((Number(burst) + overlapCalls) / 250)}; ${r.emitted} emitted`);
		}
		log(`  busy poll, a burst of 600 calls in 30 s: ${burst600.requests} request(s); ceil((600+20)/250) = ${Math.ceil(620 / 250)}; ${burst600.emitted} emitted`);
		log(`  every minute, idle: ${perDay} requests a day = ${idle.requests * 60} an hour = ${(results.polling.shareOfHourlyBudget * 100).toFixed(0)}% of CallRail's 1,000/hour budget`);

	} finally {
		await sandbox.close();
	}
	// The webhook part on a real clock, like CallRail's deliveries.
	const live = await startSandbox({ rateLimit: false });
	const liveCredentials = { authMode: 'apiKey', apiKey: live.keys.agencyAdmin, baseUrlOverride: live.url };
	const liveAccount = live.ids.accounts[0];
	const liveCompany = live.ids.companies[liveAccount][0];
	try {
		log('\n4. Webhook trigger: sandbox fires a signed post-call event → the workflow starts (in-process)');
		// Static data saved instantly: this measures the node, not a database.
		const harness = await startTriggerHarness({ databaseLatencyMs: 0 });
		try {
			const trigger = await harness.workflow(
				{ events: ['post_call_webhook'], accountId: { __rl: true, mode: 'id', value: liveAccount }, companyScope: 'selected', companyIds: [liveCompany] },
				liveCredentials,
			);
			await trigger.activate();
			const calls = live.store.calls.filter((c) => c.company_id === liveCompany).slice(0, 60);
			const latencies = [];
			for (const call of calls) {
				const started = process.hrtime.bigint();
				await live.fireWebhook({ companyId: liveCompany, event: 'post_call_webhook', resourceId: call.id });
				latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
			}
			const startedRuns = trigger.deliveries.filter((d) => d.started).length;
			await trigger.delete();
			results.webhook = { events: latencies.length, started: startedRuns, medianMs: median(latencies.slice(10)), p95Ms: percentile(latencies.slice(10), 0.95) };
			const e2e = path.join(root, 'scripts/e2e/out/webhook-latency.json');
			if (require('node:fs').existsSync(e2e)) {
				results.webhook_real_n8n = JSON.parse(require('node:fs').readFileSync(e2e, 'utf8'));
				log(`  real n8n ${results.webhook_real_n8n.n8n} (last \`npm run test:e2e\`, ${results.webhook_real_n8n.at}): ${results.webhook_real_n8n.latencyMs} ms from firing to the execution's start`);
			} else {
				log('  real n8n: run `npm run test:e2e` first to measure it there');
			}
			log(`  in-process: ${startedRuns}/${latencies.length} events started a workflow; median ${results.webhook.medianMs.toFixed(2)} ms, p95 ${results.webhook.p95Ms.toFixed(2)} ms (first 10 left out as warm-up)`);
		} finally {
			await harness.close();
		}
	} finally {
		await live.close();
	}

	// What remembering deliveries costs per delivery, side by side: the signature check alone; admitting the delivery
	// into the process memory when it is empty, half full and full (5,000); the one-time merge of a full static-data
	// copy after a restart; and the JSON round trip of a full copy, which is what n8n's per-request load and save of
	// static data costs (n8n's work, not the node's).
	log('\n4b. Replay memory: cost per delivery');
	const { admitDelivery, deliveryDigest, MEMORY_LIMIT } = require(path.join(root, 'dist/nodes/CallRailTrigger/replay.js'));
	const { isValidSignature, computeSignature } = require(path.join(root, 'dist/nodes/CallRailTrigger/signature.js'));
	const signingKey = 'a'.repeat(32);
	const bodies = Array.from({ length: MEMORY_LIMIT + 3000 }, (_, i) => Buffer.from(JSON.stringify({ resource_id: `CAL${i}`, note: `edit ${i}`, changes: ['note'] })));
	const signatures = bodies.map((b) => computeSignature(signingKey, b));
	const msPer = (fn, from, count) => {
		const t0 = process.hrtime.bigint();
		for (let i = from; i < from + count; i++) fn(i);
		return Number(process.hrtime.bigint() - t0) / 1e6 / count;
	};
	const signatureOnly = msPer((i) => isValidSignature(signingKey, bodies[i], signatures[i]), 0, 1000);
	let stored = {};
	const admitInto = (scope) => (i) => {
		if (!isValidSignature(signingKey, bodies[i], signatures[i])) throw new Error('bad signature');
		const { toStore } = admitDelivery(scope, stored, `updated_call_webhook:${deliveryDigest(bodies[i])}`, undefined);
		if (toStore) stored = toStore;
	};
	const admit = admitInto('bench');
	msPer(admitInto('warm-up'), 0, 500);
	stored = {};
	const empty = msPer(admit, 0, 500);
	msPer(admit, 500, MEMORY_LIMIT / 2 - 1000);
	const half = msPer(admit, MEMORY_LIMIT / 2 - 500, 1000);
	msPer(admit, MEMORY_LIMIT / 2 + 500, MEMORY_LIMIT / 2 - 500);
	const full = msPer(admit, MEMORY_LIMIT, 2000);
	const copy = JSON.parse(JSON.stringify(stored));
	const restartMerge = msPer(() => {
		stored = JSON.parse(JSON.stringify(copy));
		admitInto(`restart-${Math.random()}`)(MEMORY_LIMIT + 2500);
	}, 0, 5);
	const roundTrip = msPer(() => JSON.parse(JSON.stringify(copy)), 0, 20);
	const x = (v) => `${(v / signatureOnly).toFixed(2)}x`;
	results.replayMemory = { limit: MEMORY_LIMIT, signatureOnlyMs: signatureOnly, admitEmptyMs: empty, admitHalfMs: half, admitFullMs: full, restartMergeMs: restartMerge, staticDataRoundTripFullMs: roundTrip };
	log(`  signature check alone ${signatureOnly.toFixed(4)} ms | check + admit: memory empty ${empty.toFixed(4)} ms (${x(empty)}), half full ${half.toFixed(4)} ms (${x(half)}), full ${full.toFixed(4)} ms (${x(full)})`);
	log(`  first delivery after a restart (merging ${MEMORY_LIMIT} stored entries): ${restartMerge.toFixed(2)} ms | n8n's load + save of that static data (JSON round trip): ${roundTrip.toFixed(2)} ms`);
	return results;
}

module.exports = { measure };
