import type { IDataObject } from 'n8n-workflow';

import { request } from 'undici';

import { loadPackage, nodeTypeName, runNode } from '../harness/n8n';
import { byId, useSandbox } from '../harness/sandbox';

describe('CallRail node: Call resource', () => {
	const env = useSandbox();
	const account = () => env.sandbox.ids.accounts[0];
	const company = () => env.sandbox.ids.companies[account()][0];
	const ids = () => ({
		account: account(),
		company: company(),
		tracker: env.sandbox.ids.trackers[company()][0],
		user: env.sandbox.ids.users[account()][1],
	});
	const { accountPath } = env;
	/** The seeded calls of the account the tests use, newest first. */
	const calls = () => (env.sandbox.store.calls as IDataObject[]).filter((c) => c.account_id === account());
	const trackers = () => env.sandbox.store.trackers as Array<IDataObject & { company: IDataObject; tracking_numbers: string[] }>;
	const trackingNumber = () => trackers().find((t) => t.id === ids().tracker)!.tracking_numbers[0];
	const sessionCall = () => {
		const session = new Set(trackers().filter((t) => t.type === 'session').map((t) => t.id));
		return callOf((c) => session.has(c.tracker_id as string));
	};
	/** What the sandbox itself answers, read directly (the request log is cleared afterwards). */
	const direct = async (path: string): Promise<IDataObject> => {
		const response = await request(`${env.sandbox.url}${path}`, {
			headers: { authorization: `Token token="${env.sandbox.keys.agencyAdmin}"` },
		});
		const body = (await response.body.json()) as IDataObject;
		env.sandbox.clearRequests();
		return body;
	};
	const callOf = (predicate: (c: IDataObject) => boolean) => {
		const call = calls().find(predicate);
		if (!call) throw new Error('no seeded call matches');
		return call;
	};

	const run = async (parameters: IDataObject) => await env.run({ resource: 'call', ...parameters });

	it('Get sends the call path and the requested fields, and returns the call', async () => {
		const call = callOf(() => true);
		const result = await run({
			operation: 'get',
			callId: call.id,
			fields: ['company_id', 'tags', 'conversational_transcript'],
			output: 'raw',
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('GET');
		expect(requests[0].path).toBe(accountPath(`calls/${String(call.id)}.json`));
		expect(requests[0].query).toEqual({ fields: 'company_id,tags,conversational_transcript' });
		expect(result.json).toHaveLength(1);
		expect(result.json[0].id).toBe(call.id);
		expect(result.json[0].company_id).toBe(call.company_id);
	});

	it('Get Many sends tag names as one list: trimmed, split at commas as CallRail reads them, empty ones dropped', async () => {
		for (const [tags, sent] of [
			[[' Sales ', '', 'Quote, Hot'], ['Sales', 'Quote', 'Hot']],
			['={{ "Sales, Quote" }}', ['Sales', 'Quote']],
		] as const) {
			env.sandbox.clearRequests();
			const result = await run({ operation: 'getMany', returnAll: false, limit: 1, filters: { tags } });
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].query['tags[]']).toEqual(sent);
		}
	});

	it('Get Many sends every filter and option, and Limit caps the items', async () => {
		const result = await run({
			operation: 'getMany',
			returnAll: false,
			limit: 5,
			filters: {
				companyId: byId(ids().company),
				trackerId: byId(ids().tracker),
				dateRange: 'last_30_days',
				timeZone: 'America/New_York',
				answerStatus: 'answered',
				callType: 'inbound',
				device: 'mobile',
				direction: 'inbound',
				leadStatus: 'good_lead',
				search: 'Smith',
				tags: ['Sales', 'Support'],
			},
			options: { fields: ['company_id', 'tags'] },
			sort: { sortBy: 'duration', order: 'asc' },
			output: 'raw',
		});
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.method).toBe('GET');
		expect(request.path).toBe(accountPath('calls.json'));
		expect(request.query).toEqual({
			company_id: ids().company,
			tracker_id: ids().tracker,
			date_range: 'last_30_days',
			time_zone: 'America/New_York',
			answer_status: 'answered',
			call_type: 'inbound',
			device: 'mobile',
			direction: 'inbound',
			lead_status: 'good_lead',
			search: 'Smith',
			'tags[]': ['Sales', 'Support'],
			fields: 'company_id,tags',
			sort: 'duration',
			order: 'asc',
			per_page: '5',
			relative_pagination: 'true',
		});
		expect(result.json.length).toBeLessThanOrEqual(5);
	});

	it('Get Many sends start and end dates and returns the calls of that company', async () => {
		const start = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
		const end = new Date().toISOString().slice(0, 10);
		const result = await run({
			operation: 'getMany',
			returnAll: false,
			limit: 10,
			filters: { companyId: byId(ids().company), startDate: `${start}T00:00:00`, endDate: `${end}T23:59:59` },
			options: { fields: ['company_id'] },
		});
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.query.start_date).toBe(`${start}T00:00:00`);
		expect(request.query.end_date).toBe(`${end}T23:59:59`);
		expect(request.query.date_range).toBeUndefined();
		expect(result.json.length).toBeGreaterThan(0);
		expect(result.json.length).toBeLessThanOrEqual(10);
		for (const call of result.json) expect(call.company_id).toBe(ids().company);
	});

	it('Get Many with Simplify returns the short form of each call', async () => {
		const result = await run({
			operation: 'getMany',
			returnAll: false,
			limit: 3,
			simplify: true,
			filters: { dateRange: 'all_time' },
			options: { fields: ['tags', 'source'] },
		});
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(3);
		const requested = String(env.requests()[0].query.fields).split(',');
		expect(requested).toEqual(expect.arrayContaining(['tags', 'source', 'source_name', 'company_id', 'lead_status']));
		expect(new Set(requested).size).toBe(requested.length);
		for (const call of result.json) {
			expect(Object.keys(call)).toEqual(expect.arrayContaining(['id', 'start_time', 'customer_phone_number', 'source_name', 'company_id']));
			expect(call.source_name).toEqual(expect.any(String));
			expect(call.recording).toBeUndefined();
			expect(Array.isArray(call.tags)).toBe(true);
			for (const tag of call.tags as unknown[]) expect(typeof tag).toBe('string');
		}
	});

	it('Update sends only the fields that were set: tags appended, note, value, lead status cleared', async () => {
		const call = callOf(() => true);
		const result = await run({
			operation: 'update',
			callId: call.id,
			updateFields: { tags: ['Hot Lead', ' '], tagMode: 'append', note: 'Called back', value: '125.00', leadStatus: 'clear' },
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('PUT');
		expect(requests[0].path).toBe(accountPath(`calls/${String(call.id)}.json`));
		expect(requests[0].body).toEqual({
			tags: ['Hot Lead'],
			append_tags: true,
			note: 'Called back',
			value: '125.00',
			lead_status: null,
		});
		expect(result.json).toHaveLength(1);
		expect(result.json[0].id).toBe(call.id);
		expect(result.json[0].note).toBe('Called back');
	});

	it('Update with Tag Mode Replace, a lead status and a customer name', async () => {
		const call = callOf(() => true);
		const result = await run({
			operation: 'update',
			callId: call.id,
			updateFields: { tags: ['Only This'], tagMode: 'replace', leadStatus: 'not_a_lead', customerName: 'Ada Lovelace' },
		});
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.body).toEqual({
			tags: ['Only This'],
			append_tags: false,
			lead_status: 'not_a_lead',
			customer_name: 'Ada Lovelace',
		});
		expect(result.json[0].customer_name).toBe('Ada Lovelace');
	});

	it('Update marks spam only when Mark as Spam is true', async () => {
		const [first, second] = calls();
		const notSpam = await run({ operation: 'update', callId: first.id, updateFields: { spam: false, note: 'x' } });
		expect(notSpam.error).toBeUndefined();
		expect(env.requests()[0].body).toEqual({ note: 'x' });

		env.sandbox.clearRequests();
		const spam = await run({ operation: 'update', callId: second.id, updateFields: { spam: true } });
		expect(spam.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.method).toBe('PUT');
		expect(request.body).toEqual({ spam: true });
		expect(spam.json).toHaveLength(1);
	});

	it('Create places an outbound call with normalized numbers and the optional fields', async () => {
		const result = await run({
			operation: 'create',
			callerId: trackingNumber(),
			customerPhoneNumber: '(404) 555-0134',
			businessPhoneNumber: '1-678-555-0199',
			additionalFields: {
				recordingEnabled: false,
				greetingText: 'Connecting you to a customer',
				greetingRecordingUrl: 'https://example.com/greeting.mp3',
				agent: byId(ids().user),
			},
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('POST');
		expect(requests[0].path).toBe(accountPath('calls.json'));
		expect(requests[0].status).toBe(201);
		expect(requests[0].body).toEqual({
			caller_id: trackingNumber(),
			customer_phone_number: '+14045550134',
			business_phone_number: '+16785550199',
			recording_enabled: false,
			outbound_greeting_text: 'Connecting you to a customer',
			outbound_greeting_recording_url: 'https://example.com/greeting.mp3',
			agent_id: ids().user,
		});
		expect(result.json).toHaveLength(1);
		expect(String(result.json[0].id)).toMatch(/^CAL/);
		expect(result.json[0].customer_phone_number).toBe('+14045550134');
		expect(result.json[0].direction).toBe('outbound');
	});

	it('Get Recording returns the recording URL', async () => {
		const call = callOf((c) => Boolean(c.recording));
		const result = await run({ operation: 'getRecording', callId: call.id });
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('GET');
		expect(requests[0].path).toBe(accountPath(`calls/${String(call.id)}/recording.json`));
		expect(result.json).toHaveLength(1);
		expect(Object.keys(result.json[0])).toEqual(['url']);
		expect(String(result.json[0].url)).toMatch(/^https?:\/\//);
	});

	it('Get Recording on a HIPAA account returns the short-lived storage URL', async () => {
		const hipaa = (env.sandbox.store.accounts as IDataObject[]).find((a) => a.hipaa_account === true)!;
		const call = (env.sandbox.store.calls as IDataObject[]).find((c) => c.account_id === hipaa.id && c.recording)!;
		const result = await runNode(
			{ resource: 'call', operation: 'getRecording', accountId: byId(String(hipaa.id)), callId: String(call.id) },
			{ credentials: env.apiKey() },
		);
		expect(result.error).toBeUndefined();
		expect(env.requests().map((r) => r.path)).toEqual([`/v3/a/${String(hipaa.id)}/calls/${String(call.id)}/recording.json`]);
		// The sandbox's storage origin stands in for the S3 bucket: a signed link that expires.
		expect(String(result.json[0].url)).toMatch(new RegExp(`^${env.sandbox.media.url}/recordings/${String(call.id)}\\.mp3\\?Expires=\\d+&Signature=`));
	});

	it('Get Page Views lists the page views of a session-tracked call', async () => {
		const callId = String(sessionCall().id);
		const reference = await direct(accountPath(`calls/${callId}/page_views.json?per_page=250&time_zone=America/Chicago`));
		const expected = reference.page_views as IDataObject[];
		expect(expected.length).toBeGreaterThan(1);

		const result = await run({
			operation: 'getPageViews',
			callId,
			returnAll: true,
			options: { timeZone: 'America/Chicago' },
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('GET');
		expect(requests[0].path).toBe(accountPath(`calls/${callId}/page_views.json`));
		expect(requests[0].query).toEqual({ time_zone: 'America/Chicago', per_page: '250', page: '1' });
		expect(result.json).toEqual(expected);
	});

	it('Get Page Views with a Limit asks for no more than needed, and pages when needed', async () => {
		const callId = String(sessionCall().id);
		const one = await run({ operation: 'getPageViews', callId, returnAll: false, limit: 1 });
		expect(one.error).toBeUndefined();
		expect(env.requests().map((r) => r.query)).toEqual([{ per_page: '1', page: '1' }]);
		expect(one.json).toHaveLength(1);
		expect(Object.keys(one.json[0]).sort()).toEqual(['created_at', 'page_url', 'referrer_url']);

		env.sandbox.clearRequests();
		const two = await run({ operation: 'getPageViews', callId, returnAll: false, limit: 2 });
		expect(two.json).toHaveLength(2);
		expect(env.requests()).toHaveLength(1);
	});

	it('Get Page Views of a call from a source tracker fails with CallRail\'s message', async () => {
		const source = new Set(trackers().filter((t) => t.type !== 'session').map((t) => t.id));
		const call = callOf((c) => source.has(c.tracker_id as string));
		const result = await run({ operation: 'getPageViews', callId: call.id, returnAll: true });
		expect(result.error).toBeDefined();
		expect(result.error!.message).toMatch(/^CallRail error 400: Page views are only available/);
		expect(env.requests()).toHaveLength(1);
	});

	it('Update with Tag Mode Remove reads the call’s tags, then writes the others back as a replacement', async () => {
		const call = callOf(() => true);
		const seeded = await run({ operation: 'update', callId: call.id, updateFields: { tags: ['Keep Me', 'Drop Me'], tagMode: 'replace' } });
		expect(seeded.error).toBeUndefined();
		env.sandbox.clearRequests();

		const result = await run({ operation: 'update', callId: call.id, updateFields: { tags: ['Drop Me'], tagMode: 'remove' } });
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
		expect(requests[0].path).toBe(accountPath(`calls/${String(call.id)}.json`));
		expect(requests[0].query).toEqual({ fields: 'tags' });
		expect(requests[1].body).toEqual({ tags: ['Keep Me'], append_tags: false });
		const tags = (result.json[0].tags as Array<{ name: string }>).map((t) => t.name);
		expect(tags).toEqual(['Keep Me']);
	});

	it('Update with Tag Mode Remove and no tag names is refused without a request', async () => {
		const result = await run({ operation: 'update', callId: callOf(() => true).id, updateFields: { tagMode: 'remove', note: 'x' } });
		expect(result.error?.message).toBe('Add the tags to remove');
		expect(env.requests()).toHaveLength(0);
	});

	it('Get sends Time Zone as time_zone and returns the times in that zone', async () => {
		const call = callOf(() => true);
		const result = await run({ operation: 'get', callId: call.id, options: { timeZone: 'America/Los_Angeles' } });
		expect(result.error).toBeUndefined();
		expect(env.requests()[0].query).toMatchObject({ time_zone: 'America/Los_Angeles' });
		expect(String(result.json[0].start_time)).toMatch(/-0[78]:00$/);
	});

	it('Get Many in the default Simplified output keeps every Include Fields field asked for', async () => {
		const asked = ['gclid', 'utm_source', 'landing_page_url', 'transcription'];
		const result = await run({ operation: 'getMany', returnAll: false, limit: 3, filters: { dateRange: 'all_time' }, options: { fields: asked } });
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(3);
		for (const call of result.json) {
			for (const field of asked) expect(call).toHaveProperty(field);
			expect(call.recording_player).toBeUndefined();
		}
	});

	it('Get Many says in the editor that without a date filter only the last 7 days come back', async () => {
		const { nodeTypes } = await loadPackage();
		const properties = nodeTypes.getByNameAndVersion(nodeTypeName('callRail'), 1).description.properties;
		const shownForGetMany = properties.filter((p) => p.displayOptions?.show?.resource?.includes('call') && p.displayOptions.show.operation?.includes('getMany'));
		const notice = shownForGetMany.find((p) => p.type === 'notice');
		expect(notice?.displayName).toMatch(/^Without a date filter CallRail covers only its default range, Recent: the last 7 days including today, with Return All too/);
		const filters = shownForGetMany.find((p) => p.name === 'filters')!.options as Array<{ name: string; description?: string }>;
		expect(filters.find((f) => f.name === 'dateRange')!.description).toMatch(/API default when no date filter is given is Recent \(the last 7 days including today\)/);
	});
});
