import type { IDataObject } from 'n8n-workflow';
import { request } from 'undici';

import { computeSignature, isValidSignature } from '../../nodes/CallRailTrigger/signature';
import { useSandbox } from '../harness/sandbox';
import { useTriggerHarness } from '../harness/trigger-fixture';

/** The test vector published in CallRail's webhook documentation (reference §3.5). */
const VECTOR_SIGNER = '072e77e426f92738a72fe23c4d1953b4';
const VECTOR_SIGNATURE = 'UZAHbUdfm3GqL7qzilGozGzWV64=';
const VECTOR_BODY =
	'{"answered":false,"business_phone_number":"","call_type":"voicemail","company_id":155920786,"company_name":"Boost Marketing","company_time_zone":"America/Los_Angeles","created_at":"2018-02-19T13:41:00.252-05:00","customer_city":"Rochester","customer_country":"US","customer_name":"Kaylah Mills","customer_phone_number":"+12148654559","customer_state":"PA","device_type":"","direction":"inbound","duration":"13","first_call":false,"formatted_call_type":"Voicemail","formatted_customer_location":"Rochester, PA","formatted_business_phone_number":"","formatted_customer_name":"Kaylah Mills","prior_calls":16,"formatted_customer_name_or_phone_number":"Kaylah Mills","formatted_customer_phone_number":"214-865-4559","formatted_duration":"13s","formatted_tracking_phone_number":"404-555-8514","formatted_tracking_source":"Google Paid","formatted_value":"--","good_lead_call_id":715587840,"good_lead_call_time":"2016-06-17T10:23:33.363-04:00","id":766970532,"lead_status":"previously_marked_good_lead","note":"","recording":"https://app.callrail.com/calls/766970532/recording/redirect?access_key=aaaaccccddddeeee","recording_duration":8,"source_name":"Google AdWords","start_time":"2018-02-19T13:41:00.236-05:00","tags":[],"total_calls":17,"tracking_phone_number":"+14045558514","transcription":"","value":"","voicemail":true,"tracker_id":354024023,"keywords":"","medium":"","referring_url":"","landing_page_url":"","last_requested_url":"","referrer_domain":"","conversational_transcript":"","utm_source":"google","utm_medium":"cpc","utm_term":"","utm_content":"","utm_campaign":"Google AdWords","utma":"","utmb":"","utmc":"","utmv":"","utmz":"","ga":"","gclid":"","integration_data":[{"integration":"Webhooks","data":null}],"keywords_spotted":"","recording_player":"https://app.callrail.com/calls/766970532/recording?access_key=aaaabbbbccccdddd","speaker_percent":"","call_highlights":[],"callercity":"Rochester","callercountry":"US","callername":"Kaylah Mills","callernum":"+12148654559","callerstate":"PA","callsource":"google_paid","campaign":"","custom":"","datetime":"2018-02-19 18:41:00","destinationnum":"","ip":"","kissmetrics_id":"","landingpage":"","referrer":"","referrermedium":"","score":1,"tag":"","trackingnum":"+14045558514","timestamp":"2018-02-19T13:41:00.236-05:00"}';

const ALL_EVENTS = [
	'pre_call_webhook',
	'answered_call_webhook',
	'post_call_webhook',
	'updated_call_webhook',
	'post_outbound_call_webhook',
	'updated_outbound_call_webhook',
	'sms_received_webhook',
	'sms_sent_webhook',
	'form_captured_webhook',
] as const;

const FOREIGN = 'https://hooks.example.com/zap/123';

describe('signature', () => {
	it('reproduces the published test vector over the raw bytes', () => {
		expect(computeSignature(VECTOR_SIGNER, VECTOR_BODY)).toBe(VECTOR_SIGNATURE);
		expect(isValidSignature(VECTOR_SIGNER, Buffer.from(VECTOR_BODY), VECTOR_SIGNATURE)).toBe(true);
	});

	it('rejects a changed body, another signer, a missing or truncated signature', () => {
		const reserialised = JSON.stringify(JSON.parse(VECTOR_BODY), null, 1);
		expect(isValidSignature(VECTOR_SIGNER, reserialised, VECTOR_SIGNATURE)).toBe(false);
		expect(isValidSignature('0'.repeat(32), VECTOR_BODY, VECTOR_SIGNATURE)).toBe(false);
		expect(isValidSignature(VECTOR_SIGNER, VECTOR_BODY, undefined)).toBe(false);
		expect(isValidSignature(VECTOR_SIGNER, VECTOR_BODY, VECTOR_SIGNATURE.slice(0, 10))).toBe(false);
	});
});

describe('CallRail Trigger (webhook)', () => {
	const env = useSandbox();
	const t = useTriggerHarness(env);
	const { params } = t;

	const integration = () =>
		env.sandbox.store.integrations.find((i: IDataObject) => i.company_id === t.companyId && i.type === 'Webhooks');
	const signingKeyOf = (id: string) => env.sandbox.store.companies.find((c: IDataObject) => c.id === id).signing_key as string;

	it('merges its URLs into the existing Webhooks integration, keeping the foreign URL, and stores the signing key', async () => {
		const before = integration();
		expect(before.config.post_call_webhook).toEqual([FOREIGN]);
		const wf = await t.activate();
		const url = wf.webhookUrl();

		const calls = env.requests();
		expect(calls.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /v3/a/${t.accountId}/integrations.json`,
			`GET /v3/a/${t.accountId}/integrations.json`,
			`PUT /v3/a/${t.accountId}/integrations/${before.id}.json`,
		]);
		expect(calls[0].query).toMatchObject({ company_id: t.companyId, fields: 'signing_key' });
		expect(calls[2].body).toEqual({
			state: 'active',
			config: {
				post_call_webhook: [FOREIGN, `${url}?event=post_call_webhook`],
				sms_received_webhook: ['https://hooks.example.com/zap/124'],
				updated_call_webhook: [`${url}?event=updated_call_webhook`],
			},
		});
		expect(integration().state).toBe('active');
		expect(wf.staticData().companies).toEqual({ [t.companyId]: { integrationId: before.id, signingKey: signingKeyOf(t.companyId) } });

		env.sandbox.clearRequests();
		expect(await wf.checkExists()).toBe(true);
		expect(env.requests().map((r) => r.method)).toEqual(['GET']);
	});

	it('removes only its own URLs on deactivation and leaves the integration active', async () => {
		const wf = await t.activate();
		env.sandbox.clearRequests();
		expect(await wf.delete()).toBe(true);
		const put = env.requests((r) => r.method === 'PUT')[0];
		expect(put.body).toEqual({
			config: {
				post_call_webhook: [FOREIGN],
				sms_received_webhook: ['https://hooks.example.com/zap/124'],
				updated_call_webhook: [],
			},
		});
		expect(integration().state).toBe('active');
		expect(env.requests((r) => r.method === 'DELETE')).toHaveLength(0);
		expect(await wf.checkExists()).toBe(false);
	});

	it('creates the integration when a company has none, and empties it (not disables) on removal', async () => {
		const other = env.sandbox.ids.companies[t.accountId][1];
		expect(env.sandbox.store.integrations.some((i: IDataObject) => i.company_id === other && i.type === 'Webhooks')).toBe(false);
		const wf = await t.harness.workflow(params({ companyIds: [other], events: ['form_captured_webhook'] }), env.apiKey());
		await wf.activate();
		const post = env.requests((r) => r.method === 'POST')[0];
		expect(post.body).toEqual({
			type: 'Webhooks',
			company_id: other,
			config: { form_captured_webhook: [`${wf.webhookUrl()}?event=form_captured_webhook`] },
		});
		expect((wf.staticData().companies as IDataObject)[other]).toMatchObject({ signingKey: signingKeyOf(other) });
		await wf.delete();
		const created = env.sandbox.store.integrations.find((i: IDataObject) => i.company_id === other && i.type === 'Webhooks');
		expect(created).toMatchObject({ state: 'active', config: { form_captured_webhook: [] } });
	});

	it('keeps the test URL and the production URL apart', async () => {
		const wf = await t.activate();
		await wf.activate(true);
		t.removeAfterTest(wf, true);
		const config = integration().config;
		expect(config.post_call_webhook).toEqual([
			FOREIGN,
			`${wf.webhookUrl()}?event=post_call_webhook`,
			`${wf.webhookUrl(true)}?event=post_call_webhook`,
		]);
		// n8n gives the test listener a copy of the saved static data: it has the signing key, and its own
		// list of seen deliveries, so the same event starts both the production and the test execution.
		expect(wf.staticData(true).companies).toEqual(wf.staticData().companies);
		const deliveries = await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_call_webhook' });
		expect(deliveries.map((d) => d.status)).toEqual([0, 200, 200]);
		expect(wf.deliveries.map((d) => [d.isTest, d.started])).toEqual([
			[false, true],
			[true, true],
		]);
		expect(Object.keys(wf.staticData(true).deliveries as IDataObject)).toEqual(Object.keys(wf.staticData().deliveries as IDataObject));

		await wf.delete(true);
		expect(integration().config.post_call_webhook).toEqual([FOREIGN, `${wf.webhookUrl()}?event=post_call_webhook`]);
		// The production registration and its static data are untouched by the test listener going away.
		expect(await wf.checkExists()).toBe(true);
		expect(Object.keys(wf.staticData().registrations as IDataObject)).toEqual([wf.webhookUrl()]);
	});

	it('receives all 9 events from the sandbox, signed, each once', async () => {
		const wf = await t.activate({ events: [...ALL_EVENTS] });
		for (const event of ALL_EVENTS) {
			const ours = t.ours(await env.sandbox.fireWebhook({ companyId: t.companyId, event }));
			expect(ours).toHaveLength(1);
			expect(ours[0].status).toBe(200);
			expect(ours[0].url).toBe(`${wf.webhookUrl()}?event=${event}`);
		}
		expect(wf.deliveries.map((d) => d.started)).toEqual(ALL_EVENTS.map(() => true));
		expect(wf.deliveries.map((d) => d.items[0].event)).toEqual([...ALL_EVENTS]);
		const post = wf.deliveries[2].items[0];
		expect(post.company_resource_id).toBe(t.companyId);
		expect(String(post.resource_id)).toMatch(/^CAL/);
		expect(wf.deliveries[8].items[0].form_data).toBeDefined();
		expect(wf.deliveries[6].items[0].content).toBeDefined();
	});

	it('rejects forged and unsigned deliveries with 401 and runs nothing', async () => {
		const wf = await t.activate();
		const body = JSON.stringify({ resource_id: 'CALforged', company_resource_id: t.companyId, timestamp: new Date().toISOString() });
		const post = async (headers: Record<string, string>) =>
			await request(`${wf.webhookUrl()}?event=post_call_webhook`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...headers },
				body,
			});

		const forged = await post({ signature: computeSignature('f'.repeat(32), body) });
		expect(forged.statusCode).toBe(401);
		await forged.body.text();
		const unsigned = await post({});
		expect(unsigned.statusCode).toBe(401);
		await unsigned.body.text();
		const good = await post({ signature: computeSignature(signingKeyOf(t.companyId), body) });
		expect(good.statusCode).toBe(200);
		await good.body.text();
		expect(wf.deliveries.map((d) => d.started)).toEqual([false, false, true]);
	});

	it('re-reads a rotated signing key once, and forged deliveries cost at most one request per 10 minutes', async () => {
		const wf = await t.activate();
		const company = env.sandbox.store.companies.find((c: IDataObject) => c.id === t.companyId);
		const original = company.signing_key as string;
		const fire = async (event: 'post_call_webhook' | 'updated_call_webhook') =>
			(await t.fire(event)).status;
		try {
			// The key is regenerated in CallRail after activation: the first delivery makes the node fetch it.
			company.signing_key = 'b'.repeat(32);
			env.sandbox.clearRequests();
			expect(await fire('post_call_webhook')).toBe(200);
			expect(env.requests().map((r) => `${r.method} ${r.path} ${String(r.query.fields)}`)).toEqual([
				`GET /v3/a/${t.accountId}/integrations.json signing_key`,
			]);
			expect((wf.staticData().companies as Record<string, IDataObject>)[t.companyId].signingKey).toBe('b'.repeat(32));
			expect(wf.deliveries.at(-1)!.started).toBe(true);

			// Signed with a key that is not the company's: one check of the key, then none for 10 minutes.
			const body = JSON.stringify({ resource_id: 'CALwrongkey', company_resource_id: t.companyId, timestamp: new Date().toISOString() });
			const wrongKey = async () => {
				const response = await request(`${wf.webhookUrl()}?event=post_call_webhook`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', signature: computeSignature('c'.repeat(32), body) },
					body,
				});
				await response.body.text();
				return response.statusCode;
			};
			// The key was read a moment ago, so this costs no request.
			env.sandbox.clearRequests();
			expect(await wrongKey()).toBe(401);
			expect(env.requests()).toHaveLength(0);
			// Eleven minutes later: one request, then none again; and the forged requests stored nothing.
			const before = JSON.stringify(wf.staticData());
			const now = Date.now() + 11 * 60_000;
			const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
			try {
				expect(await wrongKey()).toBe(401);
				expect(await wrongKey()).toBe(401);
				expect(await wrongKey()).toBe(401);
			} finally {
				clock.mockRestore();
			}
			expect(env.requests()).toHaveLength(1);
			expect(JSON.stringify(wf.staticData())).toBe(before);
			expect((wf.staticData().companies as Record<string, IDataObject>)[t.companyId].signingKey).toBe('b'.repeat(32));
			expect(wf.deliveries.slice(-4).map((d) => d.started)).toEqual([false, false, false, false]);
		} finally {
			company.signing_key = original;
		}
	});

	it('refuses to register when CallRail returns no signing key, and changes nothing', async () => {
		const before = integration();
		const withoutKey = { ...JSON.parse(JSON.stringify(before)) };
		delete withoutKey.signing_key;
		env.sandbox.faults.add({
			status: 200,
			method: 'GET',
			path: '/integrations.json',
			body: { page: 1, per_page: 250, total_pages: 1, total_records: 1, integrations: [withoutKey] },
			times: 2,
		});
		const wf = await t.harness.workflow(params(), env.apiKey());
		const error = await wf.activate().then(
			() => undefined,
			(e: Error & { description?: string }) => e,
		);
		expect(error?.message).toMatch(/did not return the signing key/);
		expect(error?.description).toMatch(/Setup Mode to Manual/);
		expect(env.requests((r) => r.method !== 'GET')).toHaveLength(0);
		expect(integration().config).toEqual(before.config);
	});

	it('drops repeats of one event but passes each Call Modified change', async () => {
		const wf = await t.activate();
		const callId = env.sandbox.store.calls.find((c: IDataObject) => c.company_id === t.companyId && c.direction === 'inbound').id;
		await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_call_webhook', resourceId: callId });
		await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_call_webhook', resourceId: callId });
		env.sandbox.updateCall(callId, { note: 'Called back' });
		await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'updated_call_webhook', resourceId: callId });
		env.sandbox.updateCall(callId, { tags: ['Quote'] });
		await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'updated_call_webhook', resourceId: callId });
		// One more repeat: it starts nothing, so it writes what the last two new deliveries (within a second) did not.
		await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_call_webhook', resourceId: callId });
		expect(wf.deliveries.map((d) => d.started)).toEqual([true, false, true, true, false]);
		expect(wf.deliveries[2].items[0].changes).toEqual(['note']);
		expect(wf.deliveries[3].items[0].changes).toEqual(['tags']);
		// Three deliveries remembered by digest; one record key (Call Modified has none).
		expect(Object.keys(wf.staticData().deliveries as IDataObject)).toHaveLength(3);
		expect(Object.keys(wf.staticData().records as IDataObject)).toEqual([`post_call_webhook:${callId}`]);
	});

	it('applies filters: direction, minimum duration, tags and which changes happened', async () => {
		const wf = await t.activate({
			events: ['post_call_webhook', 'updated_call_webhook', 'post_outbound_call_webhook'],
			filters: { direction: 'inbound', minDuration: 30, changes: ['tags'] },
		});
		const base = { company_resource_id: t.companyId, direction: 'inbound', timestamp: new Date().toISOString() };
		const fire = async (event: (typeof ALL_EVENTS)[number], payload: IDataObject) =>
			(await t.fire(event, { ...base, ...payload })).status;
		expect(await fire('post_call_webhook', { resource_id: 'CALshort', duration: 10 })).toBe(200);
		expect(await fire('post_call_webhook', { resource_id: 'CALlong', duration: 95 })).toBe(200);
		expect(await fire('post_outbound_call_webhook', { resource_id: 'CALout', duration: 95, direction: 'outbound' })).toBe(200);
		expect(await fire('updated_call_webhook', { resource_id: 'CALlong', duration: 95, changes: ['note'] })).toBe(200);
		expect(await fire('updated_call_webhook', { resource_id: 'CALlong', duration: 95, changes: ['note', 'tags'] })).toBe(200);
		expect(wf.deliveries.map((d) => d.started)).toEqual([false, true, false, false, true]);

		wf.node.parameters.filters = { tags: ['Quote', ' Sales '] };
		expect(await fire('post_call_webhook', { resource_id: 'CALnotag', tags: [] })).toBe(200);
		expect(await fire('post_call_webhook', { resource_id: 'CALtag', tags: [{ name: 'sales' }] })).toBe(200);
		expect(await fire('post_call_webhook', { resource_id: 'CALnamed', tags: ['Quote'] })).toBe(200);
		expect(wf.deliveries.slice(-3).map((d) => d.started)).toEqual([false, true, true]);
	});

	it('applies filters: answer status, first call only, tracker and lead status', async () => {
		const tracker = env.sandbox.ids.trackers[t.companyId][0];
		const wf = await t.activate({
			events: ['post_call_webhook', 'form_captured_webhook'],
			filters: { answerStatus: 'missed', firstCallOnly: true, trackerIds: tracker, leadStatus: 'good_lead' },
		});
		const base = {
			company_resource_id: t.companyId,
			direction: 'inbound',
			answered: false,
			voicemail: false,
			first_call: true,
			tracker_resource_id: tracker,
			lead_status: 'good_lead',
			timestamp: new Date().toISOString(),
		};
		const fire = async (event: 'post_call_webhook' | 'form_captured_webhook', payload: IDataObject) =>
			(await t.fire(event, { ...base, ...payload })).status;
		const cases: Array<[string, IDataObject, boolean]> = [
			['CALmatch', {}, true],
			['CALanswered', { answered: true }, false],
			['CALvoicemail', { voicemail: true }, false],
			['CALrepeat', { first_call: false }, false],
			['CALothertracker', { tracker_resource_id: 'TRK0000000000000000000000000000000000' }, false],
			['CALnotalead', { lead_status: 'not_a_lead' }, false],
			['CALpreviouslygood', { lead_status: 'previously_marked_good_lead' }, true],
		];
		for (const [id, payload] of cases) expect(await fire('post_call_webhook', { resource_id: id, ...payload })).toBe(200);
		expect(wf.deliveries.map((d) => d.started)).toEqual(cases.map(([, , started]) => started));
		expect(wf.deliveries.filter((d) => d.started).map((d) => d.items[0].resource_id)).toEqual(['CALmatch', 'CALpreviouslygood']);

		// Forms: "first call only" means the person's first form; call-only filters do not apply.
		expect(await fire('form_captured_webhook', { resource_id: 'FORfirst', form_data: { a: 1 }, first_form: true })).toBe(200);
		expect(await fire('form_captured_webhook', { resource_id: 'FORagain', form_data: { a: 1 }, first_form: false })).toBe(200);
		expect(wf.deliveries.slice(-2).map((d) => d.started)).toEqual([true, false]);
	});

	it('tells a key that cannot manage integrations to switch to manual setup', async () => {
		const wf = await t.harness.workflow(params(), env.apiKey('reporting'));
		const before = JSON.stringify(integration().config);
		const error = await wf.activate().then(
			() => undefined,
			(e: Error & { httpCode?: string; description?: string }) => e,
		);
		expect(error).toBeDefined();
		expect(error!.httpCode).toBe('403');
		expect(error!.message).toMatch(/role cannot manage integrations/);
		expect(error!.description).toMatch(/Setup Mode to Manual/);
		expect(JSON.stringify(integration().config)).toBe(before);
	});

	it('in manual mode registers nothing, verifies with the pasted key and infers the event without ?event', async () => {
		const wf = await t.harness.workflow(
			params({ setupMode: 'manual', events: ['post_call_webhook', 'sms_received_webhook'] }),
			{ ...env.apiKey('reporting'), webhookSigningSecrets: `${'d'.repeat(32)}, ${signingKeyOf(t.companyId)}` },
		);
		await wf.activate();
		expect(env.requests()).toHaveLength(0);
		// The user pastes the bare URL into CallRail.
		const config = integration().config;
		config.post_call_webhook = [...config.post_call_webhook, wf.webhookUrl()];
		config.sms_received_webhook = [...config.sms_received_webhook, wf.webhookUrl()];
		try {
			const callId = env.sandbox.store.calls.find(
				(c: IDataObject) => c.company_id === t.companyId && c.direction === 'inbound' && Number(c.duration) > 0,
			).id;
			await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_call_webhook', resourceId: callId });
			await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'sms_received_webhook' });
			expect(wf.deliveries.map((d) => [d.started, d.items[0]?.event])).toEqual([
				[true, 'post_call_webhook'],
				[true, 'sms_received_webhook'],
			]);
			// A new message (so not a duplicate) signed with a key the node was not given.
			const company = env.sandbox.store.companies.find((c: IDataObject) => c.id === t.companyId);
			const original = company.signing_key as string;
			company.signing_key = 'a'.repeat(32);
			env.sandbox.addTextMessage(t.accountId, { conversation_id: env.sandbox.store.conversations.find((c: IDataObject) => c.company_id === t.companyId).id });
			const [rejected] = (await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'sms_received_webhook' })).filter((d) => d.url === wf.webhookUrl());
			company.signing_key = original;
			expect(rejected.status).toBe(401);
			expect(wf.deliveries.at(-1)!.started).toBe(false);
		} finally {
			config.post_call_webhook = config.post_call_webhook.filter((u: string) => u !== wf.webhookUrl());
			config.sms_received_webhook = config.sms_received_webhook.filter((u: string) => u !== wf.webhookUrl());
		}
	});
});
