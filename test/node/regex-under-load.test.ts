/**
 * Before every execution n8n checks each node's parameters (WorkflowExecute.checkForWorkflowIssues →
 * NodeHelpers.getNodeParametersIssues), and a resource locator mode with a `validation` regex is tested through
 * n8n-workflow's safeRegex, in a vm with a 250 ms timeout. On a busy worker that check can time out and fail an
 * execution whose webhook delivery n8n already answered 200. These tests replace the regex engine with one that
 * behaves as n8n's does when the process stalls (it throws the timeout error) and check that no parameter of this
 * package reaches it, while malformed IDs are still refused with an actionable message before any request.
 */
import type { INode, INodeProperties, INodeParameters, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers, resetSafeRegexEngine, setSafeRegexEngine } from 'n8n-workflow';

import { loadPackage, nodeTypeName, runNode } from '../harness/n8n';
import { pollWorkflow } from '../harness/poll';
import { byId, useSandbox } from '../harness/sandbox';
import { startTriggerHarness } from '../harness/webhook';

const TIMEOUT = 'Regular expression execution timed out';

/** n8n's engine when the 250 ms budget is exceeded; counts how often it was asked. */
function stalledEngine() {
	const calls: string[] = [];
	const stall = (pattern: string) => {
		calls.push(pattern);
		throw new Error(TIMEOUT);
	};
	return {
		calls,
		engine: { exec: stall, test: stall, replace: stall, matchAll: stall, split: stall },
	};
}

/** Every resource locator of a description (at any depth), filled in "By ID" mode with a well-formed ID. */
function locatorsById(properties: INodeProperties[], ids: Record<string, string>): INodeParameters {
	const parameters: INodeParameters = {};
	for (const property of properties) {
		if (property.type !== 'resourceLocator') continue;
		parameters[property.name] = byId(ids[property.name] ?? '12345');
	}
	return parameters;
}

describe('Parameters under load: no regex check n8n could time out', () => {
	const env = useSandbox();
	let stalled: ReturnType<typeof stalledEngine>;

	beforeEach(() => {
		stalled = stalledEngine();
		setSafeRegexEngine(stalled.engine);
	});
	afterEach(() => resetSafeRegexEngine());

	it('n8n-workflow really checks locator regexes through this engine (the test can fail)', () => {
		const property: INodeProperties = {
			displayName: 'Thing',
			name: 'thingId',
			type: 'resourceLocator',
			default: { mode: 'id', value: '' },
			modes: [{ displayName: 'ID', name: 'id', type: 'string', validation: [{ type: 'regex', properties: { regex: '[0-9]+', errorMessage: 'x' } }] }],
		};
		const node = { name: 'n', type: 't', typeVersion: 1, position: [0, 0], parameters: { thingId: byId('1') } } as unknown as INode;
		expect(() => NodeHelpers.getNodeParametersIssues([property], node, null)).toThrow(TIMEOUT);
		expect(stalled.calls).toEqual(['^[0-9]+$']);
	});

	it.each(['callRail', 'callRailTrigger', 'callRailPollingTrigger'])(
		'%s: the pre-execution parameter check never reaches the regex engine',
		async (name) => {
			const { nodeTypes } = await loadPackage();
			const description = nodeTypes.getByNameAndVersion(nodeTypeName(name), 1).description as INodeTypeDescription;
			const { account, company, tracker, user } = env.primary();
			const ids = { accountId: account, companyId: company, trackerId: tracker, userId: user };
			const seen = new Set<string>();
			// Every resource × operation the node offers, so no locator hidden behind displayOptions is missed.
			const resources = description.properties.find((p) => p.name === 'resource')?.options ?? [{ value: undefined }];
			for (const resource of resources as Array<{ value?: string }>) {
				const operations = description.properties.filter(
					(p) => p.name === 'operation' && (!resource.value || p.displayOptions?.show?.resource?.includes(resource.value)),
				);
				for (const operation of operations.flatMap((p) => (p.options ?? []) as Array<{ value: string }>).concat(operations.length ? [] : [{ value: '' }])) {
					const parameters: INodeParameters = {
						...(resource.value ? { resource: resource.value } : {}),
						...(operation.value ? { operation: operation.value } : {}),
						...locatorsById(description.properties, ids),
					};
					const node: INode = { id: 'n', name: 'Node', type: description.name, typeVersion: 1, position: [0, 0], parameters };
					const withDefaults = NodeHelpers.getNodeParameters(description.properties, parameters, true, false, node, description);
					node.parameters = withDefaults ?? parameters;
					expect(() => NodeHelpers.getNodeParametersIssues(description.properties, node, description)).not.toThrow();
					for (const property of description.properties) if (property.type === 'resourceLocator') seen.add(property.name);
				}
			}
			expect(stalled.calls).toEqual([]);
			expect(seen).toContain('accountId');
		},
	);

	it('a workflow with the action node runs through WorkflowExecute while the regex engine is stalled', async () => {
		const { account } = env.primary();
		const result = await runNode({ resource: 'account', operation: 'get', accountId: byId(account) }, { credentials: env.apiKey() });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ id: account });
		expect(env.requests().map((r) => r.path)).toEqual([`/v3/a/${account}.json`]);
		expect(stalled.calls).toEqual([]);
	});

	it('an account ID that is certainly wrong (a company ID) is still refused before any request, by the action node and both triggers', async () => {
		const wrong = 'COM0123456789abcdef0123456789abcdef';
		const action = await runNode({ resource: 'call', operation: 'getMany', limit: 1, accountId: byId(wrong) }, { credentials: env.apiKey() });
		expect(action.error?.message).toBe(`"${wrong}" is not a valid account ID`);
		expect(action.error?.description).toMatch(/COM… is the ID of a company.*ACC followed by 32 hexadecimal characters/);

		const poll = await pollWorkflow({ event: 'newCall', accountId: byId(wrong) }, env.apiKey());
		await expect(poll.poll()).rejects.toThrow(`"${wrong}" is not a valid account ID`);

		const harness = await startTriggerHarness();
		try {
			const trigger = await harness.workflow({ events: ['post_call_webhook'], accountId: byId(wrong), companyScope: 'all' }, env.apiKey());
			await expect(trigger.activate()).rejects.toThrow(`"${wrong}" is not a valid account ID`);
		} finally {
			await harness.close();
		}
		expect(env.requests()).toEqual([]);
	});
});
