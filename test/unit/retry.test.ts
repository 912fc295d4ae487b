import type { INode } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { createCallRailError } from '../../nodes/kernel/errors';
import { DEFAULT_RETRY_POLICY, retryPolicyFor, withRetries } from '../../nodes/kernel/retry';

// The waits are recorded instead of slept, so every branch runs in milliseconds.
jest.mock('n8n-workflow', () => ({ ...jest.requireActual('n8n-workflow'), sleep: jest.fn(async () => {}) }));
const waits = () => (sleep as jest.Mock).mock.calls.map(([ms]) => ms as number);

const node: INode = { id: '1', name: 'CallRail', type: 'n8n-nodes-callrail.callRail', typeVersion: 1, position: [0, 0], parameters: {} };

/** A CallRail answer as the node's error path builds it. */
const answer = (status: number, headers: Record<string, string> = {}) =>
	createCallRailError(node, status, { error: `status ${status}` }, { method: 'GET' }, headers);

/** A fake request that fails with each of `failures` in turn, then returns 'ok'; counts its calls. */
function requester(...failures: unknown[]) {
	const fake = { calls: 0, send: async () => {
		const failure = failures[fake.calls++];
		if (failure !== undefined) throw failure;
		return 'ok';
	} };
	return fake;
}

beforeEach(() => (sleep as jest.Mock).mockClear());

describe('retryPolicyFor', () => {
	it('repeats a 5xx only for a GET, and waits out a 429 for every method', () => {
		expect(retryPolicyFor('GET')).toEqual(DEFAULT_RETRY_POLICY);
		expect(retryPolicyFor('get').serverErrorRetries).toBe(2);
		for (const method of ['POST', 'PUT', 'DELETE', 'patch']) {
			expect(retryPolicyFor(method)).toEqual({ maxRateLimitWaitSeconds: 60, serverErrorRetries: 0 });
		}
		expect(retryPolicyFor('POST', 5).maxRateLimitWaitSeconds).toBe(5);
	});
});

describe('withRetries', () => {
	it('returns the first answer without waiting', async () => {
		const fake = requester();
		await expect(withRetries(node, fake.send)).resolves.toBe('ok');
		expect(fake.calls).toBe(1);
		expect(waits()).toEqual([]);
	});

	it('a 429 with Retry-After waits that long and repeats, for a write too', async () => {
		const fake = requester(answer(429, { 'retry-after': '7' }));
		await expect(withRetries(node, fake.send, retryPolicyFor('POST'))).resolves.toBe('ok');
		expect(fake.calls).toBe(2);
		expect(waits()).toEqual([7000]);
	});

	it('a 429 without Retry-After backs off 1, 2, 4 s', async () => {
		const fake = requester(answer(429), answer(429), answer(429));
		await expect(withRetries(node, fake.send, retryPolicyFor('DELETE'))).resolves.toBe('ok');
		expect(fake.calls).toBe(4);
		expect(waits()).toEqual([1000, 2000, 4000]);
	});

	it('a Retry-After of 0 repeats at once', async () => {
		const fake = requester(answer(429, { 'retry-after': '0' }));
		await expect(withRetries(node, fake.send)).resolves.toBe('ok');
		expect(waits()).toEqual([0]);
	});

	it('gives up when the next wait would pass Max Wait, saying how long it waited, with the rate-limit hint', async () => {
		const limited = () => answer(429, { 'retry-after': '30' });
		const fake = requester(limited(), limited(), limited(), limited());
		const failure = withRetries(node, fake.send, { maxRateLimitWaitSeconds: 60, serverErrorRetries: 2 });
		await expect(failure).rejects.toThrow("CallRail's rate limit is still in force after waiting 60 s");
		await expect(failure).rejects.toHaveProperty('description', expect.stringMatching(/1,000 requests an hour/));
		expect(fake.calls).toBe(3);
		expect(waits()).toEqual([30000, 30000]);
	});

	it('a Max Wait of 0 gives up on the first 429 without waiting', async () => {
		const fake = requester(answer(429, { 'retry-after': '1' }));
		await expect(withRetries(node, fake.send, retryPolicyFor('GET', 0))).rejects.toThrow(/after waiting 0 s/);
		expect(fake.calls).toBe(1);
		expect(waits()).toEqual([]);
	});

	it('a 5xx on a GET is repeated twice (1 s, then 2 s), then fails', async () => {
		const succeeds = requester(answer(503), answer(500));
		await expect(withRetries(node, succeeds.send, retryPolicyFor('GET'))).resolves.toBe('ok');
		expect(waits()).toEqual([1000, 2000]);

		const fails = requester(answer(503), answer(503), answer(502));
		await expect(withRetries(node, fails.send, retryPolicyFor('GET'))).rejects.toHaveProperty('httpCode', '502');
		expect(fails.calls).toBe(3);
	});

	it.each(['POST', 'PUT', 'DELETE'])('a 5xx on a %s is never repeated', async (method) => {
		const fake = requester(answer(500));
		await expect(withRetries(node, fake.send, retryPolicyFor(method))).rejects.toHaveProperty('httpCode', '500');
		expect(fake.calls).toBe(1);
		expect(waits()).toEqual([]);
	});

	it('a 5xx and a 429 keep separate budgets', async () => {
		const fake = requester(answer(503), answer(429, { 'retry-after': '3' }), answer(503));
		await expect(withRetries(node, fake.send, retryPolicyFor('GET'))).resolves.toBe('ok');
		expect(waits()).toEqual([1000, 3000, 2000]);
	});

	it('other statuses and errors are not repeated; a plain error becomes a NodeOperationError', async () => {
		const notFound = requester(answer(404));
		await expect(withRetries(node, notFound.send)).rejects.toBeInstanceOf(NodeApiError);
		expect(notFound.calls).toBe(1);

		const broken = requester(new Error('socket hang up'));
		const failure = withRetries(node, broken.send);
		await expect(failure).rejects.toBeInstanceOf(NodeOperationError);
		await expect(failure).rejects.toThrow('socket hang up');
		expect(broken.calls).toBe(1);
		expect(waits()).toEqual([]);
	});
});
