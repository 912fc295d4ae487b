import type { Json } from '../../sandbox';
import { isLoopback, signPayload } from '../../sandbox';
import { startWebhookReceiver } from '../../sandbox/receiver';
import { useSandbox } from './helpers';

const env = useSandbox();
const { api, path } = env;

const VECTOR_SIGNER = '072e77e426f92738a72fe23c4d1953b4';
const VECTOR_BODY =
	'{"answered":false,"business_phone_number":"","call_type":"voicemail","company_id":155920786,"company_name":"Boost Marketing","company_time_zone":"America/Los_Angeles","created_at":"2018-02-19T13:41:00.252-05:00","customer_city":"Rochester","customer_country":"US","customer_name":"Kaylah Mills","customer_phone_number":"+12148654559","customer_state":"PA","device_type":"","direction":"inbound","duration":"13","first_call":false,"formatted_call_type":"Voicemail","formatted_customer_location":"Rochester, PA","formatted_business_phone_number":"","formatted_customer_name":"Kaylah Mills","prior_calls":16,"formatted_customer_name_or_phone_number":"Kaylah Mills","formatted_customer_phone_number":"214-865-4559","formatted_duration":"13s","formatted_tracking_phone_number":"404-555-8514","formatted_tracking_source":"Google Paid","formatted_value":"--","good_lead_call_id":715587840,"good_lead_call_time":"2016-06-17T10:23:33.363-04:00","id":766970532,"lead_status":"previously_marked_good_lead","note":"","recording":"https://app.callrail.com/calls/766970532/recording/redirect?access_key=aaaaccccddddeeee","recording_duration":8,"source_name":"Google AdWords","start_time":"2018-02-19T13:41:00.236-05:00","tags":[],"total_calls":17,"tracking_phone_number":"+14045558514","transcription":"","value":"","voicemail":true,"tracker_id":354024023,"keywords":"","medium":"","referring_url":"","landing_page_url":"","last_requested_url":"","referrer_domain":"","conversational_transcript":"","utm_source":"google","utm_medium":"cpc","utm_term":"","utm_content":"","utm_campaign":"Google AdWords","utma":"","utmb":"","utmc":"","utmv":"","utmz":"","ga":"","gclid":"","integration_data":[{"integration":"Webhooks","data":null}],"keywords_spotted":"","recording_player":"https://app.callrail.com/calls/766970532/recording?access_key=aaaabbbbccccdddd","speaker_percent":"","call_highlights":[],"callercity":"Rochester","callercountry":"US","callername":"Kaylah Mills","callernum":"+12148654559","callerstate":"PA","callsource":"google_paid","campaign":"","custom":"","datetime":"2018-02-19 18:41:00","destinationnum":"","ip":"","kissmetrics_id":"","landingpage":"","referrer":"","referrermedium":"","score":1,"tag":"","trackingnum":"+14045558514","timestamp":"2018-02-19T13:41:00.236-05:00"}';

const webhooksOf = async (company: string) => {
	const list = await api('GET', path(`integrations.json?company_id=${company}&fields=signing_key`));
	return list.body.integrations.find((i: Json) => i.type === 'Webhooks');
};

describe('signatures', () => {
	it('reproduces the test vector published in CallRail’s documentation', () => {
		expect(signPayload(VECTOR_SIGNER, VECTOR_BODY)).toBe('UZAHbUdfm3GqL7qzilGozGzWV64=');
		expect(signPayload(VECTOR_SIGNER, `${VECTOR_BODY}\n`)).not.toBe('UZAHbUdfm3GqL7qzilGozGzWV64=');
		expect(signPayload(VECTOR_SIGNER, JSON.stringify(JSON.parse(VECTOR_BODY), null, 1))).not.toBe('UZAHbUdfm3GqL7qzilGozGzWV64=');
	});

	it('recognises loopback receivers only', () => {
		expect(['http://127.0.0.1:1/x', 'http://127.9.9.9/x', 'http://localhost:8080/', 'http://[::1]:9/h'].map(isLoopback)).toEqual([true, true, true, true]);
		expect(['https://hooks.example.com/zap/123', 'http://10.0.0.1/', 'http://127.0.0.1.nip.io/', 'not a url'].map(isLoopback)).toEqual([false, false, false, false]);
	});
});

describe('the Webhooks integration', () => {
	it('allows one integration per type per company and validates the config keys', async () => {
		const company = env.companies()[0];
		const duplicate = await api('POST', path('integrations.json'), { body: { company_id: company, type: 'Webhooks', config: { post_call_webhook: ['http://127.0.0.1:9/x'] } } });
		expect(duplicate.status).toBe(422);
		const other = env.companies()[1];
		expect((await api('POST', path('integrations.json'), { body: { company_id: other, type: 'Webhooks', config: { call_modified_webhook: ['http://127.0.0.1:9/x'] } } })).status).toBe(400);
		expect((await api('POST', path('integrations.json'), { body: { company_id: other, type: 'Webhooks', config: { post_call_webhook: 'http://127.0.0.1:9/x' } } })).status).toBe(400);
		expect((await api('POST', path('integrations.json'), { body: { company_id: other, type: 'Slack', config: {} } })).status).toBe(400);
		const created = await api('POST', path('integrations.json'), { body: { company_id: other, type: 'Webhooks', config: { form_captured_webhook: ['http://127.0.0.1:9/forms'] } } });
		expect(created.status).toBe(201);
		expect(created.body).toEqual({ id: expect.any(Number), type: 'Webhooks', state: 'active', company_id: other, config: { form_captured_webhook: ['http://127.0.0.1:9/forms'] }, signing_key: expect.stringMatching(/^[0-9a-f]{32}$/) });
		const again = await api('GET', path(`integrations/${created.body.id}.json?fields=signing_key`));
		expect(again.body.signing_key).toBe(created.body.signing_key);
		expect((await api('GET', path(`integrations/${created.body.id}.json`))).body).not.toHaveProperty('signing_key');
	});

	it('replaces config on PUT, so a client that does not merge loses the other URLs', async () => {
		const company = env.companies()[0];
		const before = await webhooksOf(company);
		const url = path(`integrations/${before.id}.json`);
		const merged = { ...before.config, post_call_webhook: [...before.config.post_call_webhook, 'http://127.0.0.1:9/mine'] };
		const put = await api('PUT', url, { body: { config: merged } });
		expect(put.body.config.post_call_webhook).toEqual(['https://hooks.example.com/zap/123', 'http://127.0.0.1:9/mine']);
		expect(put.body.config.sms_received_webhook).toEqual(['https://hooks.example.com/zap/124']);
		const careless = await api('PUT', url, { body: { config: { post_call_webhook: ['http://127.0.0.1:9/mine'] } } });
		expect(careless.body.config).toEqual({ post_call_webhook: ['http://127.0.0.1:9/mine'] });
		expect((await api('PUT', url, { body: { config: before.config, state: 'paused' } })).status).toBe(400);
		expect((await api('PUT', url, { body: { config: before.config } })).body.config).toEqual(before.config);
	});

	it('lets admins and managers of the company manage integrations, not reporting users', async () => {
		const company = env.companies()[0];
		const hidden = env.companies()[2];
		const hooks = await webhooksOf(company);
		expect((await api('PUT', path(`integrations/${hooks.id}.json`), { key: env.sb.keys.manager, body: { state: 'active' } })).status).toBe(200);
		expect((await api('PUT', path(`integrations/${hooks.id}.json`), { key: env.sb.keys.reporting, body: { state: 'active' } })).status).toBe(403);
		expect((await api('POST', path('integrations.json'), { key: env.sb.keys.manager, body: { company_id: hidden, type: 'Webhooks', config: {} } })).status).toBe(404);
	});
});

describe('fireWebhook', () => {
	it('posts the signed raw body to every loopback URL of the event and reports foreign URLs as undelivered', async () => {
		const receiver = await startWebhookReceiver();
		try {
			const company = env.companies()[0];
			const hooks = await webhooksOf(company);
			const config = { ...hooks.config, post_call_webhook: [...hooks.config.post_call_webhook, `${receiver.url}/a`, `${receiver.url}/b`] };
			await api('PUT', path(`integrations/${hooks.id}.json`), { body: { config } });
			const call = env.storeCalls().find((c: Json) => c.company_id === company && c.direction === 'inbound');
			const deliveries = await env.sb.fireWebhook({ companyId: company, event: 'post_call_webhook', resourceId: call.id });
			expect(deliveries.map((d) => [d.url.replace(receiver.url, ''), d.status])).toEqual([['https://hooks.example.com/zap/123', 0], ['/a', 200], ['/b', 200]]);
			// CallRail appends legacy attributes to the registered URL's query.
			expect(receiver.received.map((r) => r.url.split('?')[0])).toEqual(['/a', '/b']);
			const query = new URLSearchParams(receiver.received[0].url.split('?')[1]);
			expect(Object.fromEntries(query)).toMatchObject({ answered: 'true', callernum: call.customer_phone_number, duration: String(call.duration) });
			const [first] = receiver.received;
			expect(first.method).toBe('POST');
			expect(first.headers['content-type']).toBe('application/json');
			expect(first.headers.signature).toBe(signPayload(hooks.signing_key, first.rawBody));
			expect(first.rawBody).toBe(deliveries[1].rawBody);
			const body = JSON.parse(first.rawBody);
			expect(body).toMatchObject({
				id: call.id, resource_id: call.id, tracker_resource_id: call.tracker_id, company_resource_id: company,
				customer_phone_number: call.customer_phone_number, start_time: call.start_time, timestamp: expect.stringMatching(/^2026-11-22T/),
			});
			expect(body).toHaveProperty('person_resource_id');
			expect(body).not.toHaveProperty('changes');
		} finally {
			await receiver.close();
		}
	});

	it('sends Call Modified with the changes of the last update, and reports a refusing receiver', async () => {
		const receiver = await startWebhookReceiver({ status: 500 });
		try {
			const company = env.companies()[0];
			const hooks = await webhooksOf(company);
			await api('PUT', path(`integrations/${hooks.id}.json`), { body: { config: { ...hooks.config, updated_call_webhook: [receiver.url] } } });
			const call = env.storeCalls().find((c: Json) => c.company_id === company);
			await api('PUT', path(`calls/${call.id}.json`), { body: { note: 'updated', tags: ['Booked'] } });
			const [delivery] = await env.sb.fireWebhook({ companyId: company, event: 'updated_call_webhook', resourceId: call.id });
			expect(delivery.status).toBe(500);
			const body = JSON.parse(receiver.received[0].rawBody);
			expect(body.changes.sort()).toEqual(['note', 'tags']);
			expect(body.note).toBe('updated');
			expect(receiver.received).toHaveLength(1);
		} finally {
			await receiver.close();
		}
	});

	it('builds text and form payloads in the documented shapes', async () => {
		const receiver = await startWebhookReceiver();
		try {
			const company = env.companies()[0];
			const hooks = await webhooksOf(company);
			await api('PUT', path(`integrations/${hooks.id}.json`), {
				body: { config: { ...hooks.config, sms_received_webhook: [receiver.url], form_captured_webhook: [receiver.url] } },
			});
			const { message, conversation } = env.sb.addTextMessage(env.primary(), { company_id: company, content: 'Are you open?' });
			await env.sb.fireWebhook({ companyId: company, event: 'sms_received_webhook', resourceId: message.id });
			const sms = JSON.parse(receiver.received[0].rawBody);
			expect(sms).toMatchObject({
				resource_id: message.id, content: 'Are you open?', message_type: 'sms', media_urls: [], conversation_id: conversation.id,
				company_resource_id: company, source_number: expect.stringMatching(/^\d{3}-\d{3}-\d{4}$/), destination_number: expect.stringMatching(/^\d{3}-\d{3}-\d{4}$/),
			});
			const form = env.sb.addFormSubmission(env.primary(), { company_id: company });
			await env.sb.fireWebhook({ companyId: company, event: 'form_captured_webhook', resourceId: form.id });
			const captured = JSON.parse(receiver.received[1].rawBody);
			expect(captured).toMatchObject({ resource_id: form.id, form_data: form.form_data, form_url: form.form_url, first_form: true });
			// The reference's form sample has no timestamp.
			expect(captured.timestamp).toBeUndefined();
		} finally {
			await receiver.close();
		}
	});

	it('delivers nothing once the integration is disabled (DELETE → 204)', async () => {
		const receiver = await startWebhookReceiver();
		try {
			const company = env.companies()[0];
			const hooks = await webhooksOf(company);
			await api('PUT', path(`integrations/${hooks.id}.json`), { body: { config: { post_call_webhook: [receiver.url] } } });
			expect(await env.sb.fireWebhook({ companyId: company, event: 'post_call_webhook', payload: { hello: 'world' } })).toHaveLength(1);
			expect(JSON.parse(receiver.received[0].rawBody)).toEqual({ hello: 'world' });
			expect((await api('DELETE', path(`integrations/${hooks.id}.json`))).status).toBe(204);
			expect((await api('GET', path(`integrations/${hooks.id}.json`))).body.state).toBe('disabled');
			expect(await env.sb.fireWebhook({ companyId: company, event: 'post_call_webhook' })).toEqual([]);
			expect(receiver.received).toHaveLength(1);
			expect((await api('PUT', path(`integrations/${hooks.id}.json`), { body: { state: 'active' } })).body.state).toBe('active');
		} finally {
			await receiver.close();
		}
	});
});
