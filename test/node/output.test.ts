import type { IDataObject, INodeParameters, INodeProperties, INodeType } from 'n8n-workflow';

import { loadPackage, nodeTypeName } from '../harness/n8n';
import { byId, useSandbox } from '../harness/sandbox';

const SIMPLE_CALL_KEYS = [
	'id', 'start_time', 'direction', 'answered', 'voicemail', 'duration', 'customer_name', 'customer_phone_number',
	'customer_city', 'customer_state', 'tracking_phone_number', 'business_phone_number', 'source_name',
	'company_id', 'tracker_id', 'lead_status', 'tags', 'value', 'note',
];

describe('Output: Simplified, Raw or Selected Fields on every Get and Get Many', () => {
	const env = useSandbox();
	const account = () => env.sandbox.ids.accounts[0];
	const company = () => env.sandbox.ids.companies[account()][0];

	const run = async (parameters: INodeParameters) => await env.run(parameters);
	const calls = (parameters: INodeParameters = {}) =>
		run({ resource: 'call', operation: 'getMany', returnAll: false, limit: 5, ...parameters });

	it('every Get and Get Many of every resource offers the choice, Simplified by default', async () => {
		const { nodeTypes } = await loadPackage();
		const type = nodeTypes.getByNameAndVersion(nodeTypeName('callRail'), 1) as INodeType;
		const outputs = type.description.properties.filter(
			(p) => p.name === 'output' && (p.options as Array<{ value: string }>).some((o) => o.value === 'simple'),
		);
		const covered = new Set(outputs.map((p) => `${p.displayOptions!.show!.resource![0]}:${p.displayOptions!.show!.operation![0]}`));
		const reads = type.description.properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) => (p.options as Array<{ value: string }>).map((o) => `${p.displayOptions!.show!.resource![0]}:${o.value}`))
			.filter((key) => /:(get|getMany|getManyConversations)$/.test(key));
		// #11 owns Text Message › Get Conversation; summaries have their own Output (per group or whole).
		const expected = reads.filter((key) => key !== 'textMessage:getConversation');
		expect(expected.filter((key) => !covered.has(key))).toEqual([]);
		for (const p of outputs) {
			expect((p.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['simple', 'raw', 'fields']);
		}
		expect([...new Set(outputs.map((p: INodeProperties) => p.default))]).toEqual(['simple']);
	});

	it('answers Simplified by default, and asks CallRail for the optional fields that form keeps', async () => {
		const result = await calls();
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(5);
		for (const call of result.json) {
			expect(Object.keys(call).every((key) => SIMPLE_CALL_KEYS.includes(key))).toBe(true);
			expect(call.id).toMatch(/^CAL/);
			expect(Array.isArray(call.tags) && (call.tags as unknown[]).every((t) => typeof t === 'string')).toBe(true);
			expect(Object.values(call)).not.toContain(null);
			expect(call).not.toHaveProperty('recording_player');
		}
		const [request] = env.requests();
		expect(String(request.query.fields).split(',').sort()).toEqual(
			['company_id', 'lead_status', 'note', 'source_name', 'tags', 'tracker_id', 'value'],
		);
	});

	it('Raw returns what CallRail sent, with the Additional Fields asked for and nothing added', async () => {
		const result = await calls({ output: 'raw', options: { fields: ['call_type'] } });
		expect(result.error).toBeUndefined();
		expect(env.requests()[0].query.fields).toBe('call_type');
		expect(result.json[0]).toHaveProperty('call_type');
		expect(result.json[0]).toHaveProperty('recording');
	});

	it('Selected Fields returns the ID and the named fields, and requests optional ones', async () => {
		const result = await calls({ output: 'fields', outputFields: ['start_time', 'customer_name', 'tags'] });
		expect(result.error).toBeUndefined();
		for (const call of result.json) expect(Object.keys(call).sort()).toEqual(['customer_name', 'id', 'start_time', 'tags']);
		expect(env.requests()[0].query.fields).toBe('tags');
	});

	it('Selected Fields offers the operation\'s optional fields too, and asks CallRail for them', async () => {
		const { nodeTypes } = await loadPackage();
		const type = nodeTypes.getByNameAndVersion(nodeTypeName('callRail'), 1) as INodeType;
		const fields = type.description.properties.find(
			(p) => p.name === 'outputFields' && p.displayOptions?.show?.resource?.[0] === 'call' && p.displayOptions?.show?.operation?.[0] === 'getMany',
		);
		expect((fields?.options as Array<{ value: string }>).map((o) => o.value)).toEqual(expect.arrayContaining(['gclid', 'utm_source', 'start_time']));
		const result = await calls({ output: 'fields', outputFields: ['gclid', 'start_time'] });
		expect(result.error).toBeUndefined();
		expect(env.requests()[0].query.fields).toBe('gclid');
		for (const call of result.json) expect(Object.keys(call).sort()).toEqual(['gclid', 'id', 'start_time']);
	});

	it('Selected Fields without a field name is refused before any request', async () => {
		const result = await calls({ output: 'fields', outputFields: '={{ [] }}' });
		expect(result.error?.message).toContain('Output "fields" needs at least one field');
		expect(env.requests()).toHaveLength(0);
	});

	it('Simplified keeps every field the user asked for: Call › Get Many with Include Fields', async () => {
		const asked = ['transcription', 'gclid', 'utm_source', 'landing_page_url'];
		const result = await calls({ options: { fields: asked } });
		expect(result.error).toBeUndefined();
		expect(String(env.requests()[0].query.fields).split(',')).toEqual(expect.arrayContaining(asked));
		for (const call of result.json) {
			for (const field of asked) expect(call).toHaveProperty(field);
			expect(call).not.toHaveProperty('recording_player');
		}
	});

	it('Simplified keeps what an include switch asked for: Integration › Get with Include Signing Key', async () => {
		const companyId = byId(company());
		const integrations = await run({ resource: 'integration', operation: 'getMany', companyId, returnAll: true, output: 'raw' });
		const webhooks = integrations.json.find((i) => i.type === 'Webhooks');
		expect(webhooks).toBeDefined();
		const result = await run({ resource: 'integration', operation: 'get', integrationId: byId(String(webhooks!.id)), includeSigningKey: true });
		expect(result.error).toBeUndefined();
		expect(env.requests().at(-1)!.query.fields).toBe('signing_key');
		expect(result.json[0]).toHaveProperty('signing_key');
		expect(result.json[0]).toHaveProperty('config');
	});

	it('a single Get is shaped the same way (Company › Get)', async () => {
		const simple = await run({ resource: 'company', operation: 'get', companyId: byId(company()) });
		expect(simple.error).toBeUndefined();
		expect(Object.keys(simple.json[0]).sort()).toEqual(['created_at', 'id', 'name', 'status', 'time_zone']);
		const raw = await run({ resource: 'company', operation: 'get', companyId: byId(company()), output: 'raw' });
		expect(raw.json[0]).toHaveProperty('script_url');
	});

	it.each([
		['account', 'getMany', {}],
		['company', 'getMany', {}],
		['tracker', 'getMany', {}],
		['user', 'getMany', {}],
		['tag', 'getMany', {}],
		['formSubmission', 'getMany', {}],
		['textMessage', 'getManyConversations', {}],
		['smsThread', 'getMany', {}],
		['lead', 'getMany', {}],
		['notification', 'getMany', {}],
	] as Array<[string, string, IDataObject]>)('%s › %s simplified: fewer fields, every record keeps its ID', async (resource, operation, extra) => {
		const simple = await run({ resource, operation, returnAll: false, limit: 3, ...extra });
		expect(simple.error).toBeUndefined();
		expect(simple.json.length).toBeGreaterThan(0);
		const raw = await run({ resource, operation, returnAll: false, limit: 3, output: 'raw', ...extra });
		for (const [i, record] of simple.json.entries()) {
			expect(record.id).toEqual(raw.json[i].id);
			expect(Object.keys(record).length).toBeLessThanOrEqual(Object.keys(raw.json[i]).length);
		}
	});
});
