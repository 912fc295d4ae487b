// n8n's AI Agent calling the CallRail Tool, with a scripted model (scripts/e2e/scripted-openai.mjs) in place of OpenAI.
// Asserts what the model was given (the tool's name, description and parameter schema), the request CallRail (the
// sandbox) saw, the agent's final answer, and what the model gets back for a bad argument and for no records.
import { randomUUID } from 'node:crypto';

import { defaultAnswer, startScriptedOpenAi, toolsOf } from '../scripted-openai.mjs';

const AGENT = '@n8n/n8n-nodes-langchain.agent';
const CHAT_MODEL = '@n8n/n8n-nodes-langchain.lmChatOpenAi';

/** Manual Trigger → AI Agent, with the OpenAI Chat Model and the CallRail Tool attached. */
export function agentWorkflow({ name, prompt, toolParameters, prefix, credRef, openAiCredential, toolVersion, agentVersion = 3.1, responsesApi = true }) {
	return {
		name,
		nodes: [
			{ id: randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: randomUUID(),
				name: 'AI Agent',
				type: AGENT,
				typeVersion: agentVersion,
				position: [220, 0],
				parameters: { promptType: 'define', text: prompt, options: {} },
			},
			{
				id: randomUUID(),
				name: 'OpenAI Chat Model',
				type: CHAT_MODEL,
				typeVersion: 1.3,
				position: [160, 220],
				parameters: { model: { __rl: true, mode: 'list', value: 'gpt-5-mini' }, responsesApiEnabled: responsesApi, options: {} },
				credentials: { openAiApi: openAiCredential },
			},
			{
				id: randomUUID(),
				name: 'CallRail Tool',
				type: `${prefix}.callRailTool`,
				typeVersion: toolVersion,
				position: [380, 220],
				parameters: toolParameters,
				credentials: credRef(),
			},
		],
		connections: {
			Start: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			'OpenAI Chat Model': { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] },
			'CallRail Tool': { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
		},
	};
}

export default async function aiAgent({ step, check, Skip, ctx, executionError, nodeOutput, locator, credRef, prefix, started, log, N8N_MAJOR }) {
	/**
	 * n8n 1.x's AI Agent (3.0) does not hand a tool's error to the model: it ends the run with it. There the node's
	 * actionable message must be the execution's error; in 2.x it is what the model reads.
	 */
	const toolErrorOf = (ex, toolResult) => {
		if (N8N_MAJOR === 1 && ex.status === 'error') return { seenBy: 'the execution', error: executionError(ex).replace(/^CallRail Tool: /, '') };
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		const parsed = JSON.parse(toolResult ?? '{}');
		return { seenBy: 'the model', error: (Array.isArray(parsed) ? parsed[0]?.error : parsed.error) ?? String(toolResult) };
	};
	const types = await ctx.api.allNodeTypes();
	const toolType = types.find((t) => t.name === `${prefix}.callRailTool`);
	const agentType = types.find((t) => t.name === AGENT);
	if (!toolType || !agentType) {
		await step('AI Agent with the CallRail Tool', async () => {
			throw new Skip(`n8n lists ${toolType ? '' : `no ${prefix}.callRailTool `}${agentType ? '' : `no ${AGENT}`}`);
		});
		return;
	}
	const toolVersion = Array.isArray(toolType.version) ? Math.max(...toolType.version) : toolType.version;
	// The newest AI Agent this n8n has: 3.1 in n8n 2.40, 3 in n8n 1.123 (both take the same parameters used here).
	const agentVersion = Math.max(...[].concat(...types.filter((t) => t.name === AGENT).map((t) => t.version)));

	const model = await startScriptedOpenAi({ toolName: /^CallRail_Tool$/, arguments: { limit: 3 }, log: (line) => log(`  scripted model: ${line}`) });
	started.push(['scripted model', () => model.close()]);
	const openAi = await ctx.api.createCredential({ name: 'Scripted model', type: 'openAiApi', data: { apiKey: 'sk-scripted-not-a-secret', url: `${model.url}/v1` } });
	const openAiCredential = { id: openAi.id, name: 'Scripted model' };

	const toolParameters = {
		resource: 'call',
		operation: 'getMany',
		accountId: locator(ctx.accountId),
		returnAll: false,
		limit: "={{ $fromAI('limit', 'How many calls to return, newest first (1 to 250)', 'number') }}",
		filters: { search: "={{ $fromAI('search', 'One search term: a customer name or phone number; empty for all calls', 'string', '') }}" },
		output: 'simple',
	};
	const run = async (name, args) => {
		model.clear();
		model.setArguments(args);
		ctx.sb.clearRequests();
		const wf = await ctx.api.createWorkflow(agentWorkflow({ name, prompt: 'What are my latest calls?', toolParameters, prefix, credRef, openAiCredential, toolVersion, agentVersion }));
		const ex = await ctx.api.runWorkflow(wf.id, { triggerName: 'Start', timeoutMs: 120_000 });
		const turns = model.turns();
		const toolResult = turns[1] ? (turns[1].body.input ?? []).find((i) => i.type === 'function_call_output')?.output : undefined;
		return { wf, ex, turns, toolResult, answer: nodeOutput(ex, 'AI Agent')?.[0]?.output };
	};

	await step(`AI Agent ${agentVersion} + OpenAI Chat Model 1.3 (Responses API) → CallRail Tool: Get Many calls, limit from $fromAI`, async () => {
		const { ex, turns, toolResult, answer } = await run('E2E agent: latest calls', { limit: 3 });
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		check(turns.length === 2 && turns.every((t) => t.path === '/v1/responses'), `expected two POST /v1/responses, got ${turns.map((t) => `${t.method} ${t.path}`).join(', ')}`);

		const tools = toolsOf(turns[0].body);
		const tool = tools.find((t) => t.name === 'CallRail_Tool');
		check(tool, `the model was offered ${tools.map((t) => t.name).join(', ') || 'no tools'}, not CallRail_Tool`);
		check(/^Get many calls in CallRail\. List calls with filters/.test(tool.description ?? '') && /calls CAL/.test(tool.description), `tool description: ${tool.description}`);
		const props = tool.parameters?.properties ?? {};
		check(Object.keys(props).sort().join(',') === 'limit,search', `tool schema properties: ${JSON.stringify(props)}`);
		check(props.limit.type === 'number' && /1 to 250/.test(props.limit.description ?? ''), `limit schema: ${JSON.stringify(props.limit)}`);
		check(props.search.type === 'string', `search schema: ${JSON.stringify(props.search)}`);

		const calls = ctx.sb.requests.filter((r) => r.path === `/v3/a/${ctx.accountId}/calls.json`);
		check(calls.length === 1, `the sandbox saw ${calls.length} calls.json requests: ${ctx.sb.requests.map((r) => r.path).join(', ')}`);
		check(String(calls[0].query.per_page) === '3', `per_page sent: ${JSON.stringify(calls[0].query)}`);
		check(String(calls[0].query.fields ?? '').includes('source_name'), `Simplified output did not ask for its optional fields: ${JSON.stringify(calls[0].query)}`);

		const records = JSON.parse(toolResult);
		check(Array.isArray(records) && records.length === 3, `tool result given to the model: ${String(toolResult).slice(0, 300)}`);
		check(records.every((r) => /^CAL/.test(r.id) && 'start_time' in r && !('recording' in r) && !('company_time_zone' in r)), `records are not the simplified form: ${JSON.stringify(records[0])}`);
		check(answer === defaultAnswer(toolResult), `agent answered ${JSON.stringify(answer)}, expected ${JSON.stringify(defaultAnswer(toolResult))}`);
		return `${answer} (tool result ${Buffer.byteLength(toolResult)} bytes for 3 calls)`;
	});

	await step('AI Agent → CallRail Tool with limit "lots": no request, the model reads what to fix', async () => {
		const { ex, turns, toolResult, answer } = await run('E2E agent: bad limit', { limit: 'lots' });
		const { seenBy, error } = toolErrorOf(ex, toolResult);
		const sent = ctx.sb.requests.filter((r) => r.path.includes('/calls'));
		check(sent.length === 0, `the sandbox saw ${sent.map((r) => `${r.path}?${new URLSearchParams(r.query)}`).join(', ')}`);
		check(error === 'Limit must be a number of at least 1; got "lots"', `${seenBy} got: ${error}`);
		if (seenBy === 'the execution') return `n8n ${N8N_MAJOR}.x's Agent ended the run with: ${error}`;
		check(turns.length === 2, `model turns: ${turns.length}`);
		check(answer === defaultAnswer(toolResult), `answer ${answer}`);
		return String(answer);
	});

	await step('AI Agent → CallRail Tool with no arguments at all ({}): no per_page=NaN, the model reads what is missing', async () => {
		const { ex, toolResult, answer } = await run('E2E agent: no arguments', {});
		const { seenBy, error } = toolErrorOf(ex, toolResult);
		const sent = ctx.sb.requests.filter((r) => r.path.includes('/calls'));
		check(sent.length === 0, `the sandbox saw ${sent.map((r) => `${r.path}?${r.rawQuery}`).join(', ')}`);
		check(/limit/i.test(error), `${seenBy} got: ${error}`);
		return seenBy === 'the execution' ? `n8n ${N8N_MAJOR}.x's Agent ended the run with: ${error}` : String(answer);
	});

	await step('AI Agent → CallRail Tool with a search that matches nothing: the model reads "No calls found"', async () => {
		const { ex, toolResult, answer } = await run('E2E agent: no records', { limit: 5, search: 'zz-no-such-caller-zz' });
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		check(/No calls found/.test(toolResult ?? ''), `the model got ${JSON.stringify(toolResult)}`);
		const sent = ctx.sb.requests.filter((r) => r.path === `/v3/a/${ctx.accountId}/calls.json`);
		check(sent.length === 1 && sent[0].query.search === 'zz-no-such-caller-zz', `sandbox saw ${JSON.stringify(sent.map((r) => r.query))}`);
		return String(answer);
	});

	await step('AI Agent with the Chat Completions API (Responses API off) → CallRail Tool', async () => {
		model.clear();
		model.setArguments({ limit: 2 });
		ctx.sb.clearRequests();
		const wf = await ctx.api.createWorkflow(agentWorkflow({ name: 'E2E agent: chat completions', prompt: 'Two latest calls?', toolParameters, prefix, credRef, openAiCredential, toolVersion, agentVersion, responsesApi: false }));
		const ex = await ctx.api.runWorkflow(wf.id, { triggerName: 'Start', timeoutMs: 120_000 });
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		const turns = model.turns();
		check(turns.length === 2 && turns.every((t) => t.path === '/v1/chat/completions'), `model turns: ${turns.map((t) => t.path).join(', ')}`);
		const result = turns[1].body.messages.find((m) => m.role === 'tool')?.content;
		const records = JSON.parse(result);
		check(records.length === 2, `tool result: ${String(result).slice(0, 200)}`);
		const answer = nodeOutput(ex, 'AI Agent')?.[0]?.output;
		check(answer === defaultAnswer(result), `answer ${answer}`);
		return answer;
	});
}
