/**
 * What the CallRail Trigger does with a delivery, with default options unless a test says otherwise: real CallRail
 * traffic (the reference's signed sample, old timestamps, repeated edits, form-encoded bodies, string booleans,
 * legacy query attributes) is accepted; replays and bad input start nothing.
 */
import type { IDataObject, INodeProperties, INodeType } from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import { request } from 'undici';

import { parseDelivery } from '../../nodes/CallRailTrigger/delivery';
import { CHANGE_OPTIONS } from '../../nodes/CallRailTrigger/events';
import { admitDelivery, MEMORY_LIMIT, MEMORY_MAX_AGE_MS, SAVE_INTERVAL_MS, type StoredMemory } from '../../nodes/CallRailTrigger/replay';
import { computeSignature } from '../../nodes/CallRailTrigger/signature';
import { SIGNED_SAMPLE, webhookSample } from '../harness/contract';
import { loadPackage, nodeTypeName } from '../harness/n8n';
import { useSandbox } from '../harness/sandbox';
import { useTriggerHarness } from '../harness/trigger-fixture';
import type { TriggerWorkflow } from '../harness/webhook';

const SAMPLE = webhookSample('signed-sample.json');

async function post(url: string, body: string | Buffer, headers: Record<string, string> = {}) {
	const response = await request(url, { method: 'POST', headers, body });
	return { status: response.statusCode, text: await response.body.text() };
}

describe('replay memory', () => {
	it('is bounded by count: the oldest digest is forgotten first, and what it stores stays within the bound', () => {
		let stored: StoredMemory = {};
		const now = Date.parse('2026-12-01T12:00:00Z');
		for (let i = 0; i <= MEMORY_LIMIT; i++) stored = admitDelivery('count', stored, `d${i}`, undefined, now + i).toStore ?? stored;
		expect(Object.keys(stored.deliveries!)).toHaveLength(MEMORY_LIMIT);
		expect(stored.deliveries).not.toHaveProperty('d0');
		expect(admitDelivery('count', stored, `d${MEMORY_LIMIT}`, undefined, now + MEMORY_LIMIT + 1).verdict).toBe('replay');
		expect(admitDelivery('count', stored, 'd0', undefined, now + MEMORY_LIMIT + 2).verdict).toBe('new');
	});

	it('is bounded by age, and a copy from static data (a restart, another process) is merged in', () => {
		const now = Date.parse('2026-12-01T12:00:00Z');
		const stored: StoredMemory = { deliveries: { old: now - MEMORY_MAX_AGE_MS - 1, recent: now - 60_000 }, records: { 'post_call_webhook:CAL1': now - 1000 } };
		expect(admitDelivery('age', stored, 'recent', undefined, now).verdict).toBe('replay');
		expect(admitDelivery('age', stored, 'other', 'post_call_webhook:CAL1', now).verdict).toBe('duplicate');
		const fresh = admitDelivery('age', stored, 'old', undefined, now);
		expect(fresh.verdict).toBe('new');
		expect(Object.keys(fresh.toStore!.deliveries)).toEqual(['recent', 'old']);
		// A week later the recent one is forgotten too.
		expect(admitDelivery('age', {}, 'recent', undefined, now + MEMORY_MAX_AGE_MS).verdict).toBe('new');
	});

	it('has new deliveries write static data at most once per interval, and the next repeat write the rest', () => {
		const now = Date.parse('2026-12-01T12:00:00Z');
		const first = admitDelivery('interval', {}, 'a', undefined, now);
		expect(Object.keys(first.toStore!.deliveries)).toEqual(['a']);
		// Within the interval a new delivery is remembered (a replay of it is dropped) but not written.
		const second = admitDelivery('interval', first.toStore!, 'b', undefined, now + 10);
		expect([second.verdict, second.toStore]).toEqual(['new', undefined]);
		expect(admitDelivery('interval', first.toStore!, 'b', undefined, now + 20).verdict).toBe('replay');
		// That replay wrote the whole memory (it starts nothing); a later repeat with nothing unwritten does not.
		const third = admitDelivery('interval', first.toStore!, 'c', undefined, now + 30);
		expect(third.toStore).toBeUndefined();
		const repeat = admitDelivery('interval', first.toStore!, 'a', undefined, now + 40);
		expect(Object.keys(repeat.toStore!.deliveries)).toEqual(['a', 'b', 'c']);
		expect(admitDelivery('interval', repeat.toStore!, 'a', undefined, now + 50).toStore).toBeUndefined();
		// A copy another writer made is replaced at once; this memory's own again once the interval has passed.
		expect(admitDelivery('interval', { deliveries: { x: now } }, 'd', undefined, now + 60).toStore).toBeDefined();
		const own = { ...repeat.toStore! };
		expect(admitDelivery('interval', own, 'e', undefined, now + 70).toStore).toBeUndefined();
		expect(Object.keys(admitDelivery('interval', own, 'f', undefined, now + 60 + SAVE_INTERVAL_MS).toStore!.deliveries)).toEqual(['a', 'b', 'c', 'x', 'd', 'e', 'f']);
	});

	it('has a repeat write the memory only when the stored copy lacks it', () => {
		const first = admitDelivery('repeat', {}, 'k1', 'post_call_webhook:CAL9');
		expect(first.verdict).toBe('new');
		// The copy n8n saved was lost (another write won): the repeat brings it back.
		const lost = admitDelivery('repeat', {}, 'k1', undefined);
		expect(lost.verdict).toBe('replay');
		expect(Object.keys(lost.toStore!.deliveries)).toEqual(['k1']);
		const kept = admitDelivery('repeat', first.toStore!, 'k1', undefined);
		expect([kept.verdict, kept.toStore]).toEqual(['replay', undefined]);
		expect(admitDelivery('repeat', first.toStore!, 'k2', 'post_call_webhook:CAL9')).toEqual({ verdict: 'duplicate', toStore: undefined });
	});

	it('reads JSON, Rails-style form data and text from the bytes, whatever the declared type', () => {
		expect(parseDelivery(Buffer.from('\ufeff{"a":"true"}'))).toEqual({ format: 'json', payload: { a: 'true' } });
		expect(parseDelivery(Buffer.from('answered=true&tags%5B%5D=Sales&tags%5B%5D=New&form_data%5Bemail%5D=a%40b.example&empty%5B%5D=&note=hello+there'))).toEqual({
			format: 'form',
			payload: { answered: 'true', tags: ['Sales', 'New'], form_data: { email: 'a@b.example' }, empty: [], note: 'hello there' },
		});
		expect(parseDelivery(Buffer.from('integration_data%5B%5D%5Bdata%5D=&integration_data%5B%5D%5Bintegration%5D=Webhooks&integration_data%5B%5D%5Bdata%5D=x')).payload).toEqual({
			integration_data: [{ data: '', integration: 'Webhooks' }, { data: 'x' }],
		});
		expect(parseDelivery(Buffer.from('{"a":'))).toEqual({ format: 'text', payload: { body: '{"a":' } });
		expect(parseDelivery(Buffer.from('[1,2]'))).toEqual({ format: 'text', payload: { body: '[1,2]' } });
	});
});

describe('CallRail Trigger: deliveries', () => {
	const env = useSandbox();
	const t = useTriggerHarness(env);
	const { ours } = t;
	const base = t.params;

	const company = () => env.sandbox.store.companies.find((c: IDataObject) => c.id === t.companyId);
	const signingKey = () => company().signing_key as string;
	const automatic = async (extra: IDataObject = {}) => await t.activate(extra);
	/** Manual setup: nothing registered, the signing keys come from the credential. */
	const manual = async (extra: IDataObject = {}, keys = SIGNED_SAMPLE.signingKey) =>
		await t.activate({ setupMode: 'manual', ...extra }, { credentials: { ...env.apiKey('reporting'), webhookSigningSecrets: keys } });
	const started = (wf: TriggerWorkflow) => wf.deliveries.filter((d) => d.started).length;
	const inboundCall = () =>
		env.sandbox.store.calls.find((c: IDataObject) => c.company_id === t.companyId && c.direction === 'inbound' && Number(c.duration) > 30);

	it("accepts the reference's signed sample as sent, plus event; one byte changed is refused and stores nothing", async () => {
		const wf = await manual();
		// As CallRail calls the URL: legacy attributes appended to the registered query.
		const url = `${wf.webhookUrl()}?event=post_call_webhook&answered=true&callercity=Elsewhere&duration=999`;
		const accepted = await post(url, SAMPLE, { 'content-type': 'application/json', signature: SIGNED_SAMPLE.signature });
		expect(accepted.status).toBe(200);
		expect(wf.deliveries.map((d) => d.started)).toEqual([true]);
		// The payload exactly as CallRail sent it (strings stay strings), nothing from the unsigned query.
		expect(wf.deliveries[0].items).toEqual([{ ...(JSON.parse(SAMPLE) as IDataObject), event: 'post_call_webhook' }]);
		expect(wf.deliveries[0].items[0]).toMatchObject({ duration: '13', answered: false, callercity: 'Rochester' });

		const stored = JSON.stringify(wf.staticData());
		const changed = SAMPLE.replace('"duration":"13"', '"duration":"14"');
		expect(changed.length).toBe(SAMPLE.length);
		const refused = await post(url, changed, { 'content-type': 'application/json', signature: SIGNED_SAMPLE.signature });
		expect(refused.status).toBe(401);
		expect(wf.deliveries.at(-1)!.started).toBe(false);
		expect(JSON.stringify(wf.staticData())).toBe(stored);
	});

	it('answers the same bytes again 200 and starts nothing, as JSON, form-encoded, text/plain or at the bare URL', async () => {
		const wf = await manual();
		const url = `${wf.webhookUrl()}?event=post_call_webhook`;
		const headers = (type: string) => ({ 'content-type': type, signature: SIGNED_SAMPLE.signature });
		expect((await post(url, SAMPLE, headers('application/json'))).status).toBe(200);
		for (const type of ['application/json', 'application/x-www-form-urlencoded', 'text/plain']) {
			expect((await post(url, SAMPLE, headers(type))).status).toBe(200);
		}
		// Without ?event= the payload's shape says Post-Call: still the same delivery.
		expect((await post(wf.webhookUrl(), SAMPLE, headers('application/json'))).status).toBe(200);
		expect(wf.deliveries.map((d) => d.started)).toEqual([true, false, false, false, false]);
		expect(Object.keys(wf.staticData().deliveries as IDataObject)).toHaveLength(1);
	});

	it('accepts a Post-Call whose timestamp (its start_time) is 25 minutes old', async () => {
		const wf = await automatic();
		const startTime = new Date(Date.now() - 25 * 60_000).toISOString();
		const call = env.sandbox.addCall(t.accountId, { companyId: t.companyId, start_time: startTime, duration: 95, answered: true });
		const [delivery] = ours(await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_call_webhook', resourceId: String(call.id) }));
		expect(delivery.status).toBe(200);
		const item = wf.deliveries[0].items[0];
		expect(wf.deliveries[0].started).toBe(true);
		expect(item.timestamp).toBe(item.start_time);
		expect(Date.now() - Date.parse(String(item.timestamp))).toBeGreaterThan(24 * 60_000);
	});

	it('starts one execution per Call Modified edit, though each carries the same resource_id and timestamp', async () => {
		const wf = await automatic();
		const call = inboundCall();
		env.sandbox.updateCall(call.id, { note: 'Called back' });
		await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'updated_call_webhook', resourceId: call.id });
		env.sandbox.updateCall(call.id, { note: 'Booked for Tuesday' });
		await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'updated_call_webhook', resourceId: call.id });
		expect(wf.deliveries.map((d) => d.started)).toEqual([true, true]);
		const [first, second] = wf.deliveries.map((d) => d.items[0]);
		expect([first.changes, second.changes]).toEqual([['note'], ['note']]);
		expect(second.resource_id).toBe(first.resource_id);
		expect(second.timestamp).toBe(first.timestamp);
		expect([first.note, second.note]).toEqual(['Called back', 'Booked for Tuesday']);
	});

	it('reads a signed form-encoded delivery into the real fields, and filters accept its string booleans and numbers', async () => {
		const call = inboundCall();
		const wf = await automatic({ filters: { answerStatus: 'answered', minDuration: 30 } });
		const [delivery] = ours(await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_call_webhook', resourceId: call.id, encoding: 'form' }));
		expect(delivery.status).toBe(200);
		expect(delivery.rawBody).toMatch(/(^|&)answered=true&/);
		expect(wf.deliveries.map((d) => d.started)).toEqual([true]);
		const item = wf.deliveries[0].items[0];
		expect(item).toMatchObject({
			event: 'post_call_webhook',
			resource_id: call.id,
			company_resource_id: t.companyId,
			answered: 'true',
			duration: String(call.duration),
			customer_name: call.customer_name,
			callercity: call.customer_city,
		});
		expect(Array.isArray(item.tags)).toBe(true);

		// The same call again as JSON: other bytes, but Post-Call fires once per call.
		await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_call_webhook', resourceId: call.id });
		expect(wf.deliveries.map((d) => d.started)).toEqual([true, false]);
	});

	it('turns text values into booleans and numbers only with Convert Numbers and Booleans', async () => {
		const call = inboundCall();
		const wf = await automatic({ events: ['post_outbound_call_webhook', 'post_call_webhook'], options: { normalizeTypes: true } });
		await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_call_webhook', resourceId: call.id, encoding: 'form' });
		const item = wf.deliveries[0].items[0];
		expect(item).toMatchObject({ answered: true, duration: Number(call.duration), first_call: Boolean(call.first_call), voicemail: false });
		// Outbound payloads carry "true"/"false" even as JSON, as real ones do.
		const outbound = env.sandbox.store.calls.find((c: IDataObject) => c.company_id === t.companyId && c.direction === 'outbound');
		const [json] = ours(await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_outbound_call_webhook', resourceId: outbound.id }));
		expect(JSON.parse(json.rawBody).answered).toMatch(/^(true|false)$/);
		expect(typeof wf.deliveries[1].items[0].answered).toBe('boolean');
	});

	it('matches "true", "false", numbers and numeric strings in every filter', async () => {
		const tracker = env.sandbox.ids.trackers[t.companyId][0];
		const wf = await manual(
			{ filters: { answerStatus: 'answered', firstCallOnly: true, minDuration: 10, trackerIds: tracker }, events: ['post_call_webhook'] },
			signingKey(),
		);
		const url = `${wf.webhookUrl()}?event=post_call_webhook`;
		const send = async (payload: IDataObject) => {
			const body = JSON.stringify({ company_resource_id: t.companyId, direction: 'inbound', tracker_resource_id: tracker, ...payload });
			return (await post(url, body, { 'content-type': 'application/json', signature: computeSignature(signingKey(), body) })).status;
		};
		const cases: Array<[IDataObject, boolean]> = [
			[{ resource_id: 'CALs1', answered: 'true', first_call: 'true', duration: '13' }, true],
			[{ resource_id: 'CALs2', answered: true, first_call: true, duration: 13 }, true],
			[{ resource_id: 'CALs3', answered: 'false', first_call: 'true', duration: '13' }, false],
			[{ resource_id: 'CALs4', answered: 'true', first_call: 'false', duration: '13' }, false],
			[{ resource_id: 'CALs5', answered: 'true', first_call: 'true', duration: '9' }, false],
			[{ resource_id: 'CALs6', answered: 'true', first_call: 'true', duration: '' }, false],
		];
		for (const [payload] of cases) expect(await send(payload)).toBe(200);
		expect(wf.deliveries.map((d) => d.started)).toEqual(cases.map(([, ok]) => ok));
	});

	it('reads the event from ?event= only: the rest of the unsigned query is ignored', async () => {
		const wf = await manual({ events: ['post_call_webhook', 'pre_call_webhook'] }, signingKey());
		const body = JSON.stringify({ resource_id: 'CALquery', company_resource_id: t.companyId, duration: '0', answered: 'false' });
		const url = `${wf.webhookUrl()}?event=post_call_webhook&answered=true&resource_id=CALevil&duration=300`;
		expect((await post(url, body, { 'content-type': 'application/json', signature: computeSignature(signingKey(), body) })).status).toBe(200);
		expect(wf.deliveries[0].items).toEqual([{ resource_id: 'CALquery', company_resource_id: t.companyId, duration: '0', answered: 'false', event: 'post_call_webhook' }]);
	});

	it('passes a signed body that is neither JSON nor form data on as text', async () => {
		const wf = await manual({}, signingKey());
		const body = 'CallRail says hello\nin plain text';
		const response = await post(`${wf.webhookUrl()}?event=post_call_webhook`, body, { 'content-type': 'text/plain', signature: computeSignature(signingKey(), body) });
		expect(response.status).toBe(200);
		expect(wf.deliveries[0].items).toEqual([{ body, event: 'post_call_webhook' }]);
	});

	it('refuses unsigned, forged and empty requests with 401, starts and stores nothing, answers no 5xx', async () => {
		const wf = await automatic();
		const url = `${wf.webhookUrl()}?event=post_call_webhook`;
		const stored = JSON.stringify(wf.staticData());
		const body = JSON.stringify({ resource_id: 'CALforged', company_resource_id: t.companyId });
		const answers = [
			await post(url, body, { 'content-type': 'application/json' }),
			await post(url, body, { 'content-type': 'application/json', signature: computeSignature('f'.repeat(32), body) }),
			await post(url, body, { 'content-type': 'application/json', signature: 'not base64 at all' }),
			await post(url, '', { 'content-type': 'application/json', signature: computeSignature(signingKey(), '') }),
			await post(url, '', {}),
			await post(url, Buffer.from([0xff, 0xfe, 0x00, 0x01]), { 'content-type': 'application/octet-stream', signature: 'AAAA' }),
		];
		expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 401]);
		expect(started(wf)).toBe(0);
		expect(JSON.stringify(wf.staticData())).toBe(stored);
	});

	it('under concurrency (static data loaded and written back per request, as n8n does) starts each delivery once', async () => {
		const wf = await automatic({ events: ['updated_call_webhook'] });
		const call = inboundCall();
		const bodies = Array.from({ length: 60 }, (_, i) =>
			JSON.stringify({ resource_id: call.id, company_resource_id: t.companyId, changes: ['note'], note: `edit ${i}`, timestamp: call.start_time }),
		);
		const url = `${wf.webhookUrl()}?event=updated_call_webhook`;
		const send = async (body: string) => (await post(url, body, { 'content-type': 'application/json', signature: computeSignature(signingKey(), body) })).status;
		const burst = async () => {
			const statuses: number[] = [];
			for (let i = 0; i < bodies.length; i += 20) statuses.push(...(await Promise.all(bodies.slice(i, i + 20).map(send))));
			return statuses;
		};
		expect(new Set(await burst())).toEqual(new Set([200]));
		expect(started(wf)).toBe(60);
		expect(new Set(await burst())).toEqual(new Set([200]));
		expect(started(wf)).toBe(60);
		expect(Object.keys(wf.staticData().deliveries as IDataObject)).toHaveLength(60);

		// After a restart only static data remains: a workflow with none of this process's memory but the saved data.
		const restarted = await t.harness.workflow(base({ events: ['updated_call_webhook'] }), env.apiKey(), JSON.parse(JSON.stringify(wf.workflow.staticData)) as IDataObject);
		const again = `${restarted.webhookUrl()}?event=updated_call_webhook`;
		for (const body of bodies.slice(0, 5)) {
			expect((await post(again, body, { 'content-type': 'application/json', signature: computeSignature(signingKey(), body) })).status).toBe(200);
		}
		expect(started(restarted)).toBe(0);
	});

	it('recognises Convert Assist Complete by its shape, never as a call event', async () => {
		const wf = await manual({ events: ['convert_assist_complete', 'post_call_webhook', 'pre_call_webhook'] }, `${SIGNED_SAMPLE.signingKey},${signingKey()}`);
		// The reference's sample, signed, at the bare URL (no ?event=).
		const sample = webhookSample('convert-assist-complete.json');
		await post(wf.webhookUrl(), sample, { 'content-type': 'application/json', signature: computeSignature(signingKey(), sample) });
		// The sandbox's own, at the URL with ?event=.
		await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'convert_assist_complete', urls: [`${wf.webhookUrl()}?event=convert_assist_complete`] });
		expect(wf.deliveries.map((d) => [d.started, d.items[0]?.event])).toEqual([
			[true, 'convert_assist_complete'],
			[true, 'convert_assist_complete'],
		]);
		expect(wf.deliveries[0].items[0].answers).toHaveLength(3);
		expect(wf.deliveries[1].items[0].last_interaction_type).toBe('Call');
	});

	it('registers every chosen event but Convert Assist Complete, and says so when it is the only one', async () => {
		const wf = await automatic({ events: ['post_call_webhook', 'convert_assist_complete'] });
		const config = env.sandbox.store.integrations.find((i: IDataObject) => i.company_id === t.companyId && i.type === 'Webhooks').config;
		expect(Object.keys(config).filter((key) => (config[key] as string[]).some((u) => u.startsWith(wf.webhookUrl())))).toEqual(['post_call_webhook']);

		const only = await t.harness.workflow(base({ events: ['convert_assist_complete'] }), env.apiKey());
		const error = await only.activate().then(
			() => undefined,
			(e: Error & { description?: string }) => e,
		);
		expect(error?.message).toMatch(/cannot register Convert Assist Complete/);
		expect(error?.description).toMatch(/Setup Mode to Manual/);

		const { nodeTypes } = await loadPackage();
		const type = nodeTypes.getByNameAndVersion(nodeTypeName('callRailTrigger'), 1) as INodeType;
		const notice = type.description.properties.find((p) => p.name === 'convertAssistNotice');
		expect(notice?.type).toBe('notice');
		expect(notice?.displayOptions?.show).toEqual({ setupMode: ['automatic'], events: ['convert_assist_complete'] });
		// The editor shows it when Convert Assist Complete is among the chosen events, in automatic setup only.
		const shown = (values: IDataObject) => NodeHelpers.displayParameter(values as never, notice!, wf.node, type.description);
		expect(shown({ setupMode: 'automatic', events: ['post_call_webhook', 'convert_assist_complete'] })).toBe(true);
		expect(shown({ setupMode: 'automatic', events: ['post_call_webhook'] })).toBe(false);
		expect(shown({ setupMode: 'manual', events: ['convert_assist_complete'] })).toBe(false);
	});

	it('shows the chosen events by name in the subtitle, as Trigger On lists them', async () => {
		const { nodeTypes } = await loadPackage();
		const type = nodeTypes.getByNameAndVersion(nodeTypeName('callRailTrigger'), 1) as INodeType;
		const node = { id: 'n', name: 'CallRail Trigger', type: nodeTypeName('callRailTrigger'), typeVersion: 1, position: [0, 0] as [number, number], parameters: { events: ['post_call_webhook', 'convert_assist_complete', 'sms_sent_webhook'] } };
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
		expect(workflow.expression.getSimpleParameterValue(node, type.description.subtitle, 'internal', {})).toBe('Post-Call, Convert Assist Complete, Text Message Sent');
	});

	it("offers exactly the changes keys the reference documents for Call Modified", async () => {
		const { nodeTypes } = await loadPackage();
		const type = nodeTypes.getByNameAndVersion(nodeTypeName('callRailTrigger'), 1) as INodeType;
		const filters = type.description.properties.find((p) => p.name === 'filters')!;
		const changes = (filters.options as INodeProperties[]).find((o) => o.name === 'changes')!;
		const documented = ['tags', 'note', 'value', 'transcription_text', 'call_summary', 'recording_duration', 'auto_score', 'manual_score'];
		expect((changes.options as Array<{ value: string }>).map((o) => o.value).sort()).toEqual([...documented].sort());
		expect(CHANGE_OPTIONS.map((o) => o.value).sort()).toEqual([...documented].sort());
		// The sandbox sends only those: a REST update of lead status and a note yields ["note"].
		const wf = await automatic();
		const call = inboundCall();
		env.sandbox.updateCall(call.id, { lead_status: 'good_lead', note: 'Quoted' });
		await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'updated_call_webhook', resourceId: call.id });
		expect(wf.deliveries[0].items[0].changes).toEqual(['note']);
	});
});
