// CallRail Trigger in a real n8n, default options, Manual setup (signing keys in the credential): the reference's
// signed sample is accepted, one byte changed is refused, a form-encoded delivery starts one execution with the real
// fields, the same bytes again start nothing; under load, 200 distinct signed deliveries sent 20 at a time start
// exactly 200 executions and the same 200 again start none (n8n writes a workflow's whole static data back after each
// request, so this holds only because the trigger keeps its memory of deliveries in the process).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { signPayload } = require('../../../sandbox');

const LOAD = 200;
const AT_ONCE = 20;

export default async function webhookReplay({ step, check, ctx, sleep, waitFor, executionError, nodeOutput, latestVersion, hasNode, prefix, root }) {
	const samples = path.join(root, 'test', 'contract', 'webhooks');
	const sample = fs.readFileSync(path.join(samples, 'signed-sample.json'), 'utf8');
	const SAMPLE_KEY = '072e77e426f92738a72fe23c4d1953b4';
	const SAMPLE_SIGNATURE = 'UZAHbUdfm3GqL7qzilGozGzWV64=';
	const sb = ctx.sb;
	const companyKey = () => sb.store.companies.find((c) => c.id === ctx.companyId).signing_key;
	const signed = (body) => signPayload(companyKey(), body);

	/** A credential like the suite's main one, plus the signing keys Manual setup reads. */
	let credential;
	/** An active workflow of one CallRail Trigger in Manual setup; returns it with its production URL. */
	async function manualTrigger(name, events) {
		credential ??= await ctx.api.createCredential({
			name: 'CallRail sandbox (webhook signing keys)',
			type: 'callRailApi',
			data: { authMode: 'apiKey', apiKey: sb.keys.agencyAdmin, baseUrlOverride: sb.url, webhookSigningSecrets: `${SAMPLE_KEY}, ${companyKey()}` },
		});
		const desc = ctx.descriptions.callRailTrigger;
		const webhookId = randomUUID();
		const wf = await ctx.api.createWorkflow({
			name,
			nodes: [
				{
					id: randomUUID(),
					name: 'CallRail Trigger',
					type: `${prefix}.callRailTrigger`,
					typeVersion: latestVersion(desc),
					position: [0, 0],
					webhookId,
					// "From list", as the editor sets it (the By ID mode's regex check times out under heavy CPU load in n8n).
					parameters: { events, accountId: { __rl: true, mode: 'list', value: ctx.accountId }, setupMode: 'manual' },
					credentials: { callRailApi: { id: credential.id, name: credential.name } },
				},
			],
			connections: {},
		});
		await ctx.api.activateWorkflow(wf.id);
		const url = `${ctx.n8n.url}/webhook/${webhookId}/webhook`;
		// n8n answers the activation before the production webhook is live: an unsigned probe gets 404 until then, 401 after.
		await waitFor('the production webhook to be live', async () => (await post(url, '', {})).status === 401, { timeoutMs: 20_000, intervalMs: 250 });
		return { wf, url };
	}
	async function post(url, body, headers) {
		const response = await fetch(url, { method: 'POST', headers, body });
		return { status: response.status, text: await response.text() };
	}
	/** Every execution of a workflow: n8n lists at most 100 a page, newest first, older ones with `lastId`. */
	async function executions(id) {
		const all = [];
		let lastId;
		for (;;) {
			const q = new URLSearchParams({ filter: JSON.stringify({ workflowId: String(id) }), limit: '100', ...(lastId ? { lastId } : {}) });
			const r = await ctx.api.request('GET', `/rest/executions?${q}`);
			const page = r.results ?? r;
			all.push(...page);
			if (page.length < 100) return all;
			lastId = String(Math.min(...page.map((e) => Number(e.id))));
		}
	}
	const settled = async (id, count, what, timeoutMs = 60_000) =>
		await waitFor(what, async () => {
			const list = await executions(id);
			return list.length >= count && list.every((e) => e.finished || e.status === 'success' || e.status === 'error') ? list : null;
		}, { timeoutMs, intervalMs: 1000 }).catch(async (e) => {
			const list = await executions(id).catch(() => []);
			throw new Error(`${e.message}; ${list.length} executions so far (${[...new Set(list.map((x) => x.status))].join(', ')})`);
		});

	await step('webhook replay: the reference signed sample accepted, one byte changed refused, a form-encoded delivery, the same bytes again start nothing', async () => {
		check(hasNode('CallRailTrigger'), 'CallRailTrigger is not in package.json n8n.nodes');
		const { wf, url } = await manualTrigger('E2E webhook replay', ['post_call_webhook', 'updated_call_webhook']);
		try {
			// As CallRail calls it: legacy attributes appended to the registered URL's query.
			const asCalled = `${url}?event=post_call_webhook&answered=false&callercity=Rochester&duration=13`;
			const first = await post(asCalled, sample, { 'content-type': 'application/json', Signature: SAMPLE_SIGNATURE });
			check(first.status === 200, `the reference's signed sample answered ${first.status} ${first.text.slice(0, 200)}; expected 200`);
			const [ex1] = await settled(wf.id, 1, 'the execution of the signed sample');
			const one = await ctx.api.getExecution(ex1.id);
			check(one.status === 'success', `execution ${one.id} ended ${one.status}: ${executionError(one)}`);
			const item = (nodeOutput(one, 'CallRail Trigger') ?? [])[0] ?? {};
			check(item.id === 766970532 && item.duration === '13' && item.timestamp === item.start_time && item.event === 'post_call_webhook', `the item is not the sample as sent plus event: ${JSON.stringify(item).slice(0, 300)}`);

			const changed = sample.replace('"duration":"13"', '"duration":"14"');
			const refused = await post(asCalled, changed, { 'content-type': 'application/json', Signature: SAMPLE_SIGNATURE });
			check(refused.status === 401, `one byte changed answered ${refused.status}, expected 401`);

			const replays = [];
			for (const type of ['application/json', 'application/x-www-form-urlencoded', 'text/plain']) {
				replays.push([type, (await post(asCalled, sample, { 'content-type': type, Signature: SAMPLE_SIGNATURE })).status]);
			}
			check(replays.every(([, s]) => s === 200), `the same bytes again answered ${JSON.stringify(replays)}; expected 200 each`);

			// A real call of the sandbox, form-encoded and signed with the company's key.
			const call = sb.store.calls.find((c) => c.company_id === ctx.companyId && c.direction === 'inbound' && Number(c.duration) > 0);
			const [form] = await sb.fireWebhook({ companyId: ctx.companyId, event: 'post_call_webhook', resourceId: call.id, encoding: 'form', urls: [`${url}?event=post_call_webhook`] });
			check(form.status === 200, `the form-encoded delivery answered ${form.status} ${form.body.slice(0, 200)}`);
			const list = await settled(wf.id, 2, 'the execution of the form-encoded delivery');
			const formEx = await ctx.api.getExecution(list.map((e) => e.id).sort((a, b) => Number(b) - Number(a))[0]);
			const formItem = (nodeOutput(formEx, 'CallRail Trigger') ?? [])[0] ?? {};
			check(formItem.resource_id === call.id && formItem.answered === String(call.answered) && formItem.customer_name === call.customer_name && formItem.duration === String(call.duration),
				`the form-encoded delivery's item lacks the real fields: ${JSON.stringify(formItem).slice(0, 300)}`);
			const formAgain = await post(`${url}?event=post_call_webhook`, form.rawBody, { 'content-type': 'application/x-www-form-urlencoded', Signature: form.signature });
			check(formAgain.status === 200, `the form-encoded bytes again answered ${formAgain.status}`);

			// Bad input: unsigned, forged, empty.
			const bad = [
				(await post(asCalled, sample, { 'content-type': 'application/json' })).status,
				(await post(asCalled, sample, { 'content-type': 'application/json', Signature: 'Zm9yZ2VkLXNpZ25hdHVyZQ==' })).status,
				(await post(asCalled, '', { 'content-type': 'application/json', Signature: SAMPLE_SIGNATURE })).status,
			];
			check(bad.every((s) => s === 401), `unsigned, forged and empty requests answered ${bad.join(', ')}; expected 401 each`);
			await sleep(3000);
			const total = (await executions(wf.id)).length;
			check(total === 2, `expected 2 executions (the sample and the form-encoded call), got ${total}`);
			return `sample → 200 and execution ${one.id} (duration "13" as sent); one byte changed → 401; same bytes as JSON/form/text → ${replays.map(([, s]) => s).join('/')}, nothing started; form-encoded call ${call.id} → one execution with its fields; its bytes again → nothing; unsigned/forged/empty → ${bad.join('/')}`;
		} finally {
			await ctx.api.deactivateWorkflow(wf.id).catch(() => undefined);
		}
	});

	await step(`webhook replay under load: ${LOAD} distinct signed deliveries, ${AT_ONCE} at a time, start exactly ${LOAD} executions; the same ${LOAD} again start none`, async () => {
		const { wf, url } = await manualTrigger('E2E webhook load', ['updated_call_webhook']);
		try {
			const call = sb.store.calls.find((c) => c.company_id === ctx.companyId && c.direction === 'inbound');
			// Call Modified edits of one call: the same resource_id and timestamp each time, different bytes.
			const bodies = Array.from({ length: LOAD }, (_, i) =>
				JSON.stringify({ resource_id: call.id, company_resource_id: ctx.companyId, changes: ['note'], note: `edit ${i + 1}`, start_time: call.start_time, timestamp: call.start_time }),
			);
			const burst = async () => {
				const statuses = [];
				const t0 = Date.now();
				for (let i = 0; i < bodies.length; i += AT_ONCE) {
					statuses.push(...(await Promise.all(bodies.slice(i, i + AT_ONCE).map(async (body) => (await post(`${url}?event=updated_call_webhook`, body, { 'content-type': 'application/json', Signature: signed(body) })).status))));
				}
				return { statuses, ms: Date.now() - t0 };
			};
			const remembered = async () => Object.keys(((await ctx.api.getWorkflow(wf.id)).staticData ?? {})['node:CallRail Trigger']?.deliveries ?? {}).length;
			const firstRun = await burst();
			const afterFirstBurst = await remembered();
			const counts = (s) => Object.entries(s.reduce((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {})).map(([k, v]) => `${v}×${k}`).join(', ');
			check(firstRun.statuses.every((s) => s === 200), `first ${LOAD}: answers ${counts(firstRun.statuses)}; expected 200 each`);
			await settled(wf.id, LOAD, `${LOAD} executions`, 180_000);
			const afterExecutions = await remembered();
			const secondRun = await burst();
			check(secondRun.statuses.every((s) => s === 200), `the same ${LOAD} again: answers ${counts(secondRun.statuses)}; expected 200 each`);
			await sleep(5000);
			const total = (await executions(wf.id)).length;
			check(total === LOAD, `expected exactly ${LOAD} executions after both rounds, got ${total}`);
			const atEnd = await remembered();
			// n8n 2.40.7 keeps what a request that started no execution saved: the replays wrote the whole memory.
			check(atEnd === LOAD, `after the replays the saved static data remembers ${atEnd} deliveries, expected ${LOAD}`);
			return `first ${LOAD} → ${counts(firstRun.statuses)} in ${firstRun.ms} ms, ${LOAD} executions; same ${LOAD} again → ${counts(secondRun.statuses)} in ${secondRun.ms} ms, still ${total}; deliveries in the saved static data: ${afterFirstBurst} after the first burst, ${afterExecutions} once its executions ended, ${atEnd} at the end`;
		} finally {
			await ctx.api.deactivateWorkflow(wf.id).catch(() => undefined);
		}
	});
}
