import { sleep } from 'n8n-workflow';

import type { Json } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { ALL_KEPT, NOW, useSandbox } from './helpers';

const env = useSandbox();
const { api, path } = env;

describe('seeding helpers', () => {
	it('adds 50,000 deterministic calls and serves them', async () => {
		const before = env.storeCalls(env.sb.ids.accounts[1]).length;
		const ids = env.sb.seedCalls(env.sb.ids.accounts[1], 50000);
		expect(ids).toHaveLength(50000);
		expect(new Set(ids).size).toBe(50000);
		const list = await api('GET', path(`calls.json?${ALL_KEPT}&per_page=1`, env.sb.ids.accounts[1]));
		expect(list.body.total_records).toBe(before + 50000);
		const onlyOne = env.sb.seedCalls(env.sb.ids.accounts[1], 5, { companyId: env.sb.ids.companies[env.sb.ids.accounts[1]][1], startOffsetDays: 30 });
		const seeded = env.sb.store.calls.filter((c: Json) => onlyOne.includes(c.id));
		expect(seeded.every((c: Json) => c.company_id === env.sb.ids.companies[env.sb.ids.accounts[1]][1])).toBe(true);
		expect(seeded.every((c: Json) => c._startMs < Date.parse(NOW) - 30 * 86400000)).toBe(true);
	});

	it('addCall puts a call "now" at the top of the list; updateCall changes it later', async () => {
		const call = env.sb.addCall(env.primary(), { companyId: env.companies()[1], customer_name: 'Arriving Now' });
		expect(call).toMatchObject({ id: expect.stringMatching(/^CAL/), company_id: env.companies()[1], customer_name: 'Arriving Now' });
		expect(Date.parse(call.start_time)).toBe(Date.parse(NOW));
		const top = await api('GET', path('calls.json?date_range=today&per_page=1&fields=tags'));
		expect(top.body.calls[0].id).toBe(call.id);
		const updated = env.sb.updateCall(call.id, { tags: ['VIP'], note: 'recording arrived' });
		expect(updated).toMatchObject({ tags: [{ name: 'VIP' }], note: 'recording arrived' });
		const single = await api('GET', path(`calls/${call.id}.json?fields=tags,note`));
		expect(single.body).toMatchObject({ tags: [{ name: 'VIP' }], note: 'recording arrived' });
		expect(() => env.sb.updateCall('CALnope', {})).toThrow();
	});

	it('adds form submissions and text messages that the API lists first', async () => {
		const form = env.sb.addFormSubmission(env.primary(), { customer_name: 'Form Person' });
		const forms = await api('GET', path('form_submissions.json?per_page=1&date_range=today'));
		expect(forms.body.form_submissions[0]).toMatchObject({ id: form.id, customer_name: 'Form Person' });
		const { conversation, message } = env.sb.addTextMessage(env.primary(), { content: 'New text' });
		const list = await api('GET', path('text-messages.json?per_page=1&date_range=today'));
		expect(list.body.conversations[0].id).toBe(conversation.id);
		expect(list.body.conversations[0].recent_messages[0]).toMatchObject({ content: 'New text', direction: 'incoming' });
		expect(message.id).toMatch(/^SCI[0-9a-f]{32}$/);
	});
});

describe('clock', () => {
	it('stands still in manual mode and moves with advance/set', async () => {
		const { clock } = env.sb;
		clock.set(NOW);
		expect(clock.now().toISOString()).toBe('2026-11-22T17:00:00.000Z');
		await sleep(20);
		expect(clock.now().toISOString()).toBe('2026-11-22T17:00:00.000Z');
		clock.advance(90 * 1000);
		expect(clock.now().toISOString()).toBe('2026-11-22T17:01:30.000Z');
		await api('GET', '/v3/a.json');
		expect(env.sb.requests[0].at).toBe('2026-11-22T17:01:30.000Z');
		clock.set(NOW);
	});

	it('runs from `now` in real mode, faster with scale', async () => {
		const sb = await startSandbox({ now: '2030-01-01T00:00:00Z', rateLimit: false });
		try {
			expect(Math.abs(sb.clock.now().getTime() - Date.parse('2030-01-01T00:00:00Z'))).toBeLessThan(5000);
			sb.clock.scale = 1000;
			const before = sb.clock.now().getTime();
			await sleep(50);
			expect(sb.clock.now().getTime() - before).toBeGreaterThanOrEqual(40 * 1000);
		} finally {
			await sb.close();
		}
	});
});
