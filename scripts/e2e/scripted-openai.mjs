#!/usr/bin/env node
// A scripted OpenAI-compatible model on 127.0.0.1, for testing n8n's AI Agent without a network or a real model.
//
// Deterministic, two turns: a request that carries no tool result is answered with one call of a tool (the first
// tool whose name matches `toolName`, with `arguments`); a request that carries a tool result is answered with a
// final text built from that result by `answer(result)`; a request that offers no tool (a plain prompt, as n8n's
// Basic LLM Chain sends) is answered with `reply(body)` when given. Every request is recorded (method, path, body), so a test
// can assert the tool definition the model was given.
//
// Speaks the Responses API (`POST /v1/responses`, what n8n's OpenAI Chat Model 1.3 uses by default) and Chat
// Completions (`POST /v1/chat/completions`, when "Use Responses API" is off), both plain JSON or server-sent events
// when the request asks for `stream: true`, and `GET /v1/models` for the editor's model list.
//
//   import { startScriptedOpenAi } from './scripted-openai.mjs';
//   const model = await startScriptedOpenAi({ toolName: /CallRail/, arguments: { limit: 3 } });
//   // credential openAiApi: { apiKey: 'any', url: `${model.url}/v1` } … model.requests … await model.close();
//
//   node scripts/e2e/scripted-openai.mjs [--port 4020]   (prints {"url": …} and logs each request to stderr)
import http from 'node:http';
import { pathToFileURL } from 'node:url';

/** The default final answer: how many records the tool returned and the first one's id, or the tool's message. */
export function defaultAnswer(result) {
	let data = result;
	try {
		data = JSON.parse(result);
	} catch {
		// a plain-text result stays text
	}
	const first = Array.isArray(data) ? data[0] : data;
	if (first && typeof first === 'object' && 'error' in first) return `The CallRail tool failed: ${first.error}`;
	if (Array.isArray(data) && first && typeof first === 'object' && 'message' in first && !('id' in first)) {
		return `CallRail answered: ${first.message}`;
	}
	if (Array.isArray(data)) {
		return `CallRail returned ${data.length} record(s). The first is ${first?.id ?? 'without an id'}${first?.customer_name ? ` (${first.customer_name})` : ''}.`;
	}
	return `CallRail answered: ${typeof data === 'string' ? data : JSON.stringify(data)}`;
}

/** Text of a tool result in either API's shape (Responses `function_call_output`, Chat `role: tool`). */
function toolResultOf(body) {
	if (Array.isArray(body.input)) {
		const outputs = body.input.filter((i) => i && i.type === 'function_call_output');
		const last = outputs.at(-1);
		if (last) return typeof last.output === 'string' ? last.output : JSON.stringify(last.output);
	}
	if (Array.isArray(body.messages)) {
		const tools = body.messages.filter((m) => m && m.role === 'tool');
		const last = tools.at(-1);
		if (last) return typeof last.content === 'string' ? last.content : JSON.stringify(last.content);
	}
	return undefined;
}

/** The tools offered, normalised to { name, description, parameters } for both APIs. */
export function toolsOf(body) {
	return (body.tools ?? []).map((t) => (t.function ? { ...t.function, type: t.type } : t));
}

export async function startScriptedOpenAi({ port = 0, toolName = /./, arguments: args = {}, answer = defaultAnswer, reply, log } = {}) {
	const requests = [];
	let seq = 0;
	let toolArguments = args;
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			let body = {};
			try {
				body = raw ? JSON.parse(raw) : {};
			} catch {
				return send(res, 400, { error: { message: 'body is not JSON', type: 'invalid_request_error' } });
			}
			const path = req.url.split('?')[0];
			requests.push({ method: req.method, path, body, headers: { authorization: req.headers.authorization ? '(set)' : undefined } });
			log?.(`${req.method} ${path}`);
			if (req.method === 'GET' && /\/models$/.test(path)) {
				return send(res, 200, { object: 'list', data: [{ id: 'gpt-5-mini', object: 'model', created: 0, owned_by: 'scripted' }] });
			}
			if (req.method !== 'POST' || !/\/(responses|chat\/completions)$/.test(path)) {
				return send(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' } });
			}
			const result = toolResultOf(body);
			const tools = toolsOf(body);
			const tool = tools.find((t) => toolName.test(t.name));
			seq += 1;
			const turn = result === undefined
				? !tools.length && reply
					? { kind: 'text', text: reply(body) }
					: tool
						? { kind: 'call', name: tool.name, arguments: JSON.stringify(toolArguments), callId: `call_${seq}` }
						: { kind: 'text', text: `No tool matching ${toolName} was offered (${tools.map((t) => t.name).join(', ') || 'none'}).` }
				: { kind: 'text', text: answer(result) };
			const model = body.model ?? 'gpt-5-mini';
			if (path.endsWith('/responses')) return responses(res, body.stream === true, turn, model, seq);
			return chat(res, body.stream === true, turn, model, seq);
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const url = `http://127.0.0.1:${server.address().port}`;
	return {
		url,
		requests,
		/** Only the model turns (responses or chat completions). */
		turns: () => requests.filter((r) => r.method === 'POST'),
		clear: () => requests.splice(0),
		/** The arguments of the next tool calls (a test runs several scripts against one server). */
		setArguments: (next) => {
			toolArguments = next;
		},
		close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
	};
}

const usage = { input_tokens: 10, output_tokens: 5, total_tokens: 15, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 0 } };

function send(res, status, body) {
	res.writeHead(status, { 'content-type': 'application/json' });
	res.end(JSON.stringify(body));
}

function sse(res, events) {
	res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
	for (const e of events) res.write(`${e.event ? `event: ${e.event}\n` : ''}data: ${typeof e.data === 'string' ? e.data : JSON.stringify(e.data)}\n\n`);
	res.end();
}

function responses(res, stream, turn, model, seq) {
	const item = turn.kind === 'call'
		? { type: 'function_call', id: `fc_${seq}`, call_id: turn.callId, name: turn.name, arguments: turn.arguments, status: 'completed' }
		: { type: 'message', id: `msg_${seq}`, role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: turn.text, annotations: [] }] };
	const response = { id: `resp_${seq}`, object: 'response', created_at: 1_700_000_000 + seq, status: 'completed', model, output: [item], usage, error: null, incomplete_details: null };
	if (!stream) return send(res, 200, response);
	const events = [
		{ event: 'response.created', data: { type: 'response.created', response: { ...response, status: 'in_progress', output: [] } } },
		{ event: 'response.output_item.added', data: { type: 'response.output_item.added', output_index: 0, item: { ...item, status: 'in_progress', ...(turn.kind === 'call' ? { arguments: '' } : { content: [] }) } } },
	];
	if (turn.kind === 'call') {
		events.push({ event: 'response.function_call_arguments.delta', data: { type: 'response.function_call_arguments.delta', item_id: item.id, output_index: 0, delta: turn.arguments } });
		events.push({ event: 'response.function_call_arguments.done', data: { type: 'response.function_call_arguments.done', item_id: item.id, output_index: 0, arguments: turn.arguments } });
	} else {
		events.push({ event: 'response.output_text.delta', data: { type: 'response.output_text.delta', item_id: item.id, output_index: 0, content_index: 0, delta: turn.text } });
		events.push({ event: 'response.output_text.done', data: { type: 'response.output_text.done', item_id: item.id, output_index: 0, content_index: 0, text: turn.text } });
	}
	events.push({ event: 'response.output_item.done', data: { type: 'response.output_item.done', output_index: 0, item } });
	events.push({ event: 'response.completed', data: { type: 'response.completed', response } });
	return sse(res, events);
}

function chat(res, stream, turn, model, seq) {
	const message = turn.kind === 'call'
		? { role: 'assistant', content: null, tool_calls: [{ id: turn.callId, type: 'function', function: { name: turn.name, arguments: turn.arguments } }] }
		: { role: 'assistant', content: turn.text };
	const finish = turn.kind === 'call' ? 'tool_calls' : 'stop';
	const chatUsage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
	const base = { id: `chatcmpl_${seq}`, created: 1_700_000_000 + seq, model };
	if (!stream) return send(res, 200, { ...base, object: 'chat.completion', choices: [{ index: 0, message, finish_reason: finish }], usage: chatUsage });
	const delta = turn.kind === 'call'
		? { role: 'assistant', tool_calls: [{ index: 0, ...message.tool_calls[0] }] }
		: { role: 'assistant', content: turn.text };
	return sse(res, [
		{ data: { ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: null }] } },
		{ data: { ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: finish }], usage: chatUsage } },
		{ data: '[DONE]' },
	]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const at = process.argv.indexOf('--port');
	const model = await startScriptedOpenAi({ port: at > 0 ? Number(process.argv[at + 1]) : 0, log: (line) => process.stderr.write(`${line}\n`) });
	process.stdout.write(`${JSON.stringify({ url: model.url, openAiBaseUrl: `${model.url}/v1` })}\n`);
	const stop = () => model.close().then(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}
