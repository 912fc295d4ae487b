import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../harness/n8n';
import { byId, useSandbox } from '../harness/sandbox';

describe('CallRail node: Account and Company resources', () => {
	const env = useSandbox();
	const account = () => env.sandbox.ids.accounts[0];
	const companies = () => env.sandbox.ids.companies[account()];
	const { accountPath } = env;
	const stored = (id: unknown) => (env.sandbox.store.companies as IDataObject[]).find((c) => c.id === id)!;

	const run = async (parameters: IDataObject, key: 'agencyAdmin' | 'singleAccount' = 'agencyAdmin') =>
		await env.run(parameters, { key });

	describe('Account', () => {
		it('Get sends the account path with fields=numeric_id and returns the account', async () => {
			const result = await run({ resource: 'account', operation: 'get', options: { includeNumericId: true } });
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('GET');
			expect(requests[0].path).toBe(`/v3/a/${account()}.json`);
			expect(requests[0].query).toEqual({ fields: 'numeric_id' });
			expect(result.json).toHaveLength(1);
			expect(result.json[0]).toMatchObject({ id: account(), name: 'Peachtree Dental Group', numeric_id: expect.any(Number) });
		});

		it('Get without options sends no fields and returns no numeric_id', async () => {
			const result = await run({ resource: 'account', operation: 'get' });
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].query).toEqual({});
			expect(result.json[0].numeric_id).toBeUndefined();
		});

		it('Get Many lists every account the agency key sees, sorted, with numeric IDs', async () => {
			const result = await runNode(
				{
					resource: 'account',
					operation: 'getMany',
					returnAll: true,
					options: { includeNumericId: true },
					sort: { sortBy: 'name', order: 'asc' },
				},
				{ credentials: env.apiKey() },
			);
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('GET');
			expect(requests[0].path).toBe('/v3/a.json');
			expect(requests[0].query).toEqual({ fields: 'numeric_id', sort: 'name', order: 'asc', per_page: '250', page: '1' });
			expect(result.json.map((a) => a.name)).toEqual(['Harbor Legal Partners', 'Peachtree Dental Group', 'Summit Home Services']);
			expect(result.json.map((a) => a.id).sort()).toEqual([...env.sandbox.ids.accounts].sort());
			for (const a of result.json) expect(typeof a.numeric_id).toBe('number');
		});

		it('Get Many with the single-account key and a Limit returns that one account', async () => {
			const result = await runNode(
				{ resource: 'account', operation: 'getMany', returnAll: false, limit: 5 },
				{ credentials: env.apiKey('singleAccount') },
			);
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].query).toEqual({ per_page: '5', page: '1' });
			expect(result.json).toEqual([expect.objectContaining({ id: env.sandbox.ids.singleAccount })]);
		});

		it('Simplified (the default) keeps numeric_id when Include Numeric ID asks for it, and only the short form besides', async () => {
			const result = await run({ resource: 'account', operation: 'getMany', returnAll: true, options: { includeNumericId: true } });
			expect(result.error).toBeUndefined();
			for (const a of result.json) {
				expect(typeof a.numeric_id).toBe('number');
				expect(Object.keys(a).every((k) => ['id', 'name', 'hipaa_account', 'outbound_recording_enabled', 'numeric_id'].includes(k))).toBe(true);
			}
		});

		it('Get Many filters HIPAA accounts', async () => {
			const result = await runNode(
				{ resource: 'account', operation: 'getMany', returnAll: true, filters: { hipaaAccount: true } },
				{ credentials: env.apiKey() },
			);
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].query).toEqual({ hipaa_account: 'true', per_page: '250', page: '1' });
			expect(result.json).toEqual([expect.objectContaining({ name: 'Harbor Legal Partners', hipaa_account: true })]);
		});
	});

	describe('Company', () => {
		const createCompany = async (name: string) => {
			const result = await run({ resource: 'company', operation: 'create', name });
			expect(result.error).toBeUndefined();
			env.sandbox.clearRequests();
			return String(result.json[0].id);
		};

		it('Create sends the name and time zone and returns the new company', async () => {
			const result = await run({
				resource: 'company',
				operation: 'create',
				name: 'Peachtree Eastside',
				additionalFields: { timeZone: 'America/Chicago' },
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('POST');
			expect(requests[0].path).toBe(accountPath('companies.json'));
			expect(requests[0].body).toEqual({ name: 'Peachtree Eastside', time_zone: 'America/Chicago' });
			expect(requests[0].status).toBe(201);
			expect(result.json).toEqual([
				expect.objectContaining({ name: 'Peachtree Eastside', time_zone: 'America/Chicago', status: 'active' }),
			]);
			expect(String(result.json[0].id)).toMatch(/^COM[0-9a-f]{32}$/);
		});

		it('Get sends the company path and the optional fields', async () => {
			const result = await run({
				resource: 'company',
				operation: 'get',
				companyId: byId(companies()[0]),
				fields: ['verified_caller_ids'],
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('GET');
			expect(requests[0].path).toBe(accountPath(`companies/${companies()[0]}.json`));
			expect(requests[0].query).toEqual({ fields: 'verified_caller_ids' });
			expect(result.json).toEqual([expect.objectContaining({ id: companies()[0], verified_caller_ids: expect.any(Array) })]);
		});

		it('Simplified (the default) keeps verified_caller_ids asked for in Include Fields, and drops fields not kept', async () => {
			const result = await run({ resource: 'company', operation: 'getMany', returnAll: true, options: { fields: ['verified_caller_ids'] } });
			expect(result.error).toBeUndefined();
			expect(result.json.length).toBeGreaterThan(0);
			for (const company of result.json) {
				expect(company.verified_caller_ids).toEqual(expect.any(Array));
				expect(Object.keys(company).every((k) => ['id', 'name', 'status', 'time_zone', 'created_at', 'verified_caller_ids'].includes(k))).toBe(true);
			}
		});

		it('Get Many sends the filters and options and returns the matching companies', async () => {
			const result = await run({
				resource: 'company',
				operation: 'getMany',
				returnAll: false,
				limit: 10,
				filters: { search: 'Peachtree', status: 'active' },
				options: { fields: ['verified_caller_ids'] },
				sort: { sortBy: 'name', order: 'desc' },
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('GET');
			expect(requests[0].path).toBe(accountPath('companies.json'));
			expect(requests[0].query).toEqual({
				search: 'Peachtree',
				status: 'active',
				fields: 'verified_caller_ids',
				sort: 'name',
				order: 'desc',
				per_page: '10',
				page: '1',
			});
			const names = result.json.map((c) => String(c.name));
			expect(names.length).toBeGreaterThanOrEqual(3);
			expect(names).toEqual([...names].sort().reverse());
			for (const company of result.json) {
				expect(company.name).toMatch(/Peachtree/);
				expect(company.status).toBe('active');
				expect(company.verified_caller_ids).toEqual(expect.any(Array));
			}
		});

		it('Update sends only the fields given, an empty landing override as null', async () => {
			const id = await createCompany('Update target');
			const result = await run({
				resource: 'company',
				operation: 'update',
				companyId: byId(id),
				updateFields: {
					callscoreEnabled: true,
					callscribeEnabled: false,
					externalFormCapture: true,
					name: 'Updated name',
					swapCookieDuration: 2,
					swapCookieDurationUnit: 'weeks',
					swapLandingOverride: '',
					swapPpcOverride: true,
					timeZone: 'America/Denver',
				},
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('PUT');
			expect(requests[0].path).toBe(accountPath(`companies/${id}.json`));
			expect(requests[0].body).toEqual({
				callscore_enabled: true,
				callscribe_enabled: false,
				external_form_capture: true,
				name: 'Updated name',
				swap_cookie_duration: 2,
				swap_cookie_duration_unit: 'weeks',
				swap_landing_override: null,
				swap_ppc_override: true,
				time_zone: 'America/Denver',
			});
			expect(result.json).toEqual([
				expect.objectContaining({ id, name: 'Updated name', swap_cookie_duration: 2, swap_cookie_duration_unit: 'weeks', time_zone: 'America/Denver' }),
			]);
			expect(stored(id).external_form_capture).toBe(true);
			// form_capture is "whether the company has the external form capture feature enabled" (reference).
			expect(result.json[0].form_capture).toBe(true);
		});

		it('Update without fields is refused without a request', async () => {
			const result = await run({ resource: 'company', operation: 'update', companyId: byId(companies()[0]), updateFields: {} });
			expect(result.error?.message).toMatch(/Add at least one field to update/);
			expect(env.requests()).toHaveLength(0);
		});

		it('Disable sends DELETE and returns the disabled company ID', async () => {
			const id = await createCompany('Disable me');
			const result = await run({ resource: 'company', operation: 'delete', companyId: byId(id) });
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('DELETE');
			expect(requests[0].path).toBe(accountPath(`companies/${id}.json`));
			expect(requests[0].status).toBe(204);
			expect(result.json).toEqual([{ disabled: true, id }]);
			expect(stored(id).status).toBe('disabled');
		});

		it('Bulk Update sends the chosen company IDs and the form capture setting', async () => {
			const [first, second] = companies();
			const result = await run({
				resource: 'company',
				operation: 'bulkUpdate',
				companyScope: 'chosen',
				companyIds: [first, ` ${second} `],
				externalFormCapture: true,
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('POST');
			expect(requests[0].path).toBe(accountPath('companies/bulk_update.json'));
			expect(requests[0].body).toEqual({ company_ids: [first, second], external_form_capture: true });
			expect(result.json).toEqual([{ updated_records: 2 }]);
			expect(stored(first).external_form_capture).toBe(true);
			expect(stored(second).external_form_capture).toBe(true);
		});

		it('Bulk Update of all companies sends ["all"]', async () => {
			const result = await run({ resource: 'company', operation: 'bulkUpdate', companyScope: 'all', externalFormCapture: false });
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.body).toEqual({ company_ids: ['all'], external_form_capture: false });
			const count = (env.sandbox.store.companies as IDataObject[]).filter((c) => c.account_id === account()).length;
			expect(result.json).toEqual([{ updated_records: count }]);
			expect(stored(companies()[0]).external_form_capture).toBe(false);
		});

		it('Bulk Update refuses the ID of another kind of record without a request', async () => {
			const result = await run({ resource: 'company', operation: 'bulkUpdate', companyIds: ['CAL42ab'], externalFormCapture: true });
			expect(result.error?.message).toMatch(/"CAL42ab" is not a valid company ID/);
			expect(result.error?.description).toMatch(/CAL… is the ID of a call/);
			expect(env.requests()).toHaveLength(0);
		});
	});
});
