/**
 * The dry mode of `npm run live-check`, so the script cannot rot: the same check, through n8n's engine and the
 * counting proxy, against the sandbox instead of a real account.
 */
import { runNode } from '../harness/n8n';
import { useSandbox } from '../harness/sandbox';
import { formatTable, getOperations, liveCheck, readOperations, SKIPPED } from './live-check';

describe('npm run live-check (dry mode, against the sandbox)', () => {
	const env = useSandbox();

	it('runs every read operation once with limit 1 within about 30 requests, and finds no fixture field missing', async () => {
		const { rows, requests } = await liveCheck({
			runNode,
			connection: { mode: 'apiKey', apiKey: env.sandbox.keys.agencyAdmin, baseUrl: env.sandbox.url },
			accountId: env.sandbox.ids.accounts[0],
		});
		expect(rows.map((r) => r.operation).sort()).toEqual(readOperations().sort());
		expect(rows.filter((r) => r.status !== 200)).toEqual([]);
		expect(rows.every((r) => r.requests === 1)).toBe(true);
		expect(requests).toBe(rows.length);
		expect(requests).toBeLessThanOrEqual(34);
		expect(rows.filter((r) => r.missing.length)).toEqual([]);
		// Only reads reached the API, each asking for one record where it pages.
		const sent = env.requests();
		expect(sent.every((r) => r.method === 'GET')).toBe(true);
		expect(sent.filter((r) => r.query.per_page !== undefined && r.query.per_page !== '1').map((r) => r.path)).toEqual([]);
		expect(formatTable(rows).split('\n')[0]).toMatch(/^Operation\s+Status\s+Requests\s+Fields the fixtures do not know\s+Fixture fields missing$/);
	});

	it('reads every GET operation of the built node or names why not', () => {
		const gets = getOperations();
		expect(gets.length).toBeGreaterThanOrEqual(34);
		expect(gets).toContain('call.getPageViews');
		expect(Object.keys(SKIPPED).filter((key) => !gets.includes(key))).toEqual([]);
		expect([...readOperations(), ...Object.keys(SKIPPED)].sort()).toEqual([...gets].sort());
		for (const reason of Object.values(SKIPPED)) expect(reason.length).toBeGreaterThan(20);
	});

	it('derives its reads from the description it is given: a new GET operation is read without editing the check', () => {
		const description = {
			properties: [
				{ name: 'operation', displayOptions: { show: { resource: ['tag'] } }, options: [
					{ value: 'getMany', routing: { request: { method: 'GET' } } },
					{ value: 'create', routing: { request: { method: 'POST' } } },
				] },
				{ name: 'operation', displayOptions: { show: { resource: ['call'] } }, options: [
					{ value: 'getPageViews', routing: { request: { method: 'GET' } } },
					{ value: 'getSomethingNew', routing: { request: { method: 'GET' } } },
				] },
			],
		} as unknown as Parameters<typeof getOperations>[0];
		expect(getOperations(description)).toEqual(['tag.getMany', 'call.getPageViews', 'call.getSomethingNew']);
		expect(readOperations(description)).toEqual(['tag.getMany', 'call.getSomethingNew']);
	});

	it('--write adds one reversible round on a tag: create, rename, delete, and leaves no tag behind', async () => {
		const before = (env.sandbox.store.tags as Array<{ id: number }>).length;
		const { rows } = await liveCheck({
			runNode,
			connection: { mode: 'apiKey', apiKey: env.sandbox.keys.agencyAdmin, baseUrl: env.sandbox.url },
			accountId: env.sandbox.ids.accounts[0],
			write: true,
		});
		expect(rows.slice(-3).map((r) => [r.operation, r.status])).toEqual([
			['tag.create (--write)', 201],
			['tag.update (--write)', 200],
			['tag.delete (--write)', 204],
		]);
		expect(env.requests().filter((r) => r.method !== 'GET').map((r) => r.method)).toEqual(['POST', 'PUT', 'DELETE']);
		expect((env.sandbox.store.tags as Array<{ id: number }>).length).toBe(before);
	});

	it('reports a field the fixtures document but the answer lacks', async () => {
		env.sandbox.faults.add({ status: 200, method: 'GET', path: /\/users\/USR/, body: { id: 'USR1', email: 'x@example.com' }, times: 1 });
		const { rows } = await liveCheck({
			runNode,
			connection: { mode: 'apiKey', apiKey: env.sandbox.keys.agencyAdmin, baseUrl: env.sandbox.url },
			accountId: env.sandbox.ids.accounts[0],
		});
		const user = rows.find((r) => r.operation === 'user.get')!;
		expect(user.missing).toEqual(expect.arrayContaining(['first_name', 'last_name', 'role', 'companies']));
	});
});
