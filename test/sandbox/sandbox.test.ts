import { request } from 'undici';

import type { Json, Sandbox } from '../../sandbox';
import { signPayload, startSandbox } from '../../sandbox';
import { startWebhookReceiver } from '../../sandbox/receiver';

const VECTOR_SIGNER = '072e77e426f92738a72fe23c4d1953b4';
const REFERENCE_BODY =
	'{"answered":false,"business_phone_number":"","call_type":"voicemail","company_id":155920786,"company_name":"Boost Marketing","company_time_zone":"America/Los_Angeles","created_at":"2018-02-19T13:41:00.252-05:00","customer_city":"Rochester","customer_country":"US","customer_name":"Kaylah Mills","customer_phone_number":"+12148654559","customer_state":"PA","device_type":"","direction":"inbound","duration":"13","first_call":false,"formatted_call_type":"Voicemail","formatted_customer_location":"Rochester, PA","formatted_business_phone_number":"","formatted_customer_name":"Kaylah Mills","prior_calls":16,"formatted_customer_name_or_phone_number":"Kaylah Mills","formatted_customer_phone_number":"214-865-4559","formatted_duration":"13s","formatted_tracking_phone_number":"404-555-8514","formatted_tracking_source":"Google Paid","formatted_value":"--","good_lead_call_id":715587840,"good_lead_call_time":"2016-06-17T10:23:33.363-04:00","id":766970532,"lead_status":"previously_marked_good_lead","note":"","recording":"https://app.callrail.com/calls/766970532/recording/redirect?access_key=aaaaccccddddeeee","recording_duration":8,"source_name":"Google AdWords","start_time":"2018-02-19T13:41:00.236-05:00","tags":[],"total_calls":17,"tracking_phone_number":"+14045558514","transcription":"","value":"","voicemail":true,"tracker_id":354024023,"keywords":"","medium":"","referring_url":"","landing_page_url":"","last_requested_url":"","referrer_domain":"","conversational_transcript":"","utm_source":"google","utm_medium":"cpc","utm_term":"","utm_content":"","utm_campaign":"Google AdWords","utma":"","utmb":"","utmc":"","utmv":"","utmz":"","ga":"","gclid":"","integration_data":[{"integration":"Webhooks","data":null}],"keywords_spotted":"","recording_player":"https://app.callrail.com/calls/766970532/recording?access_key=aaaabbbbccccdddd","speaker_percent":"","call_highlights":[],"callercity":"Rochester","callercountry":"US","callername":"Kaylah Mills","callernum":"+12148654559","callerstate":"PA","callsource":"google_paid","campaign":"","custom":"","datetime":"2018-02-19 18:41:00","destinationnum":"","ip":"","kissmetrics_id":"","landingpage":"","referrer":"","referrermedium":"","score":1,"tag":"","trackingnum":"+14045558514","timestamp":"2018-02-19T13:41:00.236-05:00"}';

let sb: Sandbox;
const NOW = '2026-11-22T17:00:00Z';

beforeAll(async () => {
	sb = await startSandbox({ now: NOW, clock: 'manual', rateLimit: false });
});
afterAll(async () => await sb.close());
beforeEach(() => {
	sb.clearRequests();
	sb.faults.clear();
	sb.rateLimit.configure({ enabled: false });
	sb.rateLimit.reset();
});


async function call(
	method: 'GET' | 'POST' | 'PUT' | 'DELETE',
	path: string,
	options: { key?: string; auth?: string; body?: unknown; base?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Json; headers: Record<string, unknown> }> {
	const key = options.key ?? sb.keys.agencyAdmin;
	const url = path.startsWith('http') ? path : `${options.base ?? sb.url}${path}`;
	const response = await request(url, {
		method,
		headers: {
			authorization: options.auth ?? `Token token="${key}"`,
			...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
			...options.headers,
		},
		body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
	});
	const text = await response.body.text();
	return { status: response.statusCode, body: text ? JSON.parse(text) : {}, headers: response.headers };
}

const primary = () => sb.ids.accounts[0];
const companies = () => sb.ids.companies[primary()];

describe('authentication and visibility', () => {
	it('accepts the quoted and unquoted Token forms and refuses others with 401', async () => {
		expect((await call('GET', '/v3/a.json')).status).toBe(200);
		expect((await call('GET', '/v3/a.json', { auth: `Token token=${sb.keys.agencyAdmin}` })).status).toBe(200);
		const denied = await call('GET', '/v3/a.json', { auth: 'Token token="nope"' });
		expect(denied.status).toBe(401);
		expect(denied.body.error).toMatch(/Access denied/);
		expect((await call('GET', '/v3/a.json', { auth: `Bearer ${sb.keys.agencyAdmin}` })).status).toBe(401);
	});

	it('serves the same API under the Maton prefix with a Bearer key and a connection header', async () => {
		const agency = await call('GET', '/v3/a.json', { base: sb.matonUrl, auth: `Bearer ${sb.keys.maton}` });
		expect(agency.body.total_records).toBe(3);
		const single = await call('GET', '/v3/a.json', {
			base: sb.matonUrl,
			auth: `Bearer ${sb.keys.maton}`,
			headers: { 'maton-connection': sb.matonConnections.singleAccount },
		});
		expect(single.body.accounts.map((a: Json) => a.id)).toEqual([sb.ids.singleAccount]);
		const unknown = await call('GET', '/v3/a.json', { base: sb.matonUrl, auth: `Bearer ${sb.keys.maton}`, headers: { 'maton-connection': 'conn_x' } });
		expect(unknown.status).toBe(400);
		expect((await call('GET', '/v3/a.json', { base: sb.matonUrl })).status).toBe(401);
	});

	it('shows each key only its accounts and companies', async () => {
		expect((await call('GET', '/v3/a.json', { key: sb.keys.singleAccount })).body.total_records).toBe(1);
		expect((await call('GET', `/v3/a/${sb.ids.accounts[1]}/companies.json`, { key: sb.keys.singleAccount })).status).toBe(404);
		const manager = await call('GET', `/v3/a/${primary()}/companies.json`, { key: sb.keys.manager });
		expect(manager.body.total_records).toBeLessThan(companies().length);
		const numeric = await call('GET', `/v3/a/${primary()}.json?fields=numeric_id`);
		expect(numeric.body.numeric_id).toEqual(expect.any(Number));
	});
});

describe('pagination', () => {
	it('pages with page/per_page and reports totals; refuses per_page above 250', async () => {
		const first = await call('GET', `/v3/a/${primary()}/calls.json?date_range=all_time&per_page=250`);
		expect(first.body.calls).toHaveLength(250);
		expect(first.body.total_pages).toBe(Math.ceil(first.body.total_records / 250));
		const tooMany = await call('GET', `/v3/a/${primary()}/calls.json?per_page=251`);
		expect(tooMany.status).toBe(400);
		expect(tooMany.body.error).toMatch(/250/);
	});

	it('follows relative next_page URLs (numeric id, no .json) to the end without gaps or repeats, even while calls arrive', async () => {
		const expected = sb.store.calls.filter((c: Json) => c.account_id === primary()).map((c: Json) => c.id);
		let page = await call('GET', `/v3/a/${primary()}/calls.json?date_range=all_time&relative_pagination=true&per_page=250`);
		const seen: string[] = page.body.calls.map((c: Json) => c.id);
		let arrived = false;
		while (page.body.has_next_page) {
			expect(page.body.next_page).toMatch(new RegExp(`^${sb.url}/v3/a/\\d{9}/calls\\?`));
			expect(page.body.next_page).not.toContain('.json');
			expect(page.body.next_page).toContain('date_range=all_time');
			if (!arrived) {
				sb.addCall(primary());
				arrived = true;
			}
			page = await call('GET', page.body.next_page);
			expect(page.status).toBe(200);
			seen.push(...page.body.calls.map((c: Json) => c.id));
		}
		expect(new Set(seen).size).toBe(seen.length);
		expect(seen).toEqual(expected);
	});
});

describe('filters', () => {
	it('reads inclusive dates in the requested time zone', async () => {
		const day = '2026-11-20';
		const body = (await call('GET', `/v3/a/${primary()}/calls.json?start_date=${day}&end_date=${day}&time_zone=America/Los_Angeles&per_page=250`)).body;
		const from = Date.parse('2026-11-20T08:00:00Z');
		const to = Date.parse('2026-11-21T07:59:59.999Z');
		const inside = sb.store.calls.filter((c: Json) => c.account_id === primary() && c._startMs >= from && c._startMs <= to);
		expect(body.total_records).toBe(inside.length);
		expect(body.calls.every((c: Json) => c.start_time.endsWith('-08:00'))).toBe(true);
	});

	it('matches tags[] as OR, searches, and adds requested fields', async () => {
		const names = ['Lead', 'VIP'];
		const body = (await call('GET', `/v3/a/${primary()}/calls.json?date_range=all_time&tags[]=Lead&tags[]=VIP&fields=tags,company_id&per_page=250`)).body;
		expect(body.total_records).toBeGreaterThan(0);
		expect(body.calls.every((c: Json) => c.tags.some((t: Json) => names.includes(t.name)))).toBe(true);
		expect(body.calls[0]).toHaveProperty('company_id');
		const unknown = await call('GET', `/v3/a/${primary()}/calls.json?fields=nope`);
		expect(unknown.status).toBe(400);
		const target = sb.store.calls.find((c: Json) => c.account_id === primary());
		const search = (await call('GET', `/v3/a/${primary()}/calls.json?date_range=all_time&search=${encodeURIComponent(target.customer_name)}`)).body;
		expect(search.calls.map((c: Json) => c.id)).toContain(target.id);
	});

	it('refuses ranges beyond the 25-month retention', async () => {
		const old = await call('GET', `/v3/a/${primary()}/calls.json?start_date=2024-01-01`);
		expect(old.status).toBe(400);
		expect(old.body.error).toMatch(/25 months/);
	});

	it('applies tracker_ids only in array form in the summary', async () => {
		const tracker = sb.ids.trackers[companies()[0]][0];
		const all = (await call('GET', `/v3/a/${primary()}/calls/summary.json?date_range=all_time`)).body;
		const plain = (await call('GET', `/v3/a/${primary()}/calls/summary.json?date_range=all_time&tracker_ids=${tracker}`)).body;
		const array = (await call('GET', `/v3/a/${primary()}/calls/summary.json?date_range=all_time&tracker_ids[]=${tracker}`)).body;
		expect(plain.total_results.total_calls).toBe(all.total_results.total_calls);
		expect(array.total_results.total_calls).toBeLessThan(all.total_results.total_calls);
		expect(array.total_results.total_calls).toBe(
			sb.store.calls.filter((c: Json) => c.tracker_id === tracker).length,
		);
	});

	it('limits timeseries to 200 points', async () => {
		expect((await call('GET', `/v3/a/${primary()}/calls/timeseries.json?date_range=this_year&interval=week`)).status).toBe(200);
		const tooMany = await call('GET', `/v3/a/${primary()}/calls/timeseries.json?date_range=all_time&interval=day`);
		expect(tooMany.status).toBe(400);
		expect(tooMany.body.error).toMatch(/200/);
	});
});

describe('writes', () => {
	it('creates (201), updates (200) and deletes (204) a tag; validates colours; forbids reporting users', async () => {
		const created = await call('POST', `/v3/a/${primary()}/tags.json`, { body: { name: 'Sandbox', company_id: companies()[0], color: 'blue1' } });
		expect(created.status).toBe(201);
		const badColor = await call('POST', `/v3/a/${primary()}/tags.json`, { body: { name: 'X', company_id: companies()[0], color: 'teal' } });
		expect(badColor.status).toBe(400);
		const updated = await call('PUT', `/v3/a/${primary()}/tags/${created.body.id}.json`, { body: { disabled: true } });
		expect(updated.body.status).toBe('disabled');
		const reporting = await call('DELETE', `/v3/a/${primary()}/tags/${created.body.id}.json`, { key: sb.keys.reporting });
		expect(reporting.status).toBe(403);
		expect((await call('DELETE', `/v3/a/${primary()}/tags/${created.body.id}.json`)).status).toBe(204);
	});

	it('refuses a body that is not JSON with 406', async () => {
		const response = await request(`${sb.url}/v3/a/${primary()}/tags.json`, {
			method: 'POST',
			headers: { authorization: `Token token="${sb.keys.agencyAdmin}"`, 'content-type': 'application/x-www-form-urlencoded' },
			body: 'name=x',
		});
		expect(response.statusCode).toBe(406);
		await response.body.text();
	});

	it('replaces a tracker call_flow on PUT, as the real API does', async () => {
		const tracker = sb.ids.trackers[companies()[0]][0];
		const updated = await call('PUT', `/v3/a/${primary()}/trackers/${tracker}.json`, { body: { call_flow: { type: 'basic', greeting_text: 'Hi' } } });
		expect(updated.status).toBe(200);
		expect(updated.body.call_flow.destination_number).toBeUndefined();
	});
});

describe('rate limits and faults', () => {
	it('answers 429 past the hourly limit until the window moves', async () => {
		sb.rateLimit.configure({ hourly: 3, retryAfter: 7 });
		for (let i = 0; i < 3; i++) expect((await call('GET', `/v3/a/${primary()}/tags.json`)).status).toBe(200);
		const limited = await call('GET', `/v3/a/${primary()}/tags.json`);
		expect(limited.status).toBe(429);
		expect(limited.headers['retry-after']).toBe('7');
		sb.clock.advance(3600 * 1000);
		expect((await call('GET', `/v3/a/${primary()}/tags.json`)).status).toBe(200);
		sb.rateLimit.configure({ hourly: 0, retryAfter: null });
		const bare = await call('GET', `/v3/a/${primary()}/tags.json`);
		expect(bare.status).toBe(429);
		expect(bare.headers['retry-after']).toBeUndefined();
	});

	it('injects a fault a given number of times', async () => {
		sb.faults.add({ status: 503, times: 2, path: '/tags.json' });
		expect((await call('GET', `/v3/a/${primary()}/tags.json`)).status).toBe(503);
		expect((await call('GET', `/v3/a/${primary()}/tags.json`)).status).toBe(503);
		expect((await call('GET', `/v3/a/${primary()}/tags.json`)).status).toBe(200);
	});
});

describe('webhooks', () => {
	it('reproduces the signature test vector published by CallRail', () => {
		expect(signPayload(VECTOR_SIGNER, REFERENCE_BODY)).toBe('UZAHbUdfm3GqL7qzilGozGzWV64=');
	});

	it('keeps one Webhooks integration per company, returns the signing key and fires signed events to its URLs', async () => {
		const receiver = await startWebhookReceiver();
		try {
			const company = companies()[0];
			const list = await call('GET', `/v3/a/${primary()}/integrations.json?company_id=${company}&fields=signing_key`);
			const webhooks = list.body.integrations.find((i: Json) => i.type === 'Webhooks');
			expect(webhooks.config.post_call_webhook).toContain('https://hooks.example.com/zap/123');
			expect(webhooks.signing_key).toMatch(/^[0-9a-f]{32}$/);
			const duplicate = await call('POST', `/v3/a/${primary()}/integrations.json`, { body: { company_id: company, type: 'Webhooks', config: {} } });
			expect(duplicate.status).toBe(422);
			const config = { ...webhooks.config, post_call_webhook: [...webhooks.config.post_call_webhook, `${receiver.url}/hook`] };
			expect((await call('PUT', `/v3/a/${primary()}/integrations/${webhooks.id}.json`, { body: { config } })).status).toBe(200);
			const deliveries = await sb.fireWebhook({ companyId: company, event: 'post_call_webhook' });
			expect(deliveries.map((d) => d.status)).toEqual([0, 200]);
			const [received] = receiver.received;
			expect(received.headers.signature).toBe(signPayload(webhooks.signing_key, received.rawBody));
			expect(JSON.parse(received.rawBody)).toMatchObject({ resource_id: expect.stringMatching(/^CAL/), timestamp: expect.any(String) });
		} finally {
			await receiver.close();
		}
	});
});
