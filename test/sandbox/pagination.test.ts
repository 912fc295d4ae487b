import type { Json } from '../../sandbox';
import { ALL_KEPT, ALL_KEPT_DATE, useSandbox } from './helpers';

const env = useSandbox();
const { api, path } = env;

const allIds = () => env.storeCalls().map((c: Json) => c.id);

async function followAll(first: string, options: { onPage?: (n: number) => void; base?: string; auth?: string } = {}) {
	let reply = await api('GET', first, { base: options.base, auth: options.auth });
	expect(reply.status).toBe(200);
	const seen: string[] = reply.body.calls.map((c: Json) => c.id);
	let pages = 1;
	while (reply.body.has_next_page) {
		options.onPage?.(pages);
		const next: string = reply.body.next_page;
		expect(next.startsWith(`${env.sb.url}/v3/a/`)).toBe(true);
		reply = await api('GET', next);
		expect(reply.status).toBe(200);
		seen.push(...reply.body.calls.map((c: Json) => c.id));
		pages++;
	}
	expect(reply.body.next_page).toBeNull();
	return { seen, pages };
}

describe('offset pagination', () => {
	it('reports page, per_page, total_pages and total_records and slices consistently', async () => {
		const total = env.storeCalls().length;
		const first = await api('GET', path(`calls.json?${ALL_KEPT}&per_page=250`));
		expect(first.body).toMatchObject({ page: 1, per_page: 250, total_pages: Math.ceil(total / 250), total_records: total });
		expect(first.body.calls).toHaveLength(250);
		const second = await api('GET', path(`calls.json?${ALL_KEPT}&per_page=250&page=2`));
		expect(second.body.calls[0].id).toBe(allIds()[250]);
		const last = await api('GET', path(`calls.json?${ALL_KEPT}&per_page=250&page=${first.body.total_pages}`));
		expect(last.body.calls).toHaveLength(total - (first.body.total_pages - 1) * 250);
	});

	it('defaults to 100 per page and returns an empty list past the end', async () => {
		const tags = await api('GET', path('tags.json'));
		expect(tags.body.per_page).toBe(100);
		const beyond = await api('GET', path('tags.json?page=99'));
		expect(beyond.status).toBe(200);
		expect(beyond.body.tags).toEqual([]);
		expect(beyond.body.total_records).toBe(tags.body.total_records);
	});

	it('refuses per_page above 250 (100 for sms-thread messages) and bad page numbers with 400', async () => {
		const tooMany = await api('GET', path('calls.json?per_page=251'));
		expect(tooMany.status).toBe(400);
		expect(tooMany.body).toEqual({ error: 'per_page must be 250 or less' });
		expect((await api('GET', path('companies.json?per_page=251'))).status).toBe(400);
		expect((await api('GET', path('tags.json?page=0'))).status).toBe(400);
		const thread = env.sb.store.smsThreads.find((t: Json) => t.account_id === env.primary());
		expect((await api('GET', path(`sms-threads/${thread.id}.json?per_page=100`))).status).toBe(200);
		expect((await api('GET', path(`sms-threads/${thread.id}.json?per_page=101`))).body.error).toBe('per_page must be 100 or less');
	});
});

describe('message pages of one thread or conversation', () => {
	const walk = async (resource: string, perPage: number) => {
		const ids: string[] = [];
		const stamps: number[] = [];
		for (let page = 1; ; page++) {
			const reply = await api('GET', path(`${resource}/${env.sb.ids.longConversation}.json?page=${page}&per_page=${perPage}`));
			expect(reply.status).toBe(200);
			expect(reply.body).toMatchObject({ page, per_page: perPage, total_records: 260, total_pages: Math.ceil(260 / perPage) });
			ids.push(...reply.body.messages.map((m: Json) => m.id));
			stamps.push(...reply.body.messages.map((m: Json) => Date.parse(m.created_at)));
			if (page >= reply.body.total_pages) return { ids, stamps, pages: page };
		}
	};

	it('pages SMS Thread › Get by page and per_page (at most 100), newest first, every message once', async () => {
		const { ids, stamps, pages } = await walk('sms-threads', 100);
		expect(pages).toBe(3);
		expect(new Set(ids).size).toBe(260);
		expect(stamps).toEqual([...stamps].sort((a, b) => b - a));
	});

	it('pages Text Message › Get Conversation by page and per_page (at most 250), newest first, every message once', async () => {
		const { ids, stamps, pages } = await walk('text-messages', 250);
		expect(pages).toBe(2);
		expect(new Set(ids).size).toBe(260);
		expect(stamps).toEqual([...stamps].sort((a, b) => b - a));
		const beyond = await api('GET', path(`text-messages/${env.sb.ids.longConversation}.json?page=4`));
		expect(beyond.body.messages).toEqual([]);
	});
});

describe('relative pagination (calls)', () => {
	it('follows next_page (numeric account id, no .json, filters kept) to the end with no repeat and no gap', async () => {
		const numeric = env.sb.store.accounts[0].numeric_id;
		const first = await api('GET', path(`calls.json?${ALL_KEPT}&relative_pagination=true&per_page=250&direction=inbound&fields=source`));
		expect(first.body).toEqual({ per_page: 250, has_next_page: true, next_page: expect.any(String), calls: expect.any(Array) });
		const next = new URL(first.body.next_page);
		expect(next.pathname).toBe(`/v3/a/${numeric}/calls`);
		expect(next.searchParams.get('offset')).toBe('1');
		expect(next.searchParams.get('direction')).toBe('inbound');
		expect(next.searchParams.get('fields')).toBe('source');
		expect(next.searchParams.get('start_date')).toBe(ALL_KEPT_DATE);
		expect(first.headers.link).toBe(`<${first.body.next_page}>; rel="next"`);
		const { seen } = await followAll(path(`calls.json?${ALL_KEPT}&relative_pagination=true&per_page=250&direction=inbound`));
		const expected = env.storeCalls().filter((c: Json) => c.direction === 'inbound').map((c: Json) => c.id);
		expect(new Set(seen).size).toBe(seen.length);
		expect(seen).toEqual(expected);
	});

	it('neither repeats nor skips when calls arrive or disappear while paging', async () => {
		const before = allIds();
		const added: string[] = [];
		const spam = before[700];
		const { seen } = await followAll(path(`calls.json?${ALL_KEPT}&relative_pagination=true&per_page=200`), {
			onPage: (n) => {
				if (n === 1) added.push(env.sb.addCall(env.primary()).id);
				if (n === 2) added.push(env.sb.addCall(env.primary(), { start_time: '2026-11-22T16:59:00Z' }).id);
				if (n === 3) env.sb.store.calls.splice(env.sb.store.calls.findIndex((c: Json) => c.id === spam), 1);
			},
		});
		expect(new Set(seen).size).toBe(seen.length);
		expect(seen).toEqual(before.filter((id) => id !== spam));
		expect(seen).not.toEqual(expect.arrayContaining(added));
	});

	it('keeps a custom sort stable across pages', async () => {
		const { seen } = await followAll(path('calls.json?date_range=last_30_days&relative_pagination=true&per_page=50&sort=duration&order=desc'));
		const inRange = await api('GET', path('calls.json?date_range=last_30_days&per_page=250&sort=duration&order=desc'));
		expect(seen).toHaveLength(inRange.body.total_records);
		expect(new Set(seen).size).toBe(seen.length);
		const durations = seen.map((id) => env.sb.store.calls.find((c: Json) => c.id === id).duration);
		expect(durations).toEqual([...durations].sort((a, b) => b - a));
	});

	it('puts next_page on the CallRail origin even when paging through the Maton prefix', async () => {
		const reply = await api('GET', path(`calls.json?relative_pagination=true&per_page=5&${ALL_KEPT}`), {
			base: env.sb.matonUrl,
			auth: `Bearer ${env.sb.keys.maton}`,
		});
		expect(reply.body.next_page.startsWith(`${env.sb.url}/v3/a/`)).toBe(true);
		expect(reply.body.next_page).not.toContain('/callrail/');
	});

	it('honours a bare offset like the real API and refuses a tampered cursor', async () => {
		const third = await api('GET', path(`calls.json?${ALL_KEPT}&relative_pagination=true&per_page=100&offset=2`));
		expect(third.body.calls.map((c: Json) => c.id)).toEqual(allIds().slice(200, 300));
		expect((await api('GET', path('calls.json?relative_pagination=true&cursor=%%%'))).status).toBe(400);
		expect((await api('GET', path('calls.json?relative_pagination=true&per_page=300'))).status).toBe(400);
	});
});
