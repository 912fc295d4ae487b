import type { IDataObject, INodeParameters, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { loadPackage, nodeTypeName, registerNodeType, runNode } from '../harness/n8n';
import { byId, useSandbox } from '../harness/sandbox';

/**
 * The node as an AI agent's tool. n8n serves it as `callRailTool` (the same description under a name ending in
 * Tool); the agent passes the model's arguments unchecked, shows the model only an error's message, and turns an
 * empty output into "". Arguments reach the node here as expressions, the way `$fromAI()` resolves them.
 */
describe('CallRail node as an AI tool: arguments, errors and empty results', () => {
	const env = useSandbox();
	const account = () => env.sandbox.ids.accounts[0];
	const company = () => env.sandbox.ids.companies[account()][0];

	beforeAll(async () => {
		const { nodeTypes } = await loadPackage();
		const base = nodeTypes.getByNameAndVersion(nodeTypeName('callRail'), 1) as INodeType;
		registerNodeType(nodeTypeName('callRailTool'), { ...base, description: { ...base.description, name: 'callRailTool' } });
	});

	const run = async (parameters: INodeParameters, { tool = true, typeVersion = 1 } = {}) =>
		await runNode(
			{ accountId: byId(account()), ...parameters },
			{ credentials: env.apiKey(), nodeType: tool ? 'callRailTool' : 'callRail', typeVersion },
		);
	const calls = (parameters: INodeParameters = {}, options?: { tool?: boolean; typeVersion?: number }) =>
		run({ resource: 'call', operation: 'getMany', returnAll: false, limit: 3, ...parameters }, options);

	it.each([
		['"lots"', '={{ "lots" }}', 'Limit must be a number of at least 1; got "lots"'],
		['nothing (the model left it out)', '={{ $json.missing }}', 'Limit must be a number of at least 1; got nothing'],
		['0', 0, 'Limit must be a number of at least 1; got 0'],
		['2.5', 2.5, 'Limit must be a whole number of at least 1; got 2.5'],
	])('a Limit of %s is refused before any request, never sent as per_page=NaN', async (_label, limit, message) => {
		const result = await calls({ limit });
		expect(result.error?.message).toContain(message);
		expect(env.requests()).toHaveLength(0);
	});

	it('an option outside its list is refused with the values it takes', async () => {
		const result = await calls({ filters: { device: '={{ "tablet" }}' } });
		expect(result.error?.message).toBe('Device must be one of "desktop", "mobile"; got "tablet"');
		expect(env.requests()).toHaveLength(0);
	});

	it('a switch that is not true or false is refused', async () => {
		const result = await calls({ returnAll: '={{ "yes" }}' });
		expect(result.error?.message).toBe('Return All must be true or false; got "yes"');
		expect(env.requests()).toHaveLength(0);
	});

	it('a date that is not a date is refused (Start Date "last Tuesday")', async () => {
		const result = await calls({ filters: { startDate: '={{ "last Tuesday" }}' } });
		expect(result.error?.message).toBe('Start Date must be a date such as 2026-11-01 or 2026-11-01T08:00:00; got "last Tuesday"');
		expect(env.requests()).toHaveLength(0);
	});

	it('a number option of a collection is checked too (Max Wait on Rate Limit)', async () => {
		const result = await calls({ options: { maxRateLimitWait: '={{ "forever" }}' } });
		expect(result.error?.message).toBe('Max Wait on Rate Limit (Seconds) must be a number of at least 0; got "forever"');
		expect(env.requests()).toHaveLength(0);
	});

	it('a malformed ID: as a tool the message says what an ID looks like; in a workflow that stays in the description', async () => {
		const asTool = await run({ resource: 'call', operation: 'get', callId: '={{ "the last one" }}' });
		expect(asTool.error?.message).toBe(
			'"the last one" is not a valid call ID. IDs never contain spaces, slashes or other URL characters. CallRail call IDs look like CAL followed by 32 hexadecimal characters.',
		);
		const inWorkflow = await run({ resource: 'call', operation: 'get', callId: 'the last one' }, { tool: false });
		expect(inWorkflow.error?.message).toBe('"the last one" is not a valid call ID');
		expect(inWorkflow.error?.description).toBe('IDs never contain spaces, slashes or other URL characters. CallRail call IDs look like CAL followed by 32 hexadecimal characters.');
		expect(env.requests()).toHaveLength(0);
	});

	it("a CallRail error: as a tool the hint is part of the message the model sees", async () => {
		const missing = `CAL${'0'.repeat(32)}`;
		const asTool = await run({ resource: 'call', operation: 'get', callId: missing });
		expect(asTool.error?.message).toMatch(/^CallRail error 404: .+\. Nothing was found at this ID\. Check the account and the ID/);
		const inWorkflow = await run({ resource: 'call', operation: 'get', callId: missing }, { tool: false });
		expect(inWorkflow.error?.message).not.toContain('Nothing was found');
		expect(inWorkflow.error?.description).toContain('Nothing was found at this ID');
	});

	it('no records: as a tool one item says so; in a workflow there are no items', async () => {
		const filters = { search: 'zz-no-such-caller-zz' };
		const asTool = await calls({ filters });
		expect(asTool.error).toBeUndefined();
		expect(asTool.json).toEqual([{ message: expect.stringMatching(/^No calls found\. /) }]);
		expect(env.requests()[0].query.search).toBe('zz-no-such-caller-zz');
		const inWorkflow = await calls({ filters }, { tool: false });
		expect(inWorkflow.error).toBeUndefined();
		expect(inWorkflow.json).toEqual([]);
	});

	it('a summary without groups: as a tool one item says so; in a workflow there are no items', async () => {
		const report = {
			resource: 'summary',
			operation: 'callSummary',
			groupBy: 'source',
			output: 'perGroup',
			filters: { dateRange: 'last_30_days', search: 'zz-no-such-source-zz' },
		};
		const asTool = await run(report);
		expect(asTool.error).toBeUndefined();
		expect(asTool.json).toEqual([{ message: expect.stringMatching(/^No groups found\. /) }]);
		expect(env.requests()[0].query.search).toBe('zz-no-such-source-zz');
		const inWorkflow = await run(report, { tool: false });
		expect(inWorkflow.error).toBeUndefined();
		expect(inWorkflow.json).toEqual([]);
	});

	it('the tool form carries a per-operation Description naming ID forms and, for writes that cost money, the cost', async () => {
		const { nodeTypes } = await loadPackage();
		const tool = nodeTypes.getByNameAndVersion(nodeTypeName('callRailTool'), 1) as INodeType;
		const descriptionOf = (resource: string, operation: string) =>
			tool.description.properties.find(
				(p) => p.name === 'toolDescription' && p.displayOptions?.show?.resource?.[0] === resource && p.displayOptions?.show?.operation?.[0] === operation,
			)?.default as string;
		expect(descriptionOf('call', 'getMany')).toMatch(/^Get many calls in CallRail\. List calls with filters, newest first\./);
		expect(descriptionOf('call', 'getMany')).toContain('calls CAL…');
		expect(descriptionOf('textMessage', 'send')).toContain('COSTS MONEY: sends a real SMS');
		expect(descriptionOf('call', 'create')).toContain('COSTS MONEY: places a real phone call');
		expect(descriptionOf('tracker', 'createSource')).toContain('COSTS MONEY: buys a tracking number');
		expect(descriptionOf('call', 'update')).toContain('This changes data in CallRail.');
		expect(descriptionOf('call', 'get')).not.toMatch(/COSTS MONEY|changes data/);
		// Only the tool form shows it: the Description is tied to `@tool`.
		const shown = tool.description.properties.filter((p) => p.name === 'toolDescription');
		expect(shown.every((p) => JSON.stringify(p.displayOptions?.show?.['@tool']) === '[true]')).toBe(true);
		const operations = tool.description.properties.filter((p) => p.name === 'operation').flatMap((p) => p.options ?? []);
		expect(shown).toHaveLength(operations.length);
		// Every read (GET) leaves "changes data" out and every write says it or its cost, with no list to keep.
		for (const property of tool.description.properties.filter((p) => p.name === 'operation')) {
			const resource = String(property.displayOptions?.show?.resource?.[0]);
			for (const option of (property.options ?? []) as INodePropertyOptions[]) {
				const text = descriptionOf(resource, String(option.value));
				const read = option.routing?.request?.method === 'GET';
				expect({ resource, operation: option.value, warns: /COSTS MONEY|changes data/.test(text) }).toEqual({ resource, operation: option.value, warns: !read });
			}
		}
	});

	it('valid arguments pass: the request carries them', async () => {
		const result = await calls({ limit: '={{ 2 }}', filters: { device: '={{ "mobile" }}' } });
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(2);
		const [request] = env.requests();
		expect(request.query).toMatchObject({ per_page: '2', device: 'mobile' });
		expect((result.json[0] as IDataObject).id).toMatch(/^CAL/);
		expect(company()).toMatch(/^COM/);
	});
});
