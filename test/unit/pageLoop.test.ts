import type { IDataObject } from 'n8n-workflow';

import { loopPages, MAX_PAGE_SIZE, type PageRequester, rebaseNextPage } from '../../nodes/kernel/pageLoop';

/** A fake CallRail: answers each request with the next of `pages`, and remembers what it was asked. */
function fakeApi(pages: IDataObject[]) {
	const asked: Array<{ url: string; qs: IDataObject | undefined }> = [];
	const request: PageRequester = async (url, qs) => {
		asked.push({ url, qs: qs && { ...qs } });
		const page = pages[asked.length - 1];
		if (!page) throw new Error(`request ${asked.length} was not expected`);
		return page;
	};
	return { asked, request };
}

const records = (...ids: Array<number | undefined>) => ids.map((id) => (id === undefined ? { name: 'no id' } : { id, name: `r${id}` }));
const ids = (list: IDataObject[]) => list.map((r) => r.id);

describe('loopPages, paging by number', () => {
	it('asks for page 1, 2, 3 with the filters on every page, until total_pages', async () => {
		const api = fakeApi([
			{ page: 1, total_pages: 3, tags: records(1, 2) },
			{ page: 2, total_pages: 3, tags: records(3, 4) },
			{ page: 3, total_pages: 3, tags: records(5) },
		]);
		const result = await loopPages(api.request, { envelope: 'tags', url: '/v3/a/ACC1/tags.json', qs: { company_id: 'COM1' } });
		expect(ids(result.records)).toEqual([1, 2, 3, 4, 5]);
		expect(result.requests).toBe(3);
		expect(api.asked).toEqual([1, 2, 3].map((page) => ({ url: '/v3/a/ACC1/tags.json', qs: { company_id: 'COM1', per_page: MAX_PAGE_SIZE, page } })));
	});

	it('counts from the page CallRail says it served, or from the page asked for when it does not say', async () => {
		const api = fakeApi([{ total_pages: 2, tags: records(1) }, { tags: records(2) }]);
		const result = await loopPages(api.request, { envelope: 'tags', url: '/t' });
		expect(ids(result.records)).toEqual([1, 2]);
		expect(api.asked.map((a) => a.qs?.page)).toEqual([1, 2]);
	});

	it('stops after a page stopAfter accepts (a newest-first list reaching what is known), with that page kept', async () => {
		const api = fakeApi([
			{ page: 1, total_pages: 3, users: records(9, 8) },
			{ page: 2, total_pages: 3, users: records(7, 6) },
		]);
		const result = await loopPages(api.request, { envelope: 'users', url: '/u', stopAfter: (page) => page.some((r) => r.id === 6) });
		expect(ids(result.records)).toEqual([9, 8, 7, 6]);
		expect(api.asked).toHaveLength(2);
	});

	it('stops at an empty page even when total_pages promises more', async () => {
		const api = fakeApi([{ page: 1, total_pages: 9, tags: records(1) }, { page: 2, total_pages: 9, tags: [] }]);
		expect((await loopPages(api.request, { envelope: 'tags', url: '/t' })).requests).toBe(2);
	});

	it('asks for no more than the limit, and stops once it has the limit', async () => {
		const api = fakeApi([
			{ page: 1, total_pages: 5, tags: records(1, 2) },
			{ page: 2, total_pages: 5, tags: records(3, 4) },
			{ page: 3, total_pages: 5, tags: records(5, 6) },
		]);
		const result = await loopPages(api.request, { envelope: 'tags', url: '/t', limit: 5, maxPageSize: 2 });
		expect(ids(result.records)).toEqual([1, 2, 3, 4, 5]);
		expect(api.asked.map((a) => a.qs?.per_page)).toEqual([2, 2, 2]);

		const small = fakeApi([{ page: 1, total_pages: 5, tags: records(1, 2, 3) }]);
		const one = await loopPages(small.request, { envelope: 'tags', url: '/t', limit: 1 });
		expect(ids(one.records)).toEqual([1]);
		expect(small.asked[0].qs?.per_page).toBe(1);
	});

	it('never asks for more than 250 a page, nor fewer than 1', async () => {
		const big = fakeApi([{ tags: records(1) }]);
		await loopPages(big.request, { envelope: 'tags', url: '/t', limit: 10_000 });
		expect(big.asked[0].qs?.per_page).toBe(250);
		const zero = fakeApi([{ tags: records(1) }]);
		await loopPages(zero.request, { envelope: 'tags', url: '/t', limit: 0 });
		expect(zero.asked[0].qs?.per_page).toBe(1);
	});

	it('returns a record that moved across a page seam once, and keeps records without an ID', async () => {
		const api = fakeApi([
			{ page: 1, total_pages: 2, tags: [...records(1, 2), ...records(undefined)] },
			{ page: 2, total_pages: 2, tags: [...records(2, 3), ...records(undefined)] },
		]);
		const result = await loopPages(api.request, { envelope: 'tags', url: '/t' });
		expect(ids(result.records)).toEqual([1, 2, undefined, 3, undefined]);
	});

	it('a duplicate does not count toward the limit', async () => {
		const api = fakeApi([
			{ page: 1, total_pages: 2, tags: records(1, 2) },
			{ page: 2, total_pages: 2, tags: records(2, 3) },
		]);
		const result = await loopPages(api.request, { envelope: 'tags', url: '/t', limit: 3, maxPageSize: 2 });
		expect(ids(result.records)).toEqual([1, 2, 3]);
	});

	it('a page without the list throws missingList, or counts as empty without it', async () => {
		const failing = fakeApi([{ error: 'odd' }]);
		await expect(
			loopPages(failing.request, { envelope: 'tags', url: '/t', missingList: () => new Error('no "tags" list') }),
		).rejects.toThrow('no "tags" list');
		const lenient = fakeApi([{ page: 1, total_pages: 3, tags: 'not a list' }]);
		const result = await loopPages(lenient.request, { envelope: 'tags', url: '/t' });
		expect(result).toEqual({ records: [], requests: 1 });
	});

	it('onPage sees every envelope', async () => {
		const seen: IDataObject[] = [];
		const pages = [{ page: 1, total_pages: 2, tags: records(1), summary: 'a' }, { page: 2, total_pages: 2, tags: records(2), summary: 'b' }];
		await loopPages(fakeApi(pages).request, { envelope: 'tags', url: '/t', onPage: (body) => seen.push(body) });
		expect(seen.map((b) => b.summary)).toEqual(['a', 'b']);
	});
});

describe('loopPages, relative pages (calls)', () => {
	const next = (query: string) => `https://api.callrail.com/v3/a/ACC1/calls.json?${query}`;

	it('asks for relative pagination once, then follows next_page rebased to the configured base URL, with no query of its own', async () => {
		const api = fakeApi([
			{ calls: records(1, 2), has_next_page: true, next_page: next('offset=a') },
			{ calls: records(3), has_next_page: true, next_page: next('offset=b') },
			{ calls: records(4), has_next_page: false, next_page: null },
		]);
		const result = await loopPages(api.request, { envelope: 'calls', url: '/v3/a/ACC1/calls.json', relative: true, qs: { company_id: 'COM1' } });
		expect(ids(result.records)).toEqual([1, 2, 3, 4]);
		expect(api.asked).toEqual([
			{ url: '/v3/a/ACC1/calls.json', qs: { company_id: 'COM1', per_page: 250, relative_pagination: true } },
			{ url: '/v3/a/ACC1/calls.json?offset=a', qs: undefined },
			{ url: '/v3/a/ACC1/calls.json?offset=b', qs: undefined },
		]);
	});

	it('stops when has_next_page is set but next_page is missing', async () => {
		const api = fakeApi([{ calls: records(1), has_next_page: true }]);
		expect((await loopPages(api.request, { envelope: 'calls', url: '/c', relative: true })).requests).toBe(1);
	});

	it('returns once a call that shifted into the next page while calls arrived', async () => {
		const api = fakeApi([
			{ calls: records(1, 2), has_next_page: true, next_page: next('offset=a') },
			{ calls: records(2, 3), has_next_page: false },
		]);
		const result = await loopPages(api.request, { envelope: 'calls', url: '/c', relative: true });
		expect(ids(result.records)).toEqual([1, 2, 3]);
	});

	it('stops at the limit without following next_page', async () => {
		const api = fakeApi([{ calls: records(1, 2), has_next_page: true, next_page: next('offset=a') }]);
		const result = await loopPages(api.request, { envelope: 'calls', url: '/c', relative: true, limit: 2 });
		expect(result).toEqual({ records: records(1, 2), requests: 1 });
	});
});

describe('rebaseNextPage', () => {
	it('keeps the path and query from /v3/ on, so a gateway or proxy base URL stays in front', () => {
		expect(rebaseNextPage('https://api.callrail.com/v3/a/1/calls.json?x=1')).toBe('/v3/a/1/calls.json?x=1');
		expect(rebaseNextPage('/elsewhere?x=1')).toBe('/elsewhere?x=1');
	});
});
