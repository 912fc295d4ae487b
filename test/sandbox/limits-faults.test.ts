import type { Json } from '../../sandbox';
import { DEFAULT_LIMITS } from '../../sandbox';
import { useSandbox } from './helpers';

const env = useSandbox();
const { api, path } = env;
const HOUR = 3600 * 1000;

describe('rate limits', () => {
	it('uses the documented limits by default', () => {
		expect(DEFAULT_LIMITS).toEqual({ hourly: 1000, daily: 10000, smsHourly: 150, smsDaily: 1000, callHourly: 100, callDaily: 2000, retryAfter: null });
	});

	it('answers 429 past the hourly limit, without Retry-After by default, until the clock moves to the next hour', async () => {
		env.sb.clock.set('2026-11-22T17:00:00Z');
		env.sb.rateLimit.configure({ hourly: 3 });
		for (let i = 0; i < 3; i++) expect((await api('GET', path('tags.json'))).status).toBe(200);
		const limited = await api('GET', path('tags.json'));
		expect(limited.status).toBe(429);
		expect(limited.body.error).toEqual(expect.any(String));
		expect(limited.headers['retry-after']).toBeUndefined();
		expect(env.sb.requests[env.sb.requests.length - 1].status).toBe(429);
		env.sb.clock.advance(HOUR);
		expect((await api('GET', path('tags.json'))).status).toBe(200);
	});

	it('sends Retry-After when configured, and counts per account', async () => {
		env.sb.rateLimit.configure({ hourly: 2, retryAfter: 30 });
		expect((await api('GET', path('tags.json'))).status).toBe(200);
		expect((await api('GET', path('tags.json'))).status).toBe(200);
		const limited = await api('GET', path('companies.json'));
		expect(limited.status).toBe(429);
		expect(limited.headers['retry-after']).toBe('30');
		expect((await api('GET', path('tags.json', env.sb.ids.accounts[1]))).status).toBe(200);
	});

	it('counts requests through the Maton prefix against the same account', async () => {
		env.sb.rateLimit.configure({ hourly: 2 });
		const maton = { base: env.sb.matonUrl, auth: `Bearer ${env.sb.keys.maton}` };
		expect((await api('GET', path('tags.json'), maton)).status).toBe(200);
		expect((await api('GET', path('tags.json'))).status).toBe(200);
		expect((await api('GET', path('tags.json'), maton)).status).toBe(429);
		expect((await api('GET', path('tags.json'), { key: env.sb.keys.singleAccount })).status).toBe(429);
	});

	it('applies the daily limit across hours', async () => {
		env.sb.clock.set('2026-11-23T01:00:00Z');
		env.sb.rateLimit.configure({ daily: 2 });
		expect((await api('GET', path('tags.json'))).status).toBe(200);
		env.sb.clock.advance(HOUR);
		expect((await api('GET', path('tags.json'))).status).toBe(200);
		env.sb.clock.advance(HOUR);
		expect((await api('GET', path('tags.json'))).status).toBe(429);
		env.sb.clock.advance(24 * HOUR);
		expect((await api('GET', path('tags.json'))).status).toBe(200);
	});

	it('limits text sends and outbound calls separately from other requests', async () => {
		env.sb.rateLimit.configure({ smsHourly: 1, callHourly: 1 });
		const tracker = env.sb.store.trackers.find((t: Json) => t.id === env.sb.ids.trackers[env.companies()[0]][0]);
		const text = { company_id: env.companies()[0], tracking_number: tracker.tracking_numbers[0], customer_phone_number: '+13035550150', content: 'Hi' };
		expect((await api('POST', path('text-messages.json'), { body: text })).status).toBe(201);
		expect((await api('POST', path('text-messages.json'), { body: text })).status).toBe(429);
		const call = { caller_id: tracker.tracking_numbers[0], customer_phone_number: '+14045550100', business_phone_number: '+14045550101' };
		expect((await api('POST', path('calls.json'), { body: call })).status).toBe(201);
		expect((await api('POST', path('calls.json'), { body: call })).status).toBe(429);
		expect((await api('GET', path('calls.json'))).status).toBe(200);
	});

	it('can be switched off and reset', async () => {
		env.sb.rateLimit.configure({ hourly: 1 });
		await api('GET', path('tags.json'));
		expect((await api('GET', path('tags.json'))).status).toBe(429);
		env.sb.rateLimit.reset();
		expect((await api('GET', path('tags.json'))).status).toBe(200);
		env.sb.rateLimit.enabled = false;
		expect((await api('GET', path('tags.json'))).status).toBe(200);
	});
});

describe('faults', () => {
	it('answers with the injected status the given number of times, then recovers', async () => {
		env.sb.faults.add({ status: 503, times: 2, path: '/tags.json' });
		expect((await api('GET', path('tags.json'))).status).toBe(503);
		expect((await api('GET', path('companies.json'))).status).toBe(200);
		const second = await api('GET', path('tags.json'));
		expect(second.status).toBe(503);
		expect(second.body).toEqual({ error: 'Injected fault (503)' });
		expect((await api('GET', path('tags.json'))).status).toBe(200);
	});

	it('matches method and regex paths, in order, with custom body and headers', async () => {
		env.sb.faults.add({ status: 500, method: 'PUT', path: /\/calls\/CAL[0-9a-f]+\.json$/, body: { error: 'boom' } });
		env.sb.faults.add({ status: 429, path: /calls/, headers: { 'Retry-After': '2' } });
		const callId = env.storeCalls()[0].id;
		const put = await api('PUT', path(`calls/${callId}.json`), { body: { note: 'x' } });
		expect(put.status).toBe(500);
		expect(put.body).toEqual({ error: 'boom' });
		const get = await api('GET', path(`calls/${callId}.json`));
		expect(get.status).toBe(429);
		expect(get.headers['retry-after']).toBe('2');
		expect((await api('GET', path(`calls/${callId}.json`))).status).toBe(200);
	});

	it('delays without failing when only delayMs is given, and clear() drops pending rules', async () => {
		env.sb.faults.add({ delayMs: 150, path: 'tags.json' });
		const started = Date.now();
		expect((await api('GET', path('tags.json'))).status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
		env.sb.faults.add({ status: 502, times: 5 });
		env.sb.faults.clear();
		expect((await api('GET', path('tags.json'))).status).toBe(200);
	});
});
