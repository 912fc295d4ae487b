import type { IDataObject } from 'n8n-workflow';

import { byId, useSandbox } from '../harness/sandbox';

describe('CallRail node: Tag resource', () => {
	const env = useSandbox();
	const account = () => env.sandbox.ids.accounts[0];
	const company = () => env.sandbox.ids.companies[account()][0];
	const { accountPath } = env;
	const storedTag = (id: unknown) => (env.sandbox.store.tags as IDataObject[]).find((t) => t.id === Number(id));

	const run = async (parameters: IDataObject, key: 'agencyAdmin' | 'manager' = 'agencyAdmin') =>
		await env.run({ resource: 'tag', ...parameters }, { key });

	const createTag = async (name: string) => {
		const result = await run({ operation: 'create', name, tagLevel: 'company', companyId: byId(company()) });
		expect(result.error).toBeUndefined();
		env.sandbox.clearRequests();
		return String(result.json[0].id);
	};

	it('Create sends the name, the company and the colour, and returns the new tag', async () => {
		const result = await run({
			operation: 'create',
			name: 'Returning patient',
			tagLevel: 'company',
			companyId: byId(company()),
			additionalFields: { color: 'purple2' },
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('POST');
		expect(requests[0].path).toBe(accountPath('tags.json'));
		expect(requests[0].body).toEqual({ name: 'Returning patient', tag_level: 'company', company_id: company(), color: 'purple2' });
		expect(requests[0].status).toBe(201);
		expect(result.json).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ name: 'Returning patient', tag_level: 'company', company_id: company(), color: 'purple2' });
		expect(typeof result.json[0].id).toBe('number');
	});

	it('Create of an account-level tag sends no company', async () => {
		const result = await run({ operation: 'create', name: 'Agency-wide', tagLevel: 'account', companyId: byId(company()) });
		expect(result.error).toBeUndefined();
		const [request] = env.requests();
		expect(request.body).toEqual({ name: 'Agency-wide', tag_level: 'account' });
		expect(result.json[0]).toMatchObject({ name: 'Agency-wide', tag_level: 'account', company_id: null });
	});

	it('Create of an account-level tag with a manager key fails with the permission hint', async () => {
		const result = await run({ operation: 'create', name: 'Nope', tagLevel: 'account' }, 'manager');
		expect(result.error?.message).toMatch(/CallRail error 403/);
		expect(result.error?.description).toMatch(/Account-level tags and deleting tags need an admin key/);
		expect(env.requests()).toHaveLength(1);
	});

	it('Get Many sends the filters and the sort, and Limit caps the items', async () => {
		const result = await run({
			operation: 'getMany',
			returnAll: false,
			limit: 2,
			filters: { companyId: byId(company()), status: 'enabled' },
			sort: { sortBy: 'name', order: 'desc' },
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('GET');
		expect(requests[0].path).toBe(accountPath('tags.json'));
		expect(requests[0].query).toEqual({
			company_id: company(),
			status: 'enabled',
			sort: 'name',
			order: 'desc',
			per_page: '2',
			page: '1',
		});
		expect(result.json).toHaveLength(2);
		const names = result.json.map((t) => String(t.name));
		expect(names).toEqual([...names].sort().reverse());
	});

	it('Get Many with Return All and Level returns only the account-level tags', async () => {
		const result = await run({ operation: 'getMany', returnAll: true, filters: { tagLevel: 'account' } });
		expect(result.error).toBeUndefined();
		expect(env.requests()[0].query).toEqual({ tag_level: 'account', per_page: '250', page: '1' });
		expect(result.json.length).toBeGreaterThanOrEqual(3);
		for (const tag of result.json) expect(tag.tag_level).toBe('account');
		expect(result.json.map((t) => t.name)).toEqual(expect.arrayContaining(['Lead', 'Customer', 'Do Not Call']));
	});

	it('Update sends only the fields given and returns the changed tag', async () => {
		const id = await createTag('Rename me');
		const result = await run({
			operation: 'update',
			tagId: byId(id),
			updateFields: { name: 'Renamed', color: 'green3', disabled: true },
		});
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('PUT');
		expect(requests[0].path).toBe(accountPath(`tags/${id}.json`));
		expect(requests[0].body).toEqual({ name: 'Renamed', color: 'green3', disabled: true });
		expect(result.json).toEqual([expect.objectContaining({ id: Number(id), name: 'Renamed', color: 'green3', status: 'disabled' })]);
		expect(storedTag(id)?.status).toBe('disabled');
	});

	it('Update without fields is refused without a request', async () => {
		const id = await createTag('Untouched');
		const result = await run({ operation: 'update', tagId: byId(id), updateFields: {} });
		expect(result.error?.message).toMatch(/Add at least one field to update/);
		expect(env.requests()).toHaveLength(0);
	});

	it('Delete sends DELETE and returns the deleted tag ID', async () => {
		const id = await createTag('Delete me');
		const result = await run({ operation: 'delete', tagId: byId(id) });
		expect(result.error).toBeUndefined();
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('DELETE');
		expect(requests[0].path).toBe(accountPath(`tags/${id}.json`));
		expect(requests[0].status).toBe(204);
		expect(result.json).toEqual([{ deleted: true, id }]);
		expect(storedTag(id)).toBeUndefined();
	});

	it('Delete refuses a tag ID from an expression that contains a space without a request', async () => {
		const result = await run({ operation: 'delete', tagId: byId('={{ "12 3" }}') });
		expect(result.error?.message).toMatch(/"12 3" is not a valid tag ID/);
		expect(env.requests()).toHaveLength(0);
	});
});
