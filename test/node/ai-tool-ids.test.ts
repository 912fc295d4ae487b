import type { INodeProperties, INodeType } from 'n8n-workflow';

import { loadPackage, nodeTypeName, runNode } from '../harness/n8n';
import { byId, useSandbox } from '../harness/sandbox';

/** Free-text parameters that are not IDs although their names end in Id. */
const NOT_IDS = new Set(['sessionId', 'initialStepId', 'callerId']);
/** Locators every operation shares, given valid values below so that the ID under test is the only thing wrong. */
const SHARED_LOCATORS = new Set(['accountId', 'companyId', 'trackerId', 'userId', 'agentId', 'tagId']);

/**
 * Every ID a model can type into a plain string parameter is checked before a request: the value an agent made up
 * ("the last one") never reaches CallRail, and the message says what a valid ID looks like.
 */
describe('every ID parameter refuses a made-up value before any request', () => {
	const env = useSandbox();
	const cases: Array<[string, string, string, boolean]> = [];

	beforeAll(async () => {
		const { nodeTypes } = await loadPackage();
		const type = nodeTypes.getByNameAndVersion(nodeTypeName('callRail'), 1) as INodeType;
		for (const p of type.description.properties as INodeProperties[]) {
			const locator = p.type === 'resourceLocator' && !SHARED_LOCATORS.has(p.name);
			if ((p.type !== 'string' && !locator) || !/Id$/.test(p.name) || NOT_IDS.has(p.name)) continue;
			for (const resource of p.displayOptions?.show?.resource ?? []) {
				for (const operation of p.displayOptions?.show?.operation ?? []) cases.push([String(resource), String(operation), p.name, locator]);
			}
		}
	});

	it('covers the ID parameters of the node', () => {
		expect(cases.length).toBeGreaterThan(20);
	});

	it('refuses "the last one" in each of them', async () => {
		const account = env.sandbox.ids.accounts[0];
		const company = env.sandbox.ids.companies[account][0];
		// Valid values for the other required parameters, so the ID under test is the only thing wrong.
		const others = {
			accountId: byId(account),
			companyId: byId(company),
			trackerId: byId(env.sandbox.ids.trackers[company][0]),
			userId: byId(env.sandbox.ids.users[account][0]),
			tagId: byId('1001'),
			integrationId: byId('501'),
		};
		const failures: string[] = [];
		for (const [resource, operation, name, locator] of cases) {
			env.sandbox.clearRequests();
			let message = '';
			try {
				const result = await runNode(
					{ resource, operation, ...others, [name]: locator ? byId('the last one') : 'the last one' },
					{ credentials: env.apiKey(), typeVersion: 1 },
				);
				message = result.error?.message ?? '';
			} catch (error) {
				message = `the run failed: ${(error as Error).message}`;
			}
			if (env.requests().length > 0 || !/is not a valid .* ID/.test(message)) {
				failures.push(`${resource}:${operation} ${name}: ${env.requests().length} request(s), ${message || 'no error'}`);
			}
		}
		expect(failures).toEqual([]);
	});
});
