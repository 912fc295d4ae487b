import type { IDataObject } from 'n8n-workflow';

import { retentionFloorDay } from '../../nodes/kernel/vocabulary';
import { runNode } from '../harness/n8n';
import type { LoggedRequest } from '../harness/sandbox';
import { byId, useSandbox } from '../harness/sandbox';

describe('Pagination, retries and item-level error handling', () => {
	const env = useSandbox();
	const account = () => env.sandbox.ids.accounts[0];
	const ids = () => ({ account: account(), company: env.sandbox.ids.companies[account()][0] });
	const numericAccount = () =>
		String((env.sandbox.store.accounts as IDataObject[]).find((a) => a.id === account())!.numeric_id);
	const callsPath = () => `/v3/a/${account()}/calls.json`;
	/** The seeded calls of the account, newest first. */
	const accountCalls = () => (env.sandbox.store.calls as IDataObject[]).filter((c) => c.account_id === account());

	/** The filters every paging test uses: all the seeded history of the big company. */
	const filters = () => ({ companyId: byId(ids().company), dateRange: 'all_time' });

	/** Ids of the calls the sandbox holds for `filters()` (every seeded call is inside the 25 months). */
	const expectedIds = (): string[] =>
		accountCalls()
			.filter((c) => c.company_id === ids().company)
			.map((c) => String(c.id));

	const getMany = async (parameters: IDataObject, credentials = env.apiKey()) =>
		await runNode(
			{ resource: 'call', operation: 'getMany', accountId: byId(ids().account), filters: filters(), ...parameters },
			{ credentials },
		);

	const expectFilters = (request: LoggedRequest) => {
		expect(request.query.company_id).toBe(ids().company);
		// All Kept is sent as a start date at the retention floor: CallRail refuses date_range=all_time.
		expect(request.query.date_range).toBeUndefined();
		expect(request.query.start_date).toBe(retentionFloorDay());
	};

	const expectFollowsNextPage = (requests: LoggedRequest[]) => {
		for (const later of requests.slice(1)) {
			expect(later.path).toBe(`/v3/a/${numericAccount()}/calls`);
			expect(later.path).not.toMatch(/\.json$/);
			expectFilters(later);
			expect(later.query.relative_pagination).toBe('true');
			expect(later.query.per_page).toBe('250');
		}
	};

	it('Return All follows next_page over more than 1,000 calls without losing or repeating one', async () => {
		const expected = expectedIds();
		expect(expected.length).toBeGreaterThan(1000);

		const result = await getMany({ returnAll: true });
		expect(result.error).toBeUndefined();

		const requests = env.requests();
		expect(requests).toHaveLength(Math.ceil(expected.length / 250));
		expect(requests[0].path).toBe(callsPath());
		expect(requests[0].query.per_page).toBe('250');
		expect(requests[0].query.relative_pagination).toBe('true');
		expectFilters(requests[0]);
		expectFollowsNextPage(requests);

		const got = result.json.map((c) => String(c.id));
		expect(new Set(got).size).toBe(got.length);
		expect([...got].sort()).toEqual([...expected].sort());
	});

	it('Return All returns each call once when calls arrive between pages and next_page only carries offset', async () => {
		// What CallRail documents: next_page is the next offset, so calls arriving meanwhile push already-returned
		// calls onto the next page. Three new calls before page 2 repeat the last three calls of page 1.
		const expected = expectedIds();
		env.sandbox.relativeCursor = false;
		let pages = 0;
		const arrived: string[] = [];
		env.sandbox.beforeRequest = () => {
			if (++pages !== 2) return;
			for (let i = 0; i < 3; i++) arrived.push(String(env.sandbox.addCall(account(), { companyId: ids().company }).id));
		};

		const result = await getMany({ returnAll: true });
		expect(result.error).toBeUndefined();

		const requests = env.requests();
		expect(requests.length).toBeGreaterThan(2);
		expect(requests[1].query.offset).toBe('1');
		expect(requests[1].query.cursor).toBeUndefined();
		const got = result.json.map((c) => String(c.id));
		expect(new Set(got).size).toBe(got.length);
		expect([...got].sort()).toEqual([...expected].sort());
		expect(got.filter((id) => arrived.includes(id))).toEqual([]);
	});

	it('Limit 30 makes one request for 30 calls', async () => {
		const result = await getMany({ returnAll: false, limit: 30 });
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].query.per_page).toBe('30');
		expectFilters(requests[0]);
		expect(result.json).toHaveLength(30);
	});

	it('Limit 300 makes two requests for 300 distinct calls', async () => {
		const result = await getMany({ returnAll: false, limit: 300 });
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(2);
		expect(requests[0].query.per_page).toBe('250');
		expectFollowsNextPage(requests);
		expect(result.json).toHaveLength(300);
		expect(new Set(result.json.map((c) => c.id)).size).toBe(300);
	});

	it('a 429 in the middle repeats the same page once and still returns every call exactly once', async () => {
		const expected = expectedIds();
		// Faults match the path without the query, and pages 2 and 3 share the next_page path: a rule without a
		// status lets page 2 through, then the 429 hits page 3.
		const nextPagePath = new RegExp(`^/v3/a/${numericAccount()}/calls$`);
		env.sandbox.faults.add({ times: 1, path: nextPagePath });
		env.sandbox.faults.add({ status: 429, headers: { 'Retry-After': '1' }, times: 1, path: nextPagePath });

		const result = await getMany({ returnAll: true });
		expect(result.error).toBeUndefined();

		const requests = env.requests();
		expect(requests).toHaveLength(Math.ceil(expected.length / 250) + 1);
		const limited = requests.findIndex((r) => r.status === 429);
		expect(limited).toBe(2);
		expect(requests[3].path).toBe(requests[2].path);
		expect(requests[3].rawQuery).toBe(requests[2].rawQuery);
		expect(requests[3].status).toBe(200);
		expect(requests[2].query.offset).toBe('2');
		expectFollowsNextPage(requests);

		const got = result.json.map((c) => String(c.id));
		expect(new Set(got).size).toBe(got.length);
		expect([...got].sort()).toEqual([...expected].sort());
	});

	it('a 429 that never clears fails after Max Wait with the rate-limit message and hint', async () => {
		env.sandbox.faults.add({ status: 429, headers: { 'Retry-After': '1' }, times: 100, path: /calls/ });
		const result = await getMany({ returnAll: false, limit: 10, options: { maxRateLimitWait: 2 } });
		expect(result.error).toBeDefined();
		expect(result.error!.message).toMatch(/rate limit is still in force after waiting 2 s/);
		expect(result.error!.description).toMatch(/1,000 requests an hour/);
		expect(env.requests()).toHaveLength(3);
	});

	it('retries a 5xx on a GET twice, then succeeds', async () => {
		env.sandbox.faults.add({ status: 503, times: 2, method: 'GET', path: /calls/ });
		const result = await getMany({ returnAll: false, limit: 5 });
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests.map((r) => r.status)).toEqual([503, 503, 200]);
		expect(requests[2].rawQuery).toBe(requests[0].rawQuery);
		expect(result.json).toHaveLength(5);
	});

	it('never retries a 5xx on Create outbound call: one request, one error item', async () => {
		env.sandbox.faults.add({ status: 500, times: 1, method: 'POST', path: /calls\.json/ });
		const result = await runNode(
			{
				resource: 'call',
				operation: 'create',
				accountId: byId(ids().account),
				callerId: '+14045550100',
				customerPhoneNumber: '+14045550101',
				businessPhoneNumber: '+14045550102',
			},
			{ credentials: env.apiKey(), settings: { continueOnFail: true } },
		);
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('POST');
		expect(requests[0].status).toBe(500);
		expect(result.json).toHaveLength(1);
		expect(String(result.json[0].error)).toMatch(/500/);
	});

	it.each([
		['Continue On Fail, malformed ID (refused locally)', { continueOnFail: true }, 'not a call', /"not a call" is not a valid call ID/, 2],
		['On Error: Continue, unknown ID (404)', { onError: 'continueRegularOutput' as const }, `CAL${'0'.repeat(32)}`, /CallRail error 404/, 3],
	])('%s: 3 items give 2 results and 1 error item', async (_name, settings, badId, message, requestCount) => {
		const [first, second] = accountCalls();
		const result = await runNode(
			{ resource: 'call', operation: 'get', accountId: byId(ids().account), callId: '={{ $json.callId }}' },
			{
				credentials: env.apiKey(),
				settings,
				input: [{ callId: first.id }, { callId: badId }, { callId: second.id }],
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(3);
		expect(result.json[0].id).toBe(first.id);
		expect(result.json[1].id).toBeUndefined();
		expect(String(result.json[1].error)).toMatch(message);
		expect(result.json[2].id).toBe(second.id);
		expect(env.requests()).toHaveLength(requestCount);
	});

	it("n8n's Retry On Fail still retries a PUT that failed with 500", async () => {
		const [call] = accountCalls();
		env.sandbox.faults.add({ status: 500, times: 1, method: 'PUT', path: /calls\// });
		const result = await runNode(
			{
				resource: 'call',
				operation: 'update',
				accountId: byId(ids().account),
				callId: String(call.id),
				updateFields: { note: 'retried' },
			},
			{ credentials: env.apiKey(), settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 0 } },
		);
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests.map((r) => [r.method, r.status])).toEqual([
			['PUT', 500],
			['PUT', 200],
		]);
		expect(result.json[0].note).toBe('retried');
	});

	it('keeps the filters on every page through a Maton gateway, with next_page rebased to the gateway', async () => {
		const result = await getMany({ returnAll: false, limit: 600 }, env.maton());
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(3);
		expect(requests[0].path).toBe(`/callrail${callsPath()}`);
		for (const later of requests.slice(1)) {
			expect(later.path).toBe(`/callrail/v3/a/${numericAccount()}/calls`);
			expectFilters(later);
		}
		for (const request of requests) {
			expect(request.headers.authorization).toBe(`Bearer ${env.sandbox.keys.maton}`);
		}
		expect(result.json).toHaveLength(600);
		expect(new Set(result.json.map((c) => c.id)).size).toBe(600);
	});
});
