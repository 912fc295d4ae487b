// CallRail Trigger in a real n8n: activation registers our URL beside a foreign one, a signed delivery starts an
// execution, forged and unsigned ones are refused, deactivation removes only our URL.
import fs from 'node:fs';
import path from 'node:path';

export default async function webhookTrigger({ step, check, Check, ctx, sleep, waitFor, executionError, nodeOutput, triggerParameters, triggerWorkflow, hasNode, outDir, N8N_VERSION }) {
	await step('webhook trigger: register, receive a signed event, reject a forged one, unregister', async () => {
		check(hasNode('CallRailTrigger'), 'CallRailTrigger is not in package.json n8n.nodes');
		const desc = ctx.descriptions.callRailTrigger;
		const sb = ctx.sb;
		const integration = () => sb.store.integrations.find((i) => i.company_id === ctx.companyId && i.type === 'Webhooks' && i.state === 'active');
		const before = JSON.parse(JSON.stringify(integration()?.config ?? {}));
		const foreign = before.post_call_webhook ?? [];
		const parameters = triggerParameters(desc, { accountId: ctx.accountId, companyId: ctx.companyId, eventRes: [/^post_call_webhook$/, /^post_?call$/i] });
		const wf = await ctx.api.createWorkflow(triggerWorkflow('E2E webhook trigger', { type: 'callRailTrigger', desc, nodeName: 'CallRail Trigger', parameters, webhook: true }));
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

		const forged = await fetch(hookUrl, { method: 'POST', headers: { 'content-type': 'application/json', Signature: 'Zm9yZ2VkLXNpZ25hdHVyZQ==' }, body: ours.rawBody.replace(/"duration":"\d+"/, '"duration":"1"') });
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
}
