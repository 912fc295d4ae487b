import type { Json } from '../../sandbox';
import { useSandbox } from './helpers';

const env = useSandbox();
const { api, path } = env;

const trackerOf = (companyIndex: number, t: number): Json =>
	env.sb.store.trackers.find((x: Json) => x.id === env.sb.ids.trackers[env.companies()[companyIndex]][t]);

describe('request bodies', () => {
	it('wants JSON bodies on POST/PUT (406 otherwise) and query-string parameters on GET', async () => {
		const form = await api('POST', path('tags.json'), { rawBody: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		expect(form.status).toBe(406);
		const query = await api('POST', path(`tags.json?name=x&company_id=${env.companies()[0]}`));
		expect(query.status).toBe(406);
		const broken = await api('POST', path('tags.json'), { rawBody: '{"name":', headers: { 'content-type': 'application/json' } });
		expect(broken.status).toBe(400);
		const getBody = await api('GET', path('tags.json'), { rawBody: '{"page":2}', headers: { 'content-type': 'application/json' } });
		expect(getBody.status).toBe(406);
	});
});

describe('calls', () => {
	it('updates tags (replace, append, auto-created), note, value and lead status, partially', async () => {
		const call = env.storeCalls().find((c: Json) => c.lead_status !== 'previously_marked_good_lead' && c.company_id === env.companies()[0]);
		const url = path(`calls/${call.id}.json`);
		const replaced = await api('PUT', url, { body: { tags: ['Brand New Tag', 'VIP'] } });
		expect(replaced.status).toBe(200);
		expect(replaced.body.tags).toEqual([{ name: 'Brand New Tag' }, { name: 'VIP' }]);
		const tags = await api('GET', path(`tags.json?company_id=${env.companies()[0]}`));
		expect(tags.body.tags.map((t: Json) => t.name)).toContain('Brand New Tag');
		const appended = await api('PUT', url, { body: { tags: ['Follow Up'], append_tags: true, note: 'Called back', value: '$12.50', lead_status: 'good_lead' } });
		expect(appended.body).toMatchObject({ tags: [{ name: 'Brand New Tag' }, { name: 'VIP' }, { name: 'Follow Up' }], note: 'Called back', value: '12.50', lead_status: 'good_lead' });
		const partial = await api('PUT', url, { body: { customer_name: 'Pat Doe' } });
		expect(partial.body).toMatchObject({ customer_name: 'Pat Doe', note: 'Called back', value: '12.50' });
		const cleared = await api('PUT', url, { body: { note: null, value: '' } });
		expect(cleared.body).toMatchObject({ note: null, value: null });
		expect((await api('GET', `${url}?fields=tags`)).body.tags).toHaveLength(3);
	});

	it('validates call updates', async () => {
		const call = env.storeCalls()[3];
		const url = path(`calls/${call.id}.json`);
		expect((await api('PUT', url, { body: { lead_status: 'maybe' } })).status).toBe(400);
		expect((await api('PUT', url, { body: { value: 'lots' } })).status).toBe(400);
		expect((await api('PUT', url, { body: { spam: false } })).status).toBe(400);
		expect((await api('PUT', url, { body: { colour: 'red' } })).status).toBe(400);
		expect((await api('PUT', path('calls/CAL00000000000000000000000000000000.json'), { body: { note: 'x' } })).status).toBe(404);
		env.sb.updateCall(call.id, { lead_status: 'previously_marked_good_lead' });
		const previously = await api('PUT', url, { body: { lead_status: 'good_lead' } });
		expect(previously.status).toBe(400);
		expect(previously.body.error).toEqual(expect.any(String));
	});

	it('removes a call marked as spam for good', async () => {
		const call = env.storeCalls()[5];
		expect((await api('PUT', path(`calls/${call.id}.json`), { body: { spam: true } })).status).toBe(200);
		expect((await api('GET', path(`calls/${call.id}.json`))).status).toBe(404);
	});

	it('places outbound calls from a tracking number or verified caller id, US/CA numbers only', async () => {
		const tracker = trackerOf(0, 0);
		const body = { caller_id: tracker.tracking_numbers[0], customer_phone_number: '+14045550123', business_phone_number: '+14045550999' };
		const created = await api('POST', path('calls.json'), { body });
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ id: expect.stringMatching(/^CAL[0-9a-f]{32}$/), direction: 'outbound', customer_phone_number: '+14045550123', company_id: env.companies()[0] });
		expect((await api('GET', path(`calls/${created.body.id}.json`))).status).toBe(200);
		const verified = env.sb.store.callerIds.find((c: Json) => c.verified && c.account_id === env.primary());
		expect((await api('POST', path('calls.json'), { body: { ...body, caller_id: verified.phone_number } })).status).toBe(201);
		for (const missing of ['caller_id', 'customer_phone_number', 'business_phone_number']) {
			const reply = await api('POST', path('calls.json'), { body: { ...body, [missing]: undefined } });
			expect([missing, reply.status]).toEqual([missing, 400]);
		}
		expect((await api('POST', path('calls.json'), { body: { ...body, customer_phone_number: '+442071234567' } })).status).toBe(400);
		expect((await api('POST', path('calls.json'), { body: { ...body, caller_id: '+14045557777' } })).status).toBe(422);
	});

	it('gives recordings as {url} and page views for session-tracker calls only', async () => {
		const recorded = env.storeCalls().find((c: Json) => c.recording);
		const recording = await api('GET', path(`calls/${recorded.id}/recording.json`));
		// The app link of the recording (served by the sandbox itself, like app.callrail.com), not storage.
		expect(recording.body).toEqual({ url: `${env.sb.url}/calls/${recorded.id}/recording/redirect?access_key=${new URL(recording.body.url).searchParams.get('access_key')}` });
		const session = env.storeCalls().find((c: Json) => c._session);
		const views = await api('GET', path(`calls/${session.id}/page_views.json?per_page=1`));
		expect(views.status).toBe(200);
		expect(views.body).toMatchObject({ page: 1, per_page: 1, page_views: [expect.objectContaining({ page_url: expect.any(String), referrer_url: expect.any(String), created_at: expect.any(String) })] });
		const sourceCall = env.storeCalls().find((c: Json) => !c._session);
		expect((await api('GET', path(`calls/${sourceCall.id}/page_views.json`))).status).toBe(400);
	});
});

describe('text messages', () => {
	it('sends a text, starting a conversation only with a tracking number', async () => {
		const tracker = trackerOf(0, 0);
		const customer = '+13035550142';
		const base = { company_id: env.companies()[0], customer_phone_number: customer, content: 'Hello from the sandbox' };
		const noNumber = await api('POST', path('text-messages.json'), { body: base });
		expect(noNumber.status).toBe(400);
		expect(noNumber.body.error).toMatch(/tracking_number/);
		const first = await api('POST', path('text-messages.json'), { body: { ...base, tracking_number: tracker.tracking_numbers[0] } });
		expect(first.status).toBe(201);
		expect(first.body).toMatchObject({ customer_phone_number: customer, recent_messages: [expect.objectContaining({ direction: 'outgoing', content: 'Hello from the sandbox' })] });
		const again = await api('POST', path('text-messages.json'), { body: { ...base, content: 'Second' } });
		expect(again.status).toBe(201);
		expect(again.body.id).toBe(first.body.id);
		const thread = await api('GET', path(`sms-threads/${first.body.id}.json`));
		expect(thread.body.messages.map((m: Json) => m.content)).toEqual(['Second', 'Hello from the sandbox']);
		const threads = await api('GET', path('sms-threads.json?per_page=1'));
		expect(threads.body.sms_threads[0].id).toBe(first.body.id);
	});

	it('validates the content length, the media options and the numbers', async () => {
		const tracker = trackerOf(0, 0);
		const body = { company_id: env.companies()[0], tracking_number: tracker.tracking_numbers[0], customer_phone_number: '+13035550143', content: 'x' };
		expect((await api('POST', path('text-messages.json'), { body: { ...body, content: 'x'.repeat(141) } })).status).toBe(400);
		expect((await api('POST', path('text-messages.json'), { body: { ...body, content: 'x'.repeat(140) } })).status).toBe(201);
		expect((await api('POST', path('text-messages.json'), { body: { ...body, media_url: 'https://x/a.png', media_file: 'abc' } })).status).toBe(422);
		expect((await api('POST', path('text-messages.json'), { body: { ...body, customer_phone_number: '555' } })).status).toBe(400);
		expect((await api('POST', path('text-messages.json'), { body: { ...body, content: undefined } })).status).toBe(400);
	});
});

describe('trackers', () => {
	const callFlow = { type: 'basic', recording_enabled: true, destination_number: '+14045551234', greeting_text: 'Hi', greeting_recording_url: null };

	it('creates source and session trackers (201) and validates pool size and number requests', async () => {
		const company = env.companies()[0];
		const source = await api('POST', path('trackers.json'), { body: { type: 'source', name: 'Sandbox source', company_id: company, call_flow: callFlow, tracking_number: { area_code: '404' }, source: { type: 'direct' } } });
		expect(source.status).toBe(201);
		expect(source.body).toMatchObject({ id: expect.stringMatching(/^TRK/), type: 'source', status: 'active', tracking_numbers: [expect.stringMatching(/^\+1404/)] });
		const session = await api('POST', path('trackers.json'), { body: { type: 'session', name: 'Sandbox pool', company_id: company, call_flow: callFlow, pool_size: 4, pool_numbers: { toll_free: true }, source: 'all' } });
		expect(session.status).toBe(201);
		expect(session.body.tracking_numbers).toHaveLength(4);
		for (const poolSize of [3, 51]) {
			const reply = await api('POST', path('trackers.json'), { body: { type: 'session', name: 'x', company_id: company, call_flow: callFlow, pool_size: poolSize, pool_numbers: { area_code: '404' } } });
			expect([poolSize, reply.status]).toEqual([poolSize, 400]);
		}
		const noNumber = await api('POST', path('trackers.json'), { body: { type: 'source', name: 'x', company_id: company, call_flow: callFlow, tracking_number: {}, source: { type: 'direct' } } });
		expect(noNumber.status).toBe(400);
		const noFlow = await api('POST', path('trackers.json'), { body: { type: 'source', name: 'x', company_id: company, tracking_number: { area_code: '404' }, source: { type: 'direct' } } });
		expect(noFlow.status).toBe(400);
	});

	it('assigns an existing Advanced Call Flow by uuid on create and update', async () => {
		// "Use an existing Advanced Call Flow": { "type": "advanced", "uuid": "4d28a8d3-…" } (Configuring Call Flows).
		const advanced = { type: 'advanced', uuid: '4d28a8d3-0137-4c9f-9c1f-a5505cef0674' };
		const company = env.companies()[0];
		const created = await api('POST', path('trackers.json'), { body: { type: 'source', name: 'Advanced source', company_id: company, call_flow: advanced, tracking_number: { area_code: '404' }, source: { type: 'offline' } } });
		expect(created.status).toBe(201);
		expect(created.body.call_flow).toEqual(advanced);
		const tracker = trackerOf(0, 1);
		const updated = await api('PUT', path(`trackers/${tracker.id}.json`), { body: { call_flow: advanced } });
		expect(updated.status).toBe(200);
		expect(updated.body.call_flow).toEqual(advanced);
		expect((await api('PUT', path(`trackers/${tracker.id}.json`), { body: { call_flow: { type: 'advanced' } } })).body.error).toMatch(/uuid/);
	});

	it('updates a session tracker\'s source with landing, referrer and inverted, as on create', async () => {
		const tracker = trackerOf(0, 3);
		const source = { type: 'direct', google: ['organic'], landing: ['facebook_landing'], referrer: ['facebook.com'], inverted: true };
		const updated = await api('PUT', path(`trackers/${tracker.id}.json`), { body: { source } });
		expect(updated.status).toBe(200);
		expect(updated.body.source).toEqual(source);
		// "Note that the API will return a structured object" for "all".
		expect((await api('PUT', path(`trackers/${tracker.id}.json`), { body: { source: 'all' } })).body.source).toEqual({ type: 'all' });
		expect((await api('PUT', path(`trackers/${tracker.id}.json`), { body: { source: { landing: 'promo' } } })).status).toBe(400);
	});

	it('merges a partial basic call_flow on PUT, as the reference sample shows, and disables on DELETE (204)', async () => {
		const tracker = trackerOf(1, 1);
		const before = JSON.parse(JSON.stringify(tracker.call_flow));
		const url = path(`trackers/${tracker.id}.json`);
		const updated = await api('PUT', url, { body: { call_flow: { type: 'basic', greeting_text: 'New greeting' }, name: 'Renamed', whisper_message: '' } });
		expect(updated.status).toBe(200);
		expect(updated.body.call_flow).toEqual({ greeting_recording_url: null, ...before, greeting_text: 'New greeting' });
		expect(updated.body.whisper_message).toBeNull();
		expect(updated.body.name).toBe('Renamed');
		const deleted = await api('DELETE', url);
		expect(deleted.status).toBe(204);
		expect(deleted.text).toBe('');
		expect((await api('GET', url)).body.status).toBe('disabled');
	});
});

describe('tags, companies, users and roles', () => {
	it('validates tag colours and keeps account-level tags to admins', async () => {
		const company = env.companies()[0];
		expect((await api('POST', path('tags.json'), { body: { name: 'Teal', company_id: company, color: 'teal1' } })).status).toBe(400);
		expect((await api('POST', path('tags.json'), { body: { color: 'blue1', company_id: company } })).status).toBe(400);
		expect((await api('POST', path('tags.json'), { body: { name: 'No company' } })).status).toBe(400);
		const manager = await api('POST', path('tags.json'), { key: env.sb.keys.manager, body: { name: 'Agency wide', tag_level: 'account' } });
		expect(manager.status).toBe(403);
		const admin = await api('POST', path('tags.json'), { body: { name: 'Agency wide', tag_level: 'account', color: 'green2' } });
		expect(admin.status).toBe(201);
		expect(admin.body).toMatchObject({ id: expect.any(Number), tag_level: 'account', company_id: null, color: 'green2', status: 'enabled' });
		const companyTag = await api('POST', path('tags.json'), { key: env.sb.keys.manager, body: { name: 'Manager tag', company_id: company } });
		expect(companyTag.status).toBe(201);
		expect((await api('DELETE', path(`tags/${companyTag.body.id}.json`), { key: env.sb.keys.manager })).status).toBe(204);
	});

	it('creates a company (201), updates it partially (200), bulk-updates and refuses to disable the last one', async () => {
		const created = await api('POST', path('companies.json', env.sb.ids.accounts[2]), { body: { name: 'Harbor North', time_zone: 'America/Chicago' } });
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ id: expect.stringMatching(/^COM/), name: 'Harbor North', time_zone: 'America/Chicago', status: 'active' });
		const updated = await api('PUT', path(`companies/${created.body.id}.json`, env.sb.ids.accounts[2]), { body: { swap_cookie_duration: 2, swap_cookie_duration_unit: 'weeks' } });
		expect(updated.body).toMatchObject({ name: 'Harbor North', swap_cookie_duration: 2, swap_cookie_duration_unit: 'weeks' });
		expect((await api('PUT', path(`companies/${created.body.id}.json`, env.sb.ids.accounts[2]), { body: { time_zone: 'Nowhere/Land' } })).status).toBe(400);
		const bulk = await api('POST', path('companies/bulk_update.json', env.sb.ids.accounts[2]), { body: { company_ids: ['all'], external_form_capture: true } });
		expect(bulk.body).toEqual({ updated_records: 2 });
		const [original] = env.sb.ids.companies[env.sb.ids.accounts[2]];
		expect((await api('DELETE', path(`companies/${original}.json`, env.sb.ids.accounts[2]))).status).toBe(204);
		const last = await api('DELETE', path(`companies/${created.body.id}.json`, env.sb.ids.accounts[2]));
		expect(last.status).toBe(400);
		expect(last.body).toEqual({ error: 'You must have at least one active company.' });
	});

	it('lets only admins create and delete users', async () => {
		const body = { first_name: 'New', last_name: 'Person', email: 'new.person@example.com', role: 'reporting', companies: [env.companies()[0]] };
		expect((await api('POST', path('users.json'), { key: env.sb.keys.manager, body })).status).toBe(403);
		expect((await api('POST', path('users.json'), { body: { ...body, companies: undefined } })).status).toBe(400);
		expect((await api('POST', path('users.json'), { body: { ...body, role: 'owner' } })).status).toBe(400);
		const created = await api('POST', path('users.json'), { body });
		expect(created.status).toBe(200);
		expect(created.body).toMatchObject({ id: expect.stringMatching(/^USR/), role: 'reporting', accepted: false, companies: [{ id: env.companies()[0], name: expect.any(String) }] });
		expect((await api('POST', path('users.json'), { body })).status).toBe(422);
		expect((await api('DELETE', path(`users/${created.body.id}.json`), { key: env.sb.keys.manager })).status).toBe(403);
		expect((await api('DELETE', path(`users/${created.body.id}.json`))).status).toBe(204);
		expect((await api('GET', path(`users/${created.body.id}.json`))).status).toBe(404);
	});

	it('lets a reporting user rename only itself', async () => {
		const self = env.sb.ids.users[env.primary()][2];
		const other = env.sb.ids.users[env.primary()][3];
		const own = await api('PUT', path(`users/${self}.json`), { key: env.sb.keys.reporting, body: { first_name: 'Renamed' } });
		expect(own.status).toBe(200);
		expect(own.body.first_name).toBe('Renamed');
		expect((await api('PUT', path(`users/${other}.json`), { key: env.sb.keys.reporting, body: { first_name: 'Nope' } })).status).toBe(403);
	});

	it('updates form submissions and sms threads like calls', async () => {
		const form = env.sb.store.formSubmissions.find((f: Json) => f.account_id === env.primary());
		const updatedForm = await api('PUT', path(`form_submissions/${form.id}.json`), { body: { tags: ['Web lead'], value: '5', lead_status: 'not_a_lead' } });
		expect(updatedForm.body).toMatchObject({ tags: [{ name: 'Web lead' }], value: '5.00', lead_status: 'not_a_lead' });
		const thread = env.sb.store.smsThreads.find((t: Json) => t.account_id === env.primary());
		const updatedThread = await api('PUT', path(`sms-threads/${thread.id}.json`), { body: { notes: 'VIP', value: '$5.00', lead_qualification: 'good_lead' } });
		expect(updatedThread.body).toMatchObject({ notes: 'VIP', value: 5, lead_qualification: 'good_lead' });
		expect((await api('PUT', path(`sms-threads/${thread.id}.json`), { body: { lead_qualification: 'hot' } })).status).toBe(400);
	});
});

describe('integration filters', () => {
	it('creates the company\'s default filter with integration_id null, once', async () => {
		const company = env.companies()[1];
		const body = { company_id: company, integration_id: null, min_duration: 10 };
		const created = await api('POST', path('integration_triggers.json'), { body });
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ integration_id: null, min_duration: 10, integration: { id: null, type: 'All (Default Integration Trigger)' } });
		const again = await api('POST', path('integration_triggers.json'), { body });
		expect(again.status).toBe(400);
		expect(again.body.error).toMatch(/default/);
		expect((await api('POST', path('integration_triggers.json'), { body: { company_id: company } })).body.error).toMatch(/integration_id/);
	});
});

describe('message flows', () => {
	const response = { id: 'response-01', type: 'sms_response', initial_step: true, next_step_id: null, message: 'Thanks for texting!', first_text: false };
	const create = (steps: Json, extra: Json = {}) =>
		api('POST', path('message-flows.json'), { body: { company_id: env.companies()[0], name: `Flow ${Math.random()}`, initial_step_id: 'response-01', steps, ...extra } });

	it('creates a flow whose steps carry every key the reference requires', async () => {
		const created = await create({ 'response-01': response });
		expect(created.status).toBe(201);
		expect(Object.values(created.body.steps)).toEqual([expect.objectContaining({ type: 'sms_response', initial_step: true, first_text: false })]);
	});

	it('refuses a step missing a required key with 400 naming the key', async () => {
		// "All step types require id, type, initial_step, and next_step_id"; response steps also message and first_text.
		for (const key of ['id', 'type', 'initial_step', 'next_step_id', 'message', 'first_text']) {
			const step: Json = { ...response };
			delete step[key];
			const reply = await create({ 'response-01': step });
			expect([key, reply.status]).toEqual([key, 400]);
			expect(reply.body.error).toContain(`missing ${key}`);
		}
		const tag = await create({ 'tag-01': { id: 'tag-01', type: 'tag', initial_step: true, next_step_id: null } }, { initial_step_id: 'tag-01' });
		expect(tag.body.error).toMatch(/missing tag_ids/);
		const schedule = { id: 'schedule-01', type: 'schedule', initial_step: true, next_step_id: null, branches: [{ times: [{ day: 'weekdays', start_time: '0800' }] }] };
		expect((await create({ 'schedule-01': schedule }, { initial_step_id: 'schedule-01' })).body.error).toMatch(/missing end_time/);
	});

	it('refuses initial_step flags that disagree with initial_step_id, and steps keyed by another id', async () => {
		const second = { ...response, id: 'response-02', initial_step: true };
		expect((await create({ 'response-01': response, 'response-02': second })).body.error).toMatch(/initial_step must be true for the step matching initial_step_id and false for all other steps/);
		expect((await create({ 'response-09': response })).body.error).toMatch(/key must be its id/);
	});

	it('checks the steps of an update the same way, and renames without steps', async () => {
		const created = await create({ 'response-01': response });
		const url = path(`message-flows/${created.body.id}.json`);
		const withoutFirstText: Json = { ...response };
		delete withoutFirstText.first_text;
		const refused = await api('PUT', url, { body: { initial_step_id: 'response-01', steps: { 'response-01': withoutFirstText } } });
		expect(refused.status).toBe(400);
		expect(refused.body.error).toContain('missing first_text');
		expect((await api('PUT', url, { body: { name: `Renamed ${Math.random()}` } })).status).toBe(200);
	});
});
