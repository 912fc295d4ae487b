'use strict';
/** The example workflows `npm run demo` runs. Each mirrors a workflow in examples/ that users can import into n8n. */

const account = (ctx) => ({ __rl: true, mode: 'id', value: ctx.sandbox.ids.accounts[0] });

function table(rows, columns) {
	const widths = columns.map((c) => Math.min(32, Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length))));
	const line = (values) => `  ${values.map((v, i) => String(v ?? '').slice(0, widths[i]).padEnd(widths[i])).join('  ')}`;
	console.log(line(columns));
	console.log(line(widths.map((w) => '-'.repeat(w))));
	for (const row of rows) console.log(line(columns.map((c) => row[c])));
}

const list = [
	{
		title: '1. New calls → CRM contacts',
		explain: 'CallRail "Get Many calls" (recent, simplified) mapped to the payload a CRM contact API expects.',
		async run(ctx) {
			const result = await ctx.runWorkflow(
				[{ name: 'Recent calls', parameters: { resource: 'call', operation: 'getMany', accountId: account(ctx), limit: 5, simplify: true, filters: { dateRange: 'recent' } } }],
				{ credentials: ctx.credentials },
			);
			const calls = result.output('Recent calls').map((item) => item.json);
			if (!calls.length) throw new Error(result.error('Recent calls')?.message ?? 'no calls returned');
			const contacts = calls.map((call) => ({
				name: call.customer_name,
				phone: call.customer_phone_number,
				source: call.source_name,
				called_at: call.start_time,
				outcome: call.answered ? 'answered' : call.voicemail ? 'voicemail' : 'missed',
			}));
			table(contacts, ['name', 'phone', 'source', 'called_at', 'outcome']);
		},
	},
	{
		title: '2. Tag every missed call of the last 7 days',
		explain: 'Get Many (answer status missed, last 7 days, Return All) → Update each call, appending the tag "missed-follow-up".',
		async run(ctx) {
			const result = await ctx.runWorkflow(
				[
					{ name: 'Missed calls', parameters: { resource: 'call', operation: 'getMany', accountId: account(ctx), returnAll: true, filters: { answerStatus: 'missed', dateRange: 'last_7_days' } } },
					{ name: 'Tag call', parameters: { resource: 'call', operation: 'update', accountId: account(ctx), callId: '={{ $json.id }}', updateFields: { tagMode: 'append', tags: ['missed-follow-up'] } } },
				],
				{ credentials: ctx.credentials },
			);
			const found = result.output('Missed calls').length;
			const tagged = result.output('Tag call').filter((item) => (item.json.tags || []).some((t) => (t.name || t) === 'missed-follow-up'));
			if (result.error('Tag call')) throw new Error(result.error('Tag call').message);
			ctx.progress(`${found} missed calls found, ${tagged.length} now carry the tag`);
			if (found !== tagged.length) throw new Error('some calls were not tagged');
		},
	},
	{
		title: '3. Weekly call summary by source',
		explain: 'Summary "Get call summary" grouped by source over the last 7 days: calls, answered, leads.',
		async run(ctx) {
			const result = await ctx.runWorkflow(
				[{ name: 'Summary', parameters: { resource: 'summary', operation: 'callSummary', accountId: account(ctx), groupBy: 'source', output: 'perGroup', fields: ['total_calls', 'answered_calls', 'leads'], filters: { dateRange: 'last_7_days' } } }],
				{ credentials: ctx.credentials },
			);
			const error = result.error('Summary');
			if (error) throw new Error(error.message);
			const rows = result.output('Summary').map((item) => item.json);
			table(rows.map((r) => ({ source: r.key, calls: r.total_calls, answered: r.answered_calls, leads: r.leads })), ['source', 'calls', 'answered', 'leads']);
		},
	},
	{
		title: '4. CallRail Trigger receiving signed post-call events',
		explain: 'The trigger registers its URL in the company\'s Webhooks integration (keeping the other URLs), the sandbox fires signed events, a forged one is refused, and deactivation removes only our URL.',
		async run(ctx) {
			const { startTriggerHarness } = require(`${ctx.root}/.build/test/harness/webhook.js`);
			const harness = await startTriggerHarness();
			try {
				const accountId = ctx.sandbox.ids.accounts[0];
				const companyId = ctx.sandbox.ids.companies[accountId][0];
				const integration = () => ctx.sandbox.store.integrations.find((i) => i.company_id === companyId && i.type === 'Webhooks');
				const wf = await harness.workflow(
					{ events: ['post_call_webhook'], accountId: { __rl: true, mode: 'id', value: accountId }, companyScope: 'selected', companyIds: [companyId] },
					ctx.credentials,
				);
				await wf.activate();
				ctx.progress(`registered; post_call_webhook URLs now: ${integration().config.post_call_webhook.length} (the foreign one kept)`);
				const calls = ctx.sandbox.store.calls.filter((c) => c.company_id === companyId && c.direction === 'inbound').slice(0, 3);
				for (const call of calls) await ctx.sandbox.fireWebhook({ companyId, event: 'post_call_webhook', resourceId: call.id });
				await ctx.sandbox.fireWebhook({ companyId, event: 'post_call_webhook', resourceId: calls[0].id });
				ctx.progress('fired 4 signed events, the last one a repeat of the first');
				const started = wf.deliveries.filter((d) => d.started);
				table(started.map((d) => ({ call: d.items[0].resource_id, customer: d.items[0].customer_name, duration: d.items[0].duration, event: d.items[0].event })), ['call', 'customer', 'duration', 'event']);
				const forged = await fetch(`${wf.webhookUrl()}?event=post_call_webhook`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', signature: 'Zm9yZ2Vk' },
					body: JSON.stringify({ resource_id: 'CALforged', company_resource_id: companyId }),
				});
				const runs = wf.deliveries.filter((d) => d.started).length;
				ctx.progress(`forged request answered ${forged.status}; executions started: ${runs} (the repeat was dropped)`);
				if (forged.status !== 401) throw new Error('a forged request was not refused');
				if (runs !== 3) throw new Error(`expected 3 executions, got ${runs}`);
				await wf.delete();
				ctx.progress(`deactivated; post_call_webhook URLs left: ${JSON.stringify(integration().config.post_call_webhook)}`);
			} finally {
				await harness.close();
			}
		},
	},
];

module.exports = { list, table, account };
