// The action node in a manual run: Get Many and a call summary.
export default async function actions({ step, check, ctx, executionError, nodeOutput, locator, manualWorkflow }) {
	// The default Output (Simplified) keeps every field asked for with Include Fields: attribution reaches the item.
	const attribution = ['gclid', 'landing_page_url', 'source', 'utm_source'];
	await step('manual run: Call → Get Many (limit 5), default output keeps its Include Fields', async () => {
		const parameters = { resource: 'call', operation: 'getMany', accountId: locator(ctx.accountId), returnAll: false, limit: 5, options: { fields: attribution } };
		const wf = await ctx.api.createWorkflow(manualWorkflow('E2E calls', parameters));
		const ex = await ctx.api.runWorkflow(wf.id, { triggerName: 'Start' });
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		const items = nodeOutput(ex, 'CallRail');
		check(items?.length === 5, `expected 5 items, got ${items?.length}`);
		check(items.every((i) => typeof i.id === 'string' && i.id.startsWith('CAL')), `items do not look like calls: ${JSON.stringify(items[0]).slice(0, 200)}`);
		const lacking = items.filter((i) => attribution.some((field) => !(field in i)));
		check(lacking.length === 0, `Simplified items lack asked-for fields: ${String(JSON.stringify(lacking[0])).slice(0, 300)}`);
		check(items.every((i) => !('recording_player' in i)), 'Simplified items carry fields nobody asked for (recording_player)');
		return `workflow ${wf.id}, execution ${ex.id}: 5 calls, each with ${attribution.join(', ')} (${items.map((i) => i.id).join(', ')})`;
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
