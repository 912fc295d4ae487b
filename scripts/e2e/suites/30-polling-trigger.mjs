// CallRail Polling Trigger in a real n8n: a new call is emitted, with its attribution, by exactly one execution, and the next poll emits nothing.
export default async function pollingTrigger({ step, check, ctx, sleep, waitFor, executionError, nodeOutput, triggerParameters, triggerWorkflow, hasNode, secs }) {
	await step('polling trigger: new call → exactly one execution', async () => {
		check(hasNode('CallRailPollingTrigger'), 'CallRailPollingTrigger is not in package.json n8n.nodes');
		const desc = ctx.descriptions.callRailPollingTrigger;
		const parameters = triggerParameters(desc, { accountId: ctx.accountId, companyId: ctx.companyId, eventRes: [/^newCall$/, /^new_?calls?$/i], extra: { pollTimes: { item: [{ mode: 'everyMinute' }] } } });
		const wf = await ctx.api.createWorkflow(triggerWorkflow('E2E polling trigger', { type: 'callRailPollingTrigger', desc, nodeName: 'CallRail Polling Trigger', parameters }));
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
		// The item carries the call's attribution without any option chosen.
		const stored = ctx.sb.store.calls.find((c) => c.id === call.id);
		for (const field of ['source', 'landing_page_url', 'utm_source', 'timeline_url']) {
			check(field in out[0], `the emitted call has no "${field}" (attribution fields are asked by default): ${Object.keys(out[0]).join(', ')}`);
			check(out[0][field] === (stored[field] ?? null), `the emitted call's ${field} is ${JSON.stringify(out[0][field])}, CallRail has ${JSON.stringify(stored[field])}`);
		}
		let extra = '';
		if (process.env.E2E_POLL_CONFIRM !== '0') {
			// One more poll (every minute, on the minute) must not emit the same call again.
			await sleep(65_000);
			const later = await ctx.api.listExecutions(wf.id);
			check(later.length === 1, `a later poll started ${later.length - 1} more execution(s); the call was emitted again or other calls appeared`);
			extra = '; the next poll emitted nothing';
		}
		await ctx.api.deactivateWorkflow(wf.id);
		return `call ${call.id} emitted with its attribution (source ${JSON.stringify(out[0].source)}) by execution ${ex.id} ${secs(firstMs)} after it was added${extra}`;
	});
}
