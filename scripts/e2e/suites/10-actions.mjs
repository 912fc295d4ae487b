// The action node in a manual run: Get Many and a call summary.
export default async function actions({ step, check, ctx, executionError, nodeOutput, locator, manualWorkflow }) {
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
}
