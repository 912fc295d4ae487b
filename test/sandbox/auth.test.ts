import type { Json } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { ALL_KEPT, NOW, useSandbox } from './helpers';

const env = useSandbox();
const { api, path } = env;

describe('authentication', () => {
	it('accepts Token token="KEY" and the unquoted Token token=KEY', async () => {
		expect((await api('GET', '/v3/a.json')).status).toBe(200);
		expect((await api('GET', '/v3/a.json', { auth: `Token token=${env.sb.keys.agencyAdmin}` })).status).toBe(200);
	});

	it.each([
		['no header', ''],
		['an unknown key', 'Token token="not-a-key"'],
		['a Bearer key on the CallRail origin', 'Bearer KEY'],
		['a bare key', 'KEY'],
	])('answers 401 with CallRail’s message for %s', async (_label, auth) => {
		const reply = await api('GET', '/v3/a.json', { auth: auth.replace('KEY', env.sb.keys.agencyAdmin) });
		expect(reply.status).toBe(401);
		expect(reply.body).toEqual({ error: 'HTTP Token: Access denied.' });
	});

	it('logs every request, 401s included, with parsed query and lower-cased headers', async () => {
		await api('GET', `${path('calls.json')}?tags[]=A&tags[]=B&page=2&x=1&x=2`, { auth: 'Token token="wrong"', headers: { 'X-Custom': 'yes' } });
		const [entry] = env.sb.requests;
		expect(entry).toMatchObject({
			method: 'GET',
			path: path('calls.json'),
			status: 401,
			query: { 'tags[]': ['A', 'B'], page: '2', x: ['1', '2'] },
			rawQuery: 'tags[]=A&tags[]=B&page=2&x=1&x=2',
			body: null,
			at: NOW.replace('Z', '.000Z'),
		});
		expect(entry.headers['x-custom']).toBe('yes');
		expect(entry.headers.authorization).toBe('Token token="wrong"');
	});

	it('serves the API under the Maton prefix with the Maton bearer key, defaulting to the oldest connection', async () => {
		const maton = { base: env.sb.matonUrl, auth: `Bearer ${env.sb.keys.maton}` };
		const agency = await api('GET', '/v3/a.json', maton);
		expect(agency.status).toBe(200);
		expect(agency.body.total_records).toBe(3);
		const single = await api('GET', '/v3/a.json', { ...maton, headers: { 'Maton-Connection': env.sb.matonConnections.singleAccount } });
		expect(single.body.accounts.map((a: Json) => a.id)).toEqual([env.sb.ids.singleAccount]);
		const hidden = await api('GET', `/v3/a/${env.sb.ids.accounts[1]}/companies.json`, { ...maton, headers: { 'Maton-Connection': env.sb.matonConnections.singleAccount } });
		expect(hidden.status).toBe(404);
		const unknown = await api('GET', '/v3/a.json', { ...maton, headers: { 'Maton-Connection': 'conn_nope' } });
		expect(unknown.status).toBe(400);
		expect(unknown.body.error).toEqual(expect.stringContaining('conn_nope'));
		expect(env.sb.requests.map((r) => [r.path.startsWith('/callrail/v3/'), r.status])).toEqual([[true, 200], [true, 200], [true, 404], [true, 400]]);
	});

	it('refuses CallRail keys on the Maton prefix and the Maton key on the CallRail origin', async () => {
		expect((await api('GET', '/v3/a.json', { base: env.sb.matonUrl })).status).toBe(401);
		expect((await api('GET', '/v3/a.json', { base: env.sb.matonUrl, auth: 'Bearer wrong' })).status).toBe(401);
		expect((await api('GET', '/v3/a.json', { key: env.sb.keys.maton })).status).toBe(401);
	});
});

describe('visibility per key', () => {
	it('shows the agency admin three accounts and the single-account key exactly one', async () => {
		const agency = await api('GET', '/v3/a.json');
		expect(agency.body.accounts.map((a: Json) => a.id).sort()).toEqual([...env.sb.ids.accounts].sort());
		const single = await api('GET', '/v3/a.json', { key: env.sb.keys.singleAccount });
		expect(single.body).toMatchObject({ page: 1, total_pages: 1, total_records: 1 });
		expect(single.body.accounts[0].id).toBe(env.sb.ids.accounts[0]);
		for (const other of env.sb.ids.accounts.slice(1)) {
			expect((await api('GET', `/v3/a/${other}.json`, { key: env.sb.keys.singleAccount })).status).toBe(404);
			expect((await api('GET', `/v3/a/${other}.json`)).status).toBe(200);
		}
	});

	it('returns numeric_id only when asked, and accepts it in place of the account id', async () => {
		const plain = await api('GET', path('').replace(/\/$/, '.json'));
		expect(plain.body).not.toHaveProperty('numeric_id');
		const withId = await api('GET', `${path('').replace(/\/$/, '.json')}?fields=numeric_id`);
		expect(String(withId.body.numeric_id)).toMatch(/^\d{9}$/);
		const byNumber = await api('GET', `/v3/a/${withId.body.numeric_id}/companies.json`);
		expect(byNumber.body.total_records).toBe(env.companies().length);
		expect((await api('GET', '/v3/a.json?fields=bogus')).status).toBe(200);
	});

	it('limits the manager key to its companies, in lists, single gets and calls', async () => {
		const [visible] = env.companies();
		const hidden = env.companies()[env.companies().length - 1];
		const list = await api('GET', path('companies.json'), { key: env.sb.keys.manager });
		expect(list.body.companies.map((c: Json) => c.id)).not.toContain(hidden);
		expect(list.body.companies.map((c: Json) => c.id)).toContain(visible);
		expect((await api('GET', path(`companies/${hidden}.json`), { key: env.sb.keys.manager })).status).toBe(404);
		const calls = await api('GET', path(`calls.json?${ALL_KEPT}&fields=company_id&per_page=250`), { key: env.sb.keys.manager });
		const expected = env.storeCalls().filter((c: Json) => c.company_id !== hidden).length;
		expect(calls.body.total_records).toBe(expected);
		expect(calls.body.calls.every((c: Json) => c.company_id !== hidden)).toBe(true);
		const hiddenCall = env.storeCalls().find((c: Json) => c.company_id === hidden);
		expect((await api('GET', path(`calls/${hiddenCall.id}.json`), { key: env.sb.keys.manager })).status).toBe(404);
	});

	it('keeps the reporting key read-only', async () => {
		expect((await api('GET', path('tags.json'), { key: env.sb.keys.reporting })).status).toBe(200);
		const callId = env.storeCalls()[0].id;
		const writes: Array<[Parameters<typeof api>[0], string, unknown]> = [
			['PUT', path(`calls/${callId}.json`), { note: 'x' }],
			['POST', path('tags.json'), { name: 'R', company_id: env.companies()[0] }],
			['DELETE', path(`trackers/${env.sb.ids.trackers[env.companies()[0]][0]}.json`), undefined],
		];
		for (const [method, url, body] of writes) {
			const reply = await api(method, url, { key: env.sb.keys.reporting, body });
			expect(reply.status).toBe(403);
			expect(reply.body).toEqual({ error: 'You do not have permission to perform the requested action' });
		}
	});
});

describe('routing', () => {
	it('answers 404 for unknown paths and 405 for unsupported methods', async () => {
		const unknown = await api('GET', path('nothing.json'));
		expect(unknown.status).toBe(404);
		expect(unknown.body).toEqual({ error: 'Not Found' });
		expect((await api('GET', '/v2/a.json')).status).toBe(404);
		expect((await api('PATCH', path('tags.json'))).status).toBe(405);
		expect((await api('DELETE', path('calls.json'))).status).toBe(405);
		expect((await api('POST', '/v3/a.json', { body: {} })).status).toBe(405);
	});

	it('serves summary_emails with and without .json and calls without .json, but other lists need it', async () => {
		expect((await api('GET', path('summary_emails'))).status).toBe(200);
		expect((await api('GET', path('summary_emails.json'))).status).toBe(200);
		expect((await api('GET', path('calls'))).status).toBe(200);
		expect((await api('GET', path('tags'))).status).toBe(404);
	});
});

describe('determinism', () => {
	it('gives the same ids and data for the same seed and clock, and different ones for another seed', async () => {
		const a = await startSandbox({ now: NOW, seed: 7, clock: 'manual', port: 0 });
		const b = await startSandbox({ now: NOW, seed: 7, clock: 'manual' });
		const c = await startSandbox({ now: NOW, seed: 8, clock: 'manual' });
		try {
			expect(a.ids).toEqual(b.ids);
			expect(a.keys).toEqual(b.keys);
			expect(a.store.calls.slice(0, 50)).toEqual(b.store.calls.slice(0, 50));
			expect(a.seedCalls(a.ids.accounts[0], 10)).toEqual(b.seedCalls(b.ids.accounts[0], 10));
			expect(c.ids.accounts).not.toEqual(a.ids.accounts);
			expect(a.url).not.toBe(b.url);
			expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		} finally {
			await Promise.all([a.close(), b.close(), c.close()]);
		}
	});

	it('seeds the documented shapes: prefixed ids, integer tag ids, short thread ids, three companies with their zones', () => {
		const { store, ids } = env.sb;
		expect(ids.accounts.every((id) => /^ACC[0-9a-f]{32}$/.test(id))).toBe(true);
		expect(env.companies()).toHaveLength(3);
		const zones = store.companies.filter((c: Json) => c.account_id === ids.accounts[0]).map((c: Json) => c.time_zone);
		expect(new Set(zones).size).toBe(3);
		expect(zones).toContain('EST');
		expect(store.calls.every((c: Json) => /^CAL[0-9a-f]{32}$/.test(c.id))).toBe(true);
		expect(env.storeCalls().length).toBeGreaterThanOrEqual(5900);
		expect(store.tags.filter((t: Json) => t.account_id === ids.accounts[0])).toHaveLength(12);
		expect(store.tags.every((t: Json) => Number.isInteger(t.id))).toBe(true);
		expect(store.smsThreads.every((t: Json) => /^[A-Za-z0-9]{5}$/.test(t.id))).toBe(true);
		expect(ids.users[ids.accounts[0]]).toHaveLength(6);
		expect(Object.values(ids.trackers).every((list) => list.length === 4)).toBe(true);
		expect(store.integrations.find((i: Json) => i.type === 'Webhooks').config.post_call_webhook).toEqual(['https://hooks.example.com/zap/123']);
	});
});
