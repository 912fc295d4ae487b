'use strict';
/**
 * What `npm run demo` runs: each workflow of examples/ (the MCP server excepted: it needs n8n's MCP Server Trigger,
 * see scripts/e2e/suites/55-mcp.mjs), with the nodes and parameters of the example file, the sandbox's account in
 * place of the one a user picks, the CallRail triggers fed by the sandbox's signed webhooks or polled, and the other
 * nodes played by the stand-ins of stand-ins.cjs.
 */
const fs = require('node:fs');
const path = require('node:path');

const examplesDir = path.resolve(__dirname, '..', '..', 'examples');

function table(rows, columns) {
	const widths = columns.map((c) => Math.min(32, Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length))));
	const line = (values) => `  ${values.map((v, i) => String(v ?? '').slice(0, widths[i]).padEnd(widths[i])).join('  ')}`;
	console.log(line(columns));
	console.log(line(widths.map((w) => '-'.repeat(w))));
	for (const row of rows) console.log(line(columns.map((c) => row[c])));
}

/** The nodes of examples/<file>, by name, with the sandbox's account wherever the example leaves the account to pick. */
function example(file, ctx) {
	const workflow = JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8'));
	const account = { __rl: true, mode: 'id', value: ctx.sandbox.ids.accounts[0] };
	const nodes = {};
	for (const node of workflow.nodes) {
		const parameters = structuredClone(node.parameters);
		if (parameters.accountId) parameters.accountId = account;
		nodes[node.name] = { name: node.name, type: node.type, typeVersion: node.typeVersion, parameters, settings: node.executeOnce ? { executeOnce: true } : undefined };
	}
	return nodes;
}

/** Runs the named example nodes one after the other; fails with the first node's error. */
async function runChain(ctx, nodes, input) {
	const result = await ctx.runWorkflow(nodes, { credentials: ctx.credentials, input });
	for (const node of nodes) {
		const error = result.error(node.name);
		if (error) throw new Error(`${node.name}: ${error.message}${error.description ? ` (${error.description})` : ''}`);
	}
	return result;
}

/** Activates the example's CallRail Trigger on the sandbox, fires signed events at it, and returns what started. */
async function withTrigger(ctx, trigger, fire) {
	const { startTriggerHarness } = require(`${ctx.root}/.build/test/harness/webhook.js`);
	const harness = await startTriggerHarness();
	try {
		const wf = await harness.workflow(trigger.parameters, ctx.credentials, { typeVersion: trigger.typeVersion });
		await wf.activate();
		await fire(wf);
		const started = wf.deliveries.filter((d) => d.started);
		await wf.delete();
		return { started, fired: wf.deliveries.length };
	} finally {
		await harness.close();
	}
}

const list = [
	{
		file: 'new-call-to-crm-contact.json',
		title: '1. New call with its attribution → CRM contact',
		explain: 'CallRail Polling Trigger (New Call, Include Fields: source, UTM, keywords, landing page, GCLID…) → Edit Fields → HTTP Request to the CRM (not sent).',
		async run(ctx) {
			const nodes = example(this.file, ctx);
			const trigger = nodes['New CallRail call'];
			const { pollWorkflow } = require(`${ctx.root}/.build/test/harness/poll.js`);
			// A backfill instead of waiting for the next call: the first poll emits the last day's calls.
			const parameters = { ...trigger.parameters, options: { ...trigger.parameters.options, backfillHours: 24 } };
			const poll = await pollWorkflow(parameters, ctx.credentials, {}, undefined, trigger.typeVersion);
			const calls = (await poll.poll()) ?? [];
			if (!calls.length) throw new Error('the poll emitted no call');
			const asked = ctx.sandbox.requests.at(-1)?.query?.fields ?? '';
			const missing = trigger.parameters.options.fields.filter((field) => !asked.split(',').includes(field));
			if (missing.length) throw new Error(`the poll did not ask CallRail for the Include Fields ${missing.join(', ')}`);
			const result = await runChain(ctx, [nodes['Map to CRM contact'], nodes['Create CRM contact']], calls.slice(0, 4));
			const sent = result.output('Create CRM contact').map((item) => item.json);
			ctx.progress(`${calls.length} calls emitted; the first ${sent.length} as the CRM would receive them (${sent[0].method} ${sent[0].url}):`);
			table(sent.map((s) => s.body), ['name', 'lead_source', 'utm_source', 'utm_campaign', 'landing_page', 'called_at']);
		},
	},
	{
		file: 'missed-call-follow-up-text.json',
		title: '2. A missed call answered by a follow-up text',
		explain: 'CallRail Trigger (Post-Call; Filters: missed, inbound) → CallRail Text Message › Send, from the number the customer called. A forged request is refused.',
		async run(ctx) {
			const nodes = example(this.file, ctx);
			const textable = (call) => ctx.sandbox.store.trackers.some((t) => t.id === call.tracker_id && t.status === 'active' && t.sms_enabled);
			const inbound = ctx.sandbox.store.calls.filter((c) => c.direction === 'inbound' && textable(c));
			const missed = inbound.find((c) => !c.answered && !c.voicemail);
			const answered = inbound.find((c) => c.answered);
			let forged;
			const { started, fired } = await withTrigger(ctx, nodes['Missed inbound call'], async (wf) => {
				for (const call of [answered, missed]) await ctx.sandbox.fireWebhook({ companyId: call.company_id, event: 'post_call_webhook', resourceId: call.id });
				forged = await fetch(`${wf.webhookUrl()}?event=post_call_webhook`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', signature: 'Zm9yZ2Vk' },
					body: JSON.stringify({ resource_id: 'CALforged', company_resource_id: missed.company_id }),
				});
			});
			ctx.progress(`${fired} deliveries (an answered call, a missed one, a forged one answered ${forged.status}); executions started: ${started.length}`);
			if (forged.status !== 401) throw new Error('a forged request was not refused');
			if (started.length !== 1 || started[0].items[0].resource_id !== missed.id) throw new Error('only the missed call should start the workflow');
			const result = await runChain(ctx, [nodes['Send follow-up text']], started[0].items);
			const sent = ctx.sandbox.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/text-messages.json')).at(-1);
			table([{ to: sent.body.customer_phone_number, from: sent.body.tracking_number, content: sent.body.content }], ['to', 'from', 'content']);
			ctx.progress(`CallRail answered with conversation ${result.output('Send follow-up text')[0].json.id}`);
		},
	},
	{
		file: 'ai-call-scoring.json',
		title: '3. AI call scoring from the transcript',
		explain: 'CallRail Trigger (Call Modified; Changes: Transcription Text) → Call › Get (Include Fields: Transcription) → Basic LLM Chain (a scripted model) → Call › Update (lead status, note, tag).',
		async run(ctx) {
			const nodes = example(this.file, ctx);
			const [call, other] = ctx.sandbox.store.calls.filter((c) => c.direction === 'inbound' && c.answered);
			// CallRail finishes the transcript of one call (and someone edits the tags of another).
			call.transcription = 'Agent: Thanks for calling, how can I help? Caller: My furnace stopped working. Can I book an appointment for tomorrow morning? Agent: Yes, 9 am works.';
			call._changes = ['transcription'];
			other._changes = ['tags'];
			const { started } = await withTrigger(ctx, nodes['Transcript ready'], async () => {
				for (const c of [other, call]) await ctx.sandbox.fireWebhook({ companyId: c.company_id, event: 'updated_call_webhook', resourceId: c.id });
			});
			if (started.length !== 1 || started[0].items[0].resource_id !== call.id) throw new Error('only the transcript change should start the workflow');
			const result = await runChain(ctx, [nodes['Get transcript'], nodes['Score the call'], nodes['Write the score to CallRail']], started[0].items);
			ctx.progress(`the model answered ${result.output('Score the call')[0].json.text}`);
			const updated = result.output('Write the score to CallRail')[0].json;
			const tags = (updated.tags ?? []).map((t) => t.name ?? t);
			table([{ call: updated.id, lead_status: updated.lead_status, note: updated.note, tags: tags.join(', ') }], ['call', 'lead_status', 'note', 'tags']);
			if (updated.lead_status !== 'good_lead' || !tags.includes('ai-scored')) throw new Error('the score did not reach the call');
		},
	},
	{
		file: 'weekly-summary-by-source.json',
		title: '4. The weekly report: calls by source',
		explain: 'Summary › Get Call Summary grouped by source, last 7 days → one report line per source → one chat message (HTTP Request, not sent).',
		async run(ctx) {
			const nodes = example(this.file, ctx);
			const result = await runChain(ctx, [nodes['Calls by source, last 7 days'], nodes['Report line'], nodes['Post to chat']]);
			const posts = result.output('Post to chat').map((item) => item.json);
			if (posts.length !== 1) throw new Error(`expected one chat message, got ${posts.length}`);
			console.log(posts[0].body.text.replace(/^/gm, '  '));
		},
	},
];

/** The workflow files of examples/. */
const exampleFiles = () => fs.readdirSync(examplesDir).filter((file) => file.endsWith('.json')).sort();

module.exports = { list, table, exampleFiles };
