'use strict';
/**
 * Small stand-ins for the n8n nodes the examples use besides CallRail's, so that `npm run demo` can run each example
 * through n8n's engine with its own parameters (expressions included), without n8n-nodes-base or a real model:
 * - Edit Fields (Set): the assignments become the item, as Set 3.4 does without "Include Other Fields";
 * - HTTP Request: sends nothing; its item says what it would send (method, URL, the JSON body);
 * - Basic LLM Chain: the system messages and the prompt go to an OpenAI-compatible model (the scripted one of
 *   scripts/e2e/scripted-openai.mjs, on 127.0.0.1) and its answer becomes `text`, as the chain outputs it.
 */

const description = (name, displayName, properties) => ({
	displayName,
	name,
	group: ['transform'],
	version: 1,
	description: `Demo stand-in for n8n's ${displayName} node`,
	defaults: { name: displayName },
	inputs: ['main'],
	outputs: ['main'],
	properties,
});

const setNode = {
	description: description('n8n-nodes-base.set', 'Edit Fields', [
		{ displayName: 'Fields to Set', name: 'assignments', type: 'assignmentCollection', default: {} },
	]),
	async execute() {
		return [this.getInputData().map((_, i) => ({
			json: Object.fromEntries(this.getNodeParameter('assignments.assignments', i, []).map((a) => [a.name, a.value])),
		}))];
	},
};

const httpRequestNode = {
	description: description('n8n-nodes-base.httpRequest', 'HTTP Request', [
		{ displayName: 'Method', name: 'method', type: 'string', default: 'GET' },
		{ displayName: 'URL', name: 'url', type: 'string', default: '' },
		{ displayName: 'JSON', name: 'jsonBody', type: 'string', default: '' },
	]),
	async execute() {
		return [this.getInputData().map((_, i) => ({
			json: {
				sent: false,
				method: this.getNodeParameter('method', i),
				url: this.getNodeParameter('url', i),
				body: JSON.parse(this.getNodeParameter('jsonBody', i) || 'null'),
			},
		}))];
	},
};

function basicLlmChainNode(modelUrl) {
	return {
		description: description('@n8n/n8n-nodes-langchain.chainLlm', 'Basic LLM Chain', [
			{ displayName: 'Prompt', name: 'text', type: 'string', default: '' },
			{
				displayName: 'Messages',
				name: 'messages',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				options: [{ displayName: 'Message', name: 'messageValues', values: [{ displayName: 'Message', name: 'message', type: 'string', default: '' }] }],
			},
		]),
		async execute() {
			const out = [];
			for (let i = 0; i < this.getInputData().length; i++) {
				const system = this.getNodeParameter('messages.messageValues', i, []).map((m) => ({ role: 'system', content: m.message }));
				const response = await fetch(`${modelUrl}/v1/chat/completions`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', authorization: 'Bearer demo' },
					body: JSON.stringify({ model: 'gpt-5-mini', messages: [...system, { role: 'user', content: this.getNodeParameter('text', i) }] }),
				});
				const answer = await response.json();
				out.push({ json: { text: answer.choices[0].message.content } });
			}
			return [out];
		},
	};
}

/** Registers the stand-ins with the in-process engine (`registerNodeType` of test/harness/n8n.ts). */
function registerStandIns(registerNodeType, { modelUrl }) {
	for (const node of [setNode, httpRequestNode, basicLlmChainNode(modelUrl)]) registerNodeType(node.description.name, node);
}

module.exports = { registerStandIns };
