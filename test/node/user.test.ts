import type { IDataObject } from 'n8n-workflow';

import { byId, useSandbox } from '../harness/sandbox';

describe('CallRail node: User resource', () => {
	const env = useSandbox();
	const ids = () => env.primary();
	const { accountPath } = env;

	const run = async (parameters: IDataObject) =>
		await env.run({ resource: 'user', ...parameters });

	let counter = 0;
	const createUser = async (extra: IDataObject = {}) => {
		counter++;
		const result = await run({
			operation: 'create',
			firstName: 'Test',
			lastName: `User ${counter}`,
			email: `test.user.${counter}.${Date.now()}@example.com`,
			role: 'manager',
			companies: [ids().company],
			...extra,
		});
		return result;
	};

	it('Get sends the user path and returns the user', async () => {
		const result = await run({ operation: 'get', userId: byId(ids().user) });
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('GET');
		expect(requests[0].path).toBe(accountPath(`users/${ids().user}.json`));
		expect(requests[0].query).toEqual({});
		expect(result.json).toHaveLength(1);
		expect(result.json[0].id).toBe(ids().user);
		expect(result.json[0].email).toEqual(expect.any(String));
	});

	it('Get Many sends the company, search and sort, and Limit caps the items', async () => {
		const result = await run({
			operation: 'getMany',
			returnAll: false,
			limit: 3,
			filters: { companyId: byId(ids().company), search: 'a' },
			sort: { sortBy: 'created_at', order: 'desc' },
		});
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.method).toBe('GET');
		expect(request.path).toBe(accountPath('users.json'));
		expect(request.query).toEqual({
			company_id: ids().company,
			search: 'a',
			sort: 'created_at',
			order: 'desc',
			per_page: '3',
			page: '1',
		});
		expect(result.json.length).toBeLessThanOrEqual(3);
	});

	it('Get Many with Return All includes the seeded user', async () => {
		const result = await run({ operation: 'getMany', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(env.requests()[0].query).toEqual({ per_page: '250', page: '1' });
		expect(result.json.map((u) => u.id)).toContain(ids().user);
	});

	it('Create sends the user with role and companies and returns the new user', async () => {
		const email = `new.manager.${Date.now()}@example.com`;
		const result = await run({
			operation: 'create',
			firstName: 'Ada',
			lastName: 'Lovelace',
			email,
			role: 'manager',
			companies: [ids().company],
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('POST');
		expect(requests[0].path).toBe(accountPath('users.json'));
		expect(requests[0].body).toEqual({
			first_name: 'Ada',
			last_name: 'Lovelace',
			email,
			role: 'manager',
			companies: [ids().company],
		});
		expect(requests[0].status).toBeLessThan(300);
		expect(String(result.json[0].id)).toMatch(/^USR/);
		expect(result.json[0].email).toBe(email);
		expect(result.json[0].role).toBe('manager');
	});

	it('Create of an admin sends no companies', async () => {
		const email = `new.admin.${Date.now()}@example.com`;
		const result = await run({ operation: 'create', firstName: 'Grace', lastName: 'Hopper', email, role: 'admin', companies: [ids().company] });
		expect(result.error).toBeUndefined();
		expect(env.requests()[0].body).toEqual({ first_name: 'Grace', last_name: 'Hopper', email, role: 'admin' });
		expect(result.json[0].role).toBe('admin');
	});

	it('Create of a reporting user without companies is refused without a request', async () => {
		const result = await run({
			operation: 'create',
			firstName: 'No',
			lastName: 'Company',
			email: 'no.company@example.com',
			role: 'reporting',
			companies: [],
		});
		expect(result.error?.message).toMatch(/at least one company/);
		expect(env.requests()).toHaveLength(0);
	});

	it("Update changes the key's own name and sends only the fields given", async () => {
		const result = await run({
			operation: 'update',
			userId: byId(ids().self),
			updateFields: { firstName: 'Changed', lastName: 'Name' },
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('PUT');
		expect(requests[0].path).toBe(accountPath(`users/${ids().self}.json`));
		expect(requests[0].body).toEqual({ first_name: 'Changed', last_name: 'Name' });
		expect(result.json[0].id).toBe(ids().self);
		expect(result.json[0].name).toBe('Changed Name');
	});

	it('Update replaces the companies of a manager', async () => {
		const result = await run({
			operation: 'update',
			userId: byId(ids().user),
			updateFields: { companies: [ids().company] },
		});
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.method).toBe('PUT');
		expect(request.path).toBe(accountPath(`users/${ids().user}.json`));
		expect(request.body).toEqual({ companies: [ids().company] });
		expect(result.json[0].companies).toEqual([expect.objectContaining({ id: ids().company })]);
	});

	it('Update of the email sends the current password', async () => {
		const result = await run({
			operation: 'update',
			userId: byId(ids().self),
			updateFields: { email: 'me@example.com', currentPassword: 'secret-password' },
		});
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.method).toBe('PUT');
		expect(request.body).toEqual({ email: 'me@example.com', current_password: 'secret-password' });
		expect(result.json[0].email).toBe('me@example.com');
	});

	it("Update of another user's name fails with CallRail's message and the permission hint", async () => {
		const result = await run({ operation: 'update', userId: byId(ids().user), updateFields: { firstName: 'Nope' } });
		expect(env.requests()[0].status).toBe(403);
		expect(result.error?.message).toMatch(/only change your own name/);
		expect(result.error?.description).toMatch(/admin key/);
	});

	it('Update refuses a malformed company ID without a request', async () => {
		const result = await run({ operation: 'update', userId: byId(ids().user), updateFields: { companies: ['USR1a'] } });
		expect(result.error?.message).toMatch(/not a valid company ID/);
		expect(env.requests()).toHaveLength(0);
	});

	it('Delete sends DELETE and returns the deleted user ID', async () => {
		const created = await createUser();
		const userId = String(created.json[0].id);
		env.sandbox.clearRequests();
		const result = await run({ operation: 'delete', userId: byId(userId) });
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('DELETE');
		expect(requests[0].path).toBe(accountPath(`users/${userId}.json`));
		expect(requests[0].status).toBe(204);
		expect(result.json).toEqual([{ deleted: true, id: userId }]);
	});

	it('Simplified (the default) keeps each user\'s companies, the point of the record, and drops first and last names', async () => {
		const result = await run({ operation: 'getMany', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.json.length).toBeGreaterThan(0);
		for (const user of result.json) {
			expect(user).toHaveProperty('companies');
			expect(user.first_name).toBeUndefined();
		}
	});
});
