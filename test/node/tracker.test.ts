import type { IDataObject } from 'n8n-workflow';

import { byId, useSandbox } from '../harness/sandbox';

describe('CallRail node: Tracker resource', () => {
	const env = useSandbox();
	const ids = () => env.primary();
	const { accountPath } = env;

	const run = async (parameters: IDataObject) => await env.run({ resource: 'tracker', ...parameters });

	/** Creates a source tracker through the node and returns it; the request log is cleared afterwards. */
	const createSourceTracker = async (destination: string, greeting?: string) => {
		const result = await run({
			operation: 'createSource',
			name: 'Fixture tracker',
			companyId: byId(ids().company),
			destinationNumber: destination,
			recordingEnabled: true,
			numberType: 'areaCode',
			areaCode: '404',
			sourceType: 'offline',
			additionalFields: greeting ? { greetingText: greeting } : {},
		});
		expect(result.error).toBeUndefined();
		env.sandbox.clearRequests();
		return result.json[0];
	};

	it('Get sends the tracker path and the optional fields, and returns the tracker', async () => {
		const result = await run({
			operation: 'get',
			trackerId: byId(ids().tracker),
			fields: ['campaign_name', 'swap_targets'],
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('GET');
		expect(requests[0].path).toBe(accountPath(`trackers/${ids().tracker}.json`));
		expect(requests[0].query).toEqual({ fields: 'campaign_name,swap_targets' });
		expect(result.json).toHaveLength(1);
		expect(result.json[0].id).toBe(ids().tracker);
	});

	it('Get Many sends every filter and option, and Limit caps the items', async () => {
		const result = await run({
			operation: 'getMany',
			returnAll: false,
			limit: 2,
			filters: { companyId: byId(ids().company), type: 'source', status: 'active', search: 'a' },
			options: { fields: ['campaign_name'] },
			sort: { sortBy: 'name', order: 'asc' },
		});
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.method).toBe('GET');
		expect(request.path).toBe(accountPath('trackers.json'));
		expect(request.query).toEqual({
			company_id: ids().company,
			type: 'source',
			status: 'active',
			search: 'a',
			fields: 'campaign_name',
			sort: 'name',
			order: 'asc',
			per_page: '2',
			page: '1',
		});
		expect(result.json.length).toBeLessThanOrEqual(2);
		for (const tracker of result.json) expect(String(tracker.id)).toMatch(/^TRK/);
	});

	it('Get Many with Return All returns every tracker of the account', async () => {
		const result = await run({ operation: 'getMany', returnAll: true });
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.query).toEqual({ per_page: '250', page: '1' });
		expect(result.json.map((t) => t.id)).toContain(ids().tracker);
	});

	it('Create Source Tracker sends a basic call flow, the number request, the source and the optional fields', async () => {
		const result = await run({
			operation: 'createSource',
			name: 'Google Ads',
			companyId: byId(ids().company),
			destinationNumber: '(404) 555-1234',
			recordingEnabled: false,
			numberType: 'areaCode',
			areaCode: '404',
			sourceType: 'search',
			searchEngine: 'google',
			searchType: 'paid',
			additionalFields: {
				campaignName: 'Spring',
				greetingText: 'Thanks for calling',
				smsEnabled: true,
				swapTargets: ['+14045550000'],
				whisperMessage: 'Call from [source]',
			},
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('POST');
		expect(requests[0].path).toBe(accountPath('trackers.json'));
		expect(requests[0].body).toEqual({
			type: 'source',
			name: 'Google Ads',
			company_id: ids().company,
			call_flow: {
				type: 'basic',
				destination_number: '+14045551234',
				recording_enabled: false,
				greeting_text: 'Thanks for calling',
			},
			tracking_number: { area_code: '404' },
			source: { type: 'search', search_engine: 'google', search_type: 'paid' },
			campaign_name: 'Spring',
			sms_enabled: true,
			swap_targets: ['+14045550000'],
			whisper_message: 'Call from [source]',
		});
		expect(requests[0].status).toBe(201);
		expect(result.json).toHaveLength(1);
		expect(String(result.json[0].id)).toMatch(/^TRK/);
		expect(result.json[0].name).toBe('Google Ads');
	});

	it('Create Source Tracker asks for a toll-free number and sends the landing of a landing URL source', async () => {
		const result = await run({
			operation: 'createSource',
			name: 'Landing page',
			companyId: byId(ids().company),
			destinationNumber: '+14045551234',
			numberType: 'tollFree',
			tollFreePrefix: '888',
			sourceType: 'landing_url',
			landing: 'https://example.com/offer',
		});
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.body.tracking_number).toEqual({ toll_free: true, area_code: '888' });
		expect(request.body.source).toEqual({ type: 'landing_url', landing: 'https://example.com/offer' });
		expect(request.body.call_flow).toEqual({ type: 'basic', destination_number: '+14045551234', recording_enabled: true });
		expect(String(result.json[0].id)).toMatch(/^TRK/);
	});

	it('Create Session Tracker sends the pool size, the pool number request and the chosen sources', async () => {
		const result = await run({
			operation: 'createSession',
			name: 'Website pool',
			companyId: byId(ids().company),
			destinationNumber: '+14045551234',
			poolSize: 6,
			numberType: 'local',
			localNumber: '404-555-1234',
			sessionSources: 'chosen',
			chosenSources: { google: ['paid', 'organic'], direct: true, referrer: ['example.com'], inverted: false },
			additionalFields: { whisperMessage: 'Web call', smsEnabled: false },
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('POST');
		expect(requests[0].path).toBe(accountPath('trackers.json'));
		expect(requests[0].body).toEqual({
			type: 'session',
			name: 'Website pool',
			company_id: ids().company,
			call_flow: { type: 'basic', destination_number: '+14045551234', recording_enabled: true },
			pool_size: 6,
			pool_numbers: { local: '+14045551234' },
			source: { type: 'direct', google: ['paid', 'organic'], referrer: ['example.com'] },
			whisper_message: 'Web call',
			sms_enabled: false,
		});
		expect(String(result.json[0].id)).toMatch(/^TRK/);
		expect(result.json[0].type).toBe('session');
	});

	it('Create Session Tracker sends "all" for all visitors', async () => {
		const result = await run({
			operation: 'createSession',
			name: 'All visitors',
			companyId: byId(ids().company),
			destinationNumber: '+14045551234',
			poolSize: 4,
			numberType: 'areaCode',
			areaCode: '470',
			sessionSources: 'all',
		});
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.body.source).toBe('all');
		expect(request.body.pool_numbers).toEqual({ area_code: '470' });
		expect(request.body.pool_size).toBe(4);
	});

	it('Create Session Tracker refuses a pool outside 4 to 50 without a request', async () => {
		const result = await run({
			operation: 'createSession',
			name: 'Too big',
			companyId: byId(ids().company),
			destinationNumber: '+14045551234',
			poolSize: 51,
			numberType: 'areaCode',
			areaCode: '404',
			sessionSources: 'all',
		});
		expect(result.error?.message).toMatch(/4 to 50/);
		expect(env.requests()).toHaveLength(0);
	});

	it('Update reads the tracker first and keeps the existing destination number in call_flow', async () => {
		const tracker = await createSourceTracker('+14045557777', 'Old greeting');
		const result = await run({
			operation: 'update',
			trackerId: byId(String(tracker.id)),
			updateFields: { greetingText: 'New greeting', name: 'Renamed' },
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
		const path = accountPath(`trackers/${String(tracker.id)}.json`);
		expect(requests[0].path).toBe(path);
		expect(requests[1].path).toBe(path);
		expect(requests[1].body).toEqual({
			name: 'Renamed',
			call_flow: {
				type: 'basic',
				destination_number: '+14045557777',
				recording_enabled: true,
				greeting_text: 'New greeting',
			},
		});
		expect(result.json[0].name).toBe('Renamed');
		expect((result.json[0].call_flow as IDataObject).destination_number).toBe('+14045557777');
		expect((result.json[0].call_flow as IDataObject).greeting_text).toBe('New greeting');
	});

	it('Update with a new greeting recording clears the greeting text so the recording plays', async () => {
		const tracker = await createSourceTracker('+14045556666', 'Spoken greeting');
		const result = await run({
			operation: 'update',
			trackerId: byId(String(tracker.id)),
			updateFields: { greetingRecordingUrl: 'https://example.com/hello.mp3', destinationNumber: '+14045558888' },
		});
		expect(result.error).toBeUndefined();
		const [get, put] = env.requests();
		expect(get.method).toBe('GET');
		expect(put.body.call_flow).toEqual({
			type: 'basic',
			destination_number: '+14045558888',
			recording_enabled: true,
			greeting_text: null,
			greeting_recording_url: 'https://example.com/hello.mp3',
		});
	});

	it('Update without call-flow fields sends only the PUT', async () => {
		const tracker = (env.sandbox.store.trackers as Array<IDataObject & { tracking_numbers: string[] }>).find(
			(t) => t.id === ids().tracker,
		)!;
		const old = tracker.tracking_numbers[0];
		const dotted = `${old.slice(2, 5)}.${old.slice(5, 8)}.${old.slice(8)}`;
		const result = await run({
			operation: 'update',
			trackerId: byId(ids().tracker),
			updateFields: {
				whisperMessage: 'Hello',
				smsEnabled: true,
				swapTargets: ['+14045550001'],
				replaceTrackingNumber: dotted,
				campaignName: 'Autumn',
			},
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('PUT');
		expect(requests[0].path).toBe(accountPath(`trackers/${ids().tracker}.json`));
		expect(requests[0].body).toEqual({
			whisper_message: 'Hello',
			sms_enabled: true,
			swap_targets: ['+14045550001'],
			replace_tracking_number: old,
			campaign_name: 'Autumn',
		});
		expect(result.json[0].id).toBe(ids().tracker);
		expect(result.json[0].whisper_message).toBe('Hello');
		expect(result.json[0].tracking_numbers).not.toContain(old);
	});

	it('Update refuses to merge into an advanced call flow, without a PUT', async () => {
		const tracker = await createSourceTracker('+14045553333');
		const stored = (env.sandbox.store.trackers as IDataObject[]).find((t) => t.id === tracker.id)!;
		stored.call_flow = { type: 'advanced', uuid: 'abc' };
		const result = await run({
			operation: 'update',
			trackerId: byId(String(tracker.id)),
			updateFields: { destinationNumber: '+14045552222' },
		});
		expect(result.error?.message).toMatch(/advanced call flow/);
		expect(env.requests().map((r) => r.method)).toEqual(['GET']);
	});

	it('Update grows the pool of a session tracker', async () => {
		const session = (env.sandbox.store.trackers as Array<IDataObject & { company: IDataObject; tracking_numbers: string[] }>).find(
			(t) => t.type === 'session' && t.company.id === ids().company,
		)!;
		const size = session.tracking_numbers.length + 1;
		const result = await run({ operation: 'update', trackerId: byId(String(session.id)), updateFields: { poolSize: size } });
		expect(result.error).toBeUndefined();
		expect(env.requests()[0].body).toEqual({ pool_size: size });
		expect(result.json[0].tracking_numbers).toHaveLength(size);
	});

	it('Create Source Tracker sends an auto-reply as message_flow', async () => {
		const result = await run({
			operation: 'createSource',
			name: 'Texting tracker',
			companyId: byId(ids().company),
			destinationNumber: '+14045550123',
			numberType: 'areaCode',
			areaCode: '404',
			sourceType: 'offline',
			additionalFields: { smsEnabled: true, autoReplyText: 'Thanks! We will text you back shortly.' },
		});
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.body.message_flow).toEqual({ type: 'auto-reply', message: 'Thanks! We will text you back shortly.' });
		expect(request.status).toBe(201);
	});

	it('Update assigns an advanced message flow, then removes it with message_flow null', async () => {
		const flow = (env.sandbox.store.messageFlows as IDataObject[]).find((f) => f.company_id === ids().company)!;
		const assign = await run({ operation: 'update', trackerId: byId(ids().tracker), updateFields: { messageFlowId: flow.id } });
		expect(assign.error).toBeUndefined();
		expect(env.requests()[0].body).toEqual({ message_flow: { type: 'advanced', id: flow.id } });
		env.sandbox.clearRequests();
		const remove = await run({ operation: 'update', trackerId: byId(ids().tracker), updateFields: { removeMessageFlow: true } });
		expect(remove.error).toBeUndefined();
		expect(env.requests()[0].body).toEqual({ message_flow: null });
		expect((env.sandbox.store.trackers as IDataObject[]).find((t) => t.id === ids().tracker)!.message_flow).toBeNull();
	});

	it('Update refuses an auto-reply and a message flow together without a request', async () => {
		const result = await run({
			operation: 'update',
			trackerId: byId(ids().tracker),
			updateFields: { autoReplyText: 'Hi', messageFlowId: `MFL${'a'.repeat(32)}` },
		});
		expect(result.error?.message).toMatch(/Choose one of Text Auto-Reply, Text Message Flow ID and Remove Text Message Flow/);
		expect(env.requests()).toHaveLength(0);
	});

	it('Update changes the source and the campaign of a source tracker', async () => {
		const result = await run({
			operation: 'update',
			trackerId: byId(ids().tracker),
			updateFields: { sourceType: 'search', searchEngine: 'bing', campaignName: 'Spring' },
		});
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.method).toBe('PUT');
		expect(request.body).toEqual({ source: { type: 'search', search_engine: 'bing', search_type: 'all' }, campaign_name: 'Spring' });
		expect(result.json[0]).toMatchObject({ source: { type: 'search', search_engine: 'bing', search_type: 'all' }, campaign_name: 'Spring' });
	});

	it('Update changes the visitors of a session tracker', async () => {
		const session = (env.sandbox.store.trackers as IDataObject[]).find((t) => t.type === 'session' && (t.company as IDataObject).id === ids().company)!;
		const result = await run({
			operation: 'update',
			trackerId: byId(String(session.id)),
			updateFields: { sessionSources: ['google:paid', 'bing:paid', 'direct'] },
		});
		expect(result.error).toBeUndefined();
		expect(env.requests()[0].body).toEqual({ source: { type: 'direct', google: ['paid'], bing: ['paid'] } });
	});

	it('Update refuses a source refinement without Source Type, without a request', async () => {
		const result = await run({ operation: 'update', trackerId: byId(ids().tracker), updateFields: { searchEngine: 'google' } });
		expect(result.error?.message).toMatch(/Add Source Type to change the source/);
		expect(env.requests()).toHaveLength(0);
	});

	it('Update with no field is refused without a request', async () => {
		const result = await run({ operation: 'update', trackerId: byId(ids().tracker), updateFields: {} });
		expect(result.error?.message).toMatch(/at least one field/);
		expect(env.requests()).toHaveLength(0);
	});

	it('Disable sends DELETE and returns the disabled tracker ID', async () => {
		const tracker = await createSourceTracker('+14045554444');
		const result = await run({ operation: 'delete', trackerId: byId(String(tracker.id)) });
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('DELETE');
		expect(requests[0].path).toBe(accountPath(`trackers/${String(tracker.id)}.json`));
		expect(requests[0].status).toBe(204);
		expect(result.json).toEqual([{ disabled: true, id: tracker.id }]);
	});

	const FLOW_UUID = '4d28a8d3-0137-4c9f-9c1f-a5505cef0674';

	it('Create Source Tracker assigns an existing advanced call flow by its UUID, without a destination number', async () => {
		const result = await run({
			operation: 'createSource',
			name: 'Menu tracker',
			companyId: byId(ids().company),
			callFlowType: 'advanced',
			advancedCallFlowUuid: FLOW_UUID,
			destinationNumber: '+14045559999',
			numberType: 'areaCode',
			areaCode: '404',
			sourceType: 'offline',
		});
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.body).toMatchObject({ type: 'source', call_flow: { type: 'advanced', uuid: FLOW_UUID } });
		expect((request.body as IDataObject).call_flow).toEqual({ type: 'advanced', uuid: FLOW_UUID });
		expect(result.json[0].call_flow).toEqual({ type: 'advanced', uuid: FLOW_UUID });
	});

	it('Update assigns an existing advanced call flow with one PUT, and switches back to basic with a destination', async () => {
		const tracker = await createSourceTracker('+14045556666');
		const advanced = await run({
			operation: 'update',
			trackerId: byId(String(tracker.id)),
			updateFields: { callFlowType: 'advanced', advancedCallFlowUuid: FLOW_UUID },
		});
		expect(advanced.error).toBeUndefined();
		expect(env.requests().map((r) => r.method)).toEqual(['PUT']);
		expect(env.requests()[0].body).toEqual({ call_flow: { type: 'advanced', uuid: FLOW_UUID } });
		expect(advanced.json[0].call_flow).toEqual({ type: 'advanced', uuid: FLOW_UUID });

		env.sandbox.clearRequests();
		const basic = await run({
			operation: 'update',
			trackerId: byId(String(tracker.id)),
			updateFields: { callFlowType: 'basic', destinationNumber: '+14045557777' },
		});
		expect(basic.error).toBeUndefined();
		expect(env.requests().map((r) => r.method)).toEqual(['GET', 'PUT']);
		expect(env.requests()[1].body).toEqual({ call_flow: { type: 'basic', destination_number: '+14045557777' } });
	});

	it('Update refuses a malformed call flow UUID, and basic fields beside an advanced flow, without a request', async () => {
		const malformed = await run({ operation: 'update', trackerId: byId(ids().tracker), updateFields: { callFlowType: 'advanced', advancedCallFlowUuid: 'menu-1' } });
		expect(malformed.error?.message).toBe('"menu-1" is not a call flow UUID');
		const mixed = await run({
			operation: 'update',
			trackerId: byId(ids().tracker),
			updateFields: { callFlowType: 'advanced', advancedCallFlowUuid: FLOW_UUID, greetingText: 'Hi' },
		});
		expect(mixed.error?.message).toMatch(/belong to a basic call flow/);
		expect(env.requests()).toHaveLength(0);
	});

	it('Update of a session tracker sends landing pages, referrers and Invert as Create does', async () => {
		const session = (env.sandbox.store.trackers as IDataObject[]).find((t) => t.type === 'session' && (t.company as IDataObject).id === ids().company)!;
		const result = await run({
			operation: 'update',
			trackerId: byId(String(session.id)),
			updateFields: {
				sessionSources: ['direct', 'google:organic'],
				landingParameters: 'facebook_landing, email_landing',
				referrers: 'facebook.com',
				invertSources: true,
			},
		});
		expect(result.error).toBeUndefined();
		expect(env.requests()[0].body).toEqual({
			source: { type: 'direct', google: ['organic'], landing: ['facebook_landing', 'email_landing'], referrer: ['facebook.com'], inverted: true },
		});
		expect(result.json[0].source).toMatchObject({ inverted: true, landing: ['facebook_landing', 'email_landing'], referrer: ['facebook.com'] });
	});

	it('Update refuses All Visitors with landing pages without a request', async () => {
		const result = await run({ operation: 'update', trackerId: byId(ids().tracker), updateFields: { sessionSources: ['all'], referrers: 'facebook.com' } });
		expect(result.error?.message).toMatch(/All Visitors cannot be combined/);
		expect(env.requests()).toHaveLength(0);
	});

	it('Simplified keeps the Include Fields asked for (campaign_name, swap_targets) and the call flow', async () => {
		const result = await run({ operation: 'get', trackerId: byId(ids().tracker), fields: ['campaign_name', 'swap_targets'] });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toHaveProperty('campaign_name');
		expect(result.json[0]).toHaveProperty('swap_targets');
		expect(result.json[0]).toHaveProperty('call_flow');
		expect(result.json[0]).not.toHaveProperty('whisper_message');
	});
});
