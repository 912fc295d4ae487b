// CallRail as an MCP server inside n8n: the MCP Server Trigger (bearer authentication on) with four CallRail tools,
// reached by the official MCP TypeScript SDK over Streamable HTTP. Lists the tools, calls two, and shows that a
// client without the token is refused. The workflow is built from examples/callrail-mcp-server.json, the example users import.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const MCP_TRIGGER = '@n8n/n8n-nodes-langchain.mcpTrigger';

async function connect(url, token) {
	const client = new Client({ name: 'callrail-e2e', version: '1.0.0' });
	const headers = token ? { Authorization: `Bearer ${token}` } : {};
	await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
	return client;
}

const textOf = (result) => (result.content ?? []).filter((c) => c.type === 'text').map((c) => c.text).join('');

export default async function mcp({ step, check, Check, Skip, ctx, root, locator, prefix, waitFor, sleep }) {
	const types = await ctx.api.allNodeTypes();
	if (!types.some((t) => t.name === MCP_TRIGGER)) {
		await step('MCP Server Trigger with CallRail tools', async () => {
			throw new Skip(`n8n lists no ${MCP_TRIGGER}`);
		});
		return;
	}
	const token = randomBytes(24).toString('hex');
	const bearer = await ctx.api.createCredential({ name: 'MCP bearer', type: 'httpBearerAuth', data: { token } });
	const mcpPath = `callrail-e2e-${randomUUID().slice(0, 8)}`;
	const url = `${ctx.n8n.url}/mcp/${mcpPath}`;

	// The example workflow as a user imports it: our package prefix, this run's credentials, account and path.
	const example = JSON.parse(fs.readFileSync(path.join(root, 'examples', 'callrail-mcp-server.json'), 'utf8'));
	const nodes = example.nodes.map((node) => {
		const n = { ...node, id: randomUUID(), parameters: JSON.parse(JSON.stringify(node.parameters)) };
		if (node.type === MCP_TRIGGER) {
			n.parameters.path = mcpPath;
			n.webhookId = randomUUID();
			n.credentials = { httpBearerAuth: { id: bearer.id, name: 'MCP bearer' } };
		} else {
			n.type = node.type.replace(/^n8n-nodes-callrail\./, `${prefix}.`);
			n.parameters.accountId = locator(ctx.accountId);
			if (n.parameters.companyId) n.parameters.companyId = locator(ctx.companyId);
			n.credentials = { callRailApi: { id: ctx.credential.id, name: 'CallRail sandbox' } };
		}
		return n;
	});
	const wf = await ctx.api.createWorkflow({ name: 'E2E CallRail MCP server', nodes, connections: example.connections });
	let client;

	await step('MCP Server Trigger 2.1 (bearer auth) + 4 CallRail tools: activate, connect with the SDK', async () => {
		await ctx.api.activateWorkflow(wf.id);
		// An activated MCP URL answers 404 for a moment after activation returns.
		client = await waitFor('the MCP endpoint to accept a client', async () => {
			try {
				return await connect(url, token);
			} catch {
				await sleep(250);
				return null;
			}
		}, { timeoutMs: 15_000, intervalMs: 250 });
		return `${url}, server ${JSON.stringify(client.getServerVersion())}`;
	});
	if (!client) return;

	let tools = [];
	await step('MCP tools/list: four CallRail tools, their schemas from $fromAI(), the billing warning of Send Text', async () => {
		({ tools } = await client.listTools());
		const names = tools.map((t) => t.name).sort();
		check(JSON.stringify(names) === JSON.stringify(['Get_Call_Summary', 'Get_Many_Calls', 'Send_Text', 'Update_Call']), `tools: ${names.join(', ')}`);
		const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
		const props = (n) => Object.keys(byName[n].inputSchema?.properties ?? {}).sort().join(',');
		check(props('Get_Many_Calls') === 'limit,search', `Get_Many_Calls schema: ${JSON.stringify(byName.Get_Many_Calls.inputSchema)}`);
		check(props('Update_Call') === 'callId,note', `Update_Call schema: ${JSON.stringify(byName.Update_Call.inputSchema)}`);
		check(props('Send_Text') === 'content,customerPhoneNumber', `Send_Text schema: ${JSON.stringify(byName.Send_Text.inputSchema)}`);
		check(/COSTS MONEY/.test(byName.Send_Text.description) && /billed per message/.test(byName.Send_Text.description), `Send_Text description: ${byName.Send_Text.description}`);
		check(/^Get many calls in CallRail\./.test(byName.Get_Many_Calls.description) && /calls CAL/.test(byName.Get_Many_Calls.description), `Get_Many_Calls description: ${byName.Get_Many_Calls.description}`);
		check(!/COSTS MONEY/.test(byName.Update_Call.description) && /changes data/.test(byName.Update_Call.description), `Update_Call description: ${byName.Update_Call.description}`);
		return tools.map((t) => `${t.name} (${t.description.length} chars)`).join(', ');
	});

	let firstCall;
	await step('MCP tools/call Get_Many_Calls {limit: 2}: two simplified calls, per_page=2 at CallRail', async () => {
		ctx.sb.clearRequests();
		const result = await client.callTool({ name: 'Get_Many_Calls', arguments: { limit: 2, search: '' } });
		check(!result.isError, `tool error: ${textOf(result)}`);
		const text = textOf(result);
		let records;
		try {
			records = JSON.parse(text);
		} catch {
			throw new Check(`not JSON: ${text.slice(0, 300)}`);
		}
		records = Array.isArray(records) ? records : [records];
		check(records.length === 2 && records.every((r) => /^CAL/.test(r.id) && !('recording' in r)), `records: ${text.slice(0, 300)}`);
		const sent = ctx.sb.requests.filter((r) => r.path === `/v3/a/${ctx.accountId}/calls.json`);
		check(sent.length === 1 && String(sent[0].query.per_page) === '2', `sandbox saw ${JSON.stringify(sent.map((r) => r.query))}`);
		firstCall = records[0];
		return `${records.map((r) => r.id).join(', ')} (${Buffer.byteLength(text)} bytes)`;
	});

	await step('MCP tools/call Update_Call {callId, note}: a PUT with the note, the updated call back', async () => {
		check(firstCall, 'no call from the previous step');
		ctx.sb.clearRequests();
		const note = `Called back via MCP ${Date.now()}`;
		const result = await client.callTool({ name: 'Update_Call', arguments: { callId: firstCall.id, note } });
		check(!result.isError, `tool error: ${textOf(result)}`);
		const put = ctx.sb.requests.filter((r) => r.method === 'PUT');
		check(put.length === 1 && put[0].path === `/v3/a/${ctx.accountId}/calls/${firstCall.id}.json` && put[0].body?.note === note, `sandbox saw ${JSON.stringify(put.map((r) => [r.path, r.body]))}`);
		const stored = ctx.sb.store.calls.find((c) => c.id === firstCall.id);
		check(stored?.note === note, `stored note: ${stored?.note}`);
		check(textOf(result).includes(note), `result: ${textOf(result).slice(0, 300)}`);
		return `${firstCall.id} note set`;
	});

	await step('MCP tools/call Update_Call with a malformed call ID: no request, an error the model can act on', async () => {
		ctx.sb.clearRequests();
		const result = await client.callTool({ name: 'Update_Call', arguments: { callId: 'the last one', note: 'x' } });
		const text = textOf(result);
		check(ctx.sb.requests.length === 0, `sandbox saw ${ctx.sb.requests.map((r) => r.path).join(', ')}`);
		check(/not a valid call ID/.test(text) && /CAL followed by 32 hexadecimal/.test(text), `result: ${text}`);
		return text.slice(0, 160);
	});

	await step('MCP tools/call Get_Call_Summary: a period outside the list is refused, a valid one answers per source', async () => {
		ctx.sb.clearRequests();
		const bad = await client.callTool({ name: 'Get_Call_Summary', arguments: { dateRange: 'last_week' } });
		check(ctx.sb.requests.length === 0, `sandbox saw ${ctx.sb.requests.map((r) => r.path).join(', ')}`);
		check(/Date Range must be one of .*"last_7_days".*; got "last_week"/.test(textOf(bad)), `result: ${textOf(bad)}`);
		const good = await client.callTool({ name: 'Get_Call_Summary', arguments: { dateRange: 'last_30_days' } });
		check(!good.isError, `tool error: ${textOf(good)}`);
		const sent = ctx.sb.requests.filter((r) => r.path.endsWith('/calls/summary.json'));
		check(sent.length === 1 && sent[0].query.date_range === 'last_30_days' && sent[0].query.group_by === 'source', `sandbox saw ${JSON.stringify(sent.map((r) => r.query))}`);
		const groups = JSON.parse(textOf(good));
		check((Array.isArray(groups) ? groups : [groups]).every((g) => typeof g.key === 'string' && Number.isInteger(g.total_calls)), `groups: ${textOf(good).slice(0, 300)}`);
		return `${Array.isArray(groups) ? groups.length : 1} sources; refusal: ${textOf(bad).slice(0, 120)}`;
	});

	await step('MCP client without the token is refused', async () => {
		let refused;
		try {
			const c = await connect(url, undefined);
			await c.close();
		} catch (e) {
			refused = e;
		}
		check(refused, 'a client without the bearer token connected');
		check(/401|403|Unauthorized|Forbidden|Authorization data is wrong/i.test(String(refused?.message)), `refused, but not for authentication: ${refused?.message}`);
		// The same request without the SDK: the status n8n answers.
		const raw = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
			body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }),
		});
		const rawText = await raw.text();
		check(raw.status === 401 || raw.status === 403, `POST without a token answered ${raw.status}: ${rawText.slice(0, 200)}`);
		check(!/CAL[0-9a-f]{32}|Get_Many_Calls/.test(rawText), `the refusal leaks data: ${rawText.slice(0, 200)}`);
		let wrong;
		try {
			const c = await connect(url, 'not-the-token');
			await c.close();
		} catch (e) {
			wrong = e;
		}
		check(wrong, 'a client with a wrong token connected');
		return `HTTP ${raw.status}; SDK: ${String(refused.message).slice(0, 100)}`;
	});

	await step('MCP: close the client, deactivate the workflow', async () => {
		await client.close();
		await ctx.api.deactivateWorkflow(wf.id);
		return 'ok';
	});
}
