import type { IDataObject } from 'n8n-workflow';

import { listSearch } from '../harness/n8n';
import { byId, useSandbox } from '../harness/sandbox';

describe('CallRail node: list searches', () => {
	const env = useSandbox();
	const account = () => env.sandbox.ids.accounts[0];
	const companies = () => env.sandbox.ids.companies[account()];
	const { accountPath } = env;
	const parameters = (extra: IDataObject = {}) => ({ resource: 'call', accountId: byId(account()), ...extra });

	describe('searchAccounts', () => {
		it('lists every account the agency key sees, from /v3/a.json', async () => {
			const result = await listSearch('searchAccounts', { resource: 'call' }, env.apiKey());
			const [request] = env.requests();
			expect(request.method).toBe('GET');
			expect(request.path).toBe('/v3/a.json');
			expect(request.query).toEqual({ page: '1', per_page: '100' });
			expect(result.results.map((r) => r.name).sort()).toEqual([
				'Harbor Legal Partners',
				'Peachtree Dental Group',
				'Summit Home Services',
			]);
			expect(result.results.map((r) => r.value).sort()).toEqual([...env.sandbox.ids.accounts].sort());
			expect(result.paginationToken).toBeUndefined();
		});

		it('lists only its own account for the single-account key', async () => {
			const result = await listSearch('searchAccounts', { resource: 'call' }, env.apiKey('singleAccount'));
			expect(result.results).toEqual([{ name: 'Peachtree Dental Group', value: env.sandbox.ids.singleAccount }]);
		});

		it('filters the accounts locally, without a search parameter', async () => {
			const result = await listSearch('searchAccounts', { resource: 'call' }, env.apiKey(), 'summit');
			expect(env.requests()[0].query).toEqual({ page: '1', per_page: '100' });
			expect(result.results.map((r) => r.name)).toEqual(['Summit Home Services']);
		});
	});

	describe('searchCompanies', () => {
		it('sends the filter as search= and sorts by name', async () => {
			const result = await listSearch('searchCompanies', parameters(), env.apiKey(), 'Uptown');
			const [request] = env.requests();
			expect(request.method).toBe('GET');
			expect(request.path).toBe(accountPath('companies.json'));
			expect(request.query).toEqual({ page: '1', per_page: '100', sort: 'name', search: 'Uptown' });
			expect(result.results).toEqual([{ name: 'Peachtree Uptown', value: companies()[1] }]);
		});

		it('lists every company of the account without a filter', async () => {
			const result = await listSearch('searchCompanies', parameters(), env.apiKey());
			expect(env.requests()[0].query).toEqual({ page: '1', per_page: '100', sort: 'name' });
			expect(result.results.map((r) => r.value).sort()).toEqual([...companies()].sort());
		});

		it('asks for the page named by the pagination token', async () => {
			const result = await listSearch('searchCompanies', parameters(), env.apiKey(), undefined, '2');
			expect(env.requests()[0].query).toEqual({ page: '2', per_page: '100', sort: 'name' });
			expect(result.results).toEqual([]);
			expect(result.paginationToken).toBeUndefined();
		});

		it('needs an account first', async () => {
			await expect(listSearch('searchCompanies', { resource: 'call' }, env.apiKey())).rejects.toThrow(/Choose an account first/);
			expect(env.requests()).toHaveLength(0);
		});
	});

	describe('searchTrackers', () => {
		it('lists only the trackers of the company chosen in the Filters (Call → Get Many)', async () => {
			const company = companies()[1];
			const result = await listSearch(
				'searchTrackers',
				parameters({ operation: 'getMany', filters: { companyId: byId(company) } }),
				env.apiKey(),
			);
			const [request] = env.requests();
			expect(request.method).toBe('GET');
			expect(request.path).toBe(accountPath('trackers.json'));
			expect(request.query).toEqual({ page: '1', per_page: '100', sort: 'name', company_id: company });
			expect(result.results.map((r) => r.value).sort()).toEqual([...env.sandbox.ids.trackers[company]].sort());
			for (const tracker of result.results) expect(tracker.name).toMatch(/\(\+1\d{10}( \+\d+)?\)$/);
		});

		it('sends the filter as search= and lists every company\'s trackers when no company is chosen', async () => {
			const result = await listSearch('searchTrackers', { resource: 'tracker', operation: 'get', accountId: byId(account()) }, env.apiKey(), 'Google');
			expect(env.requests()[0].query).toEqual({ page: '1', per_page: '100', sort: 'name', search: 'Google' });
			expect(result.results.length).toBeGreaterThan(0);
			for (const tracker of result.results) expect(tracker.name).toMatch(/Google/);
		});
	});

	describe('searchUsers', () => {
		it('sends the filter as search= and shows name and email', async () => {
			const user = (env.sandbox.store.users as IDataObject[]).find((u) => u.id === env.sandbox.ids.users[account()][1])!;
			const result = await listSearch('searchUsers', parameters({ operation: 'create' }), env.apiKey(), String(user.last_name));
			const [request] = env.requests();
			expect(request.path).toBe(accountPath('users.json'));
			expect(request.query).toEqual({ page: '1', per_page: '100', search: String(user.last_name) });
			expect(result.results).toContainEqual({ name: `${String(user.name)} <${String(user.email)}>`, value: user.id });
		});
	});

	describe('searchTags', () => {
		it('filters the tags locally and marks account-level tags', async () => {
			const company = companies()[0];
			const result = await listSearch(
				'searchTags',
				{ resource: 'tag', operation: 'getMany', accountId: byId(account()), filters: { companyId: byId(company) } },
				env.apiKey(),
				'lead',
			);
			const [request] = env.requests();
			expect(request.path).toBe(accountPath('tags.json'));
			expect(request.query).toEqual({ page: '1', per_page: '100', sort: 'name', company_id: company });
			expect(result.results.length).toBeGreaterThan(0);
			for (const tag of result.results) expect(tag.name.toLowerCase()).toContain('lead');
			expect(result.results).toContainEqual({ name: 'Lead (all companies)', value: expect.stringMatching(/^\d+$/) });
		});

		it('hands out a pagination token while more pages remain', async () => {
			const tags = env.sandbox.store.tags as IDataObject[];
			for (let n = 0; n < 120; n++) {
				tags.push({
					id: 50000 + n, name: `Bulk ${String(n).padStart(3, '0')}`, tag_level: 'account', color: 'gray1',
					background_color: 'gray1', company_id: null, account_id: account(), status: 'enabled',
					created_at: '2026-01-01T00:00:00.000-05:00',
				});
			}
			const tagParameters = { resource: 'tag', operation: 'delete', accountId: byId(account()) };
			const first = await listSearch('searchTags', tagParameters, env.apiKey());
			expect(first.results).toHaveLength(100);
			expect(first.paginationToken).toBe('2');
			const second = await listSearch('searchTags', tagParameters, env.apiKey(), undefined, first.paginationToken);
			expect(env.requests().map((r) => r.query)).toEqual([
				{ page: '1', per_page: '100', sort: 'name' },
				{ page: '2', per_page: '100', sort: 'name' },
			]);
			expect(second.paginationToken).toBeUndefined();
			const names = [...first.results, ...second.results].map((r) => r.name);
			expect(names.filter((name) => name.startsWith('Bulk '))).toHaveLength(120);
		});
	});

	describe('record locators of the per-company lists (integrations, integration filters, caller IDs)', () => {
		const store = () => env.sandbox.store as unknown as Record<string, IDataObject[]>;
		const company = () => companies()[0];

		it('lists the integrations of the chosen company', async () => {
			const result = await listSearch(
				'searchIntegrations',
				{ resource: 'integration', operation: 'get', accountId: byId(account()), companyId: byId(company()) },
				env.apiKey(),
			);
			const [request] = env.requests();
			expect(request.path).toBe(accountPath('integrations.json'));
			expect(request.query).toEqual({ page: '1', per_page: '100', company_id: company() });
			const seeded = store().integrations.filter((i) => i.company_id === company());
			expect(result.results).toEqual(seeded.map((i) => ({ name: String(i.type), value: String(i.id) })));
		});

		it.each([
			['searchIntegrations', 'integration', /Choose a company first: CallRail lists integrations one company at a time/],
			['searchIntegrationFilters', 'integrationFilter', /Choose a company first: CallRail lists integration filters/],
			['searchOutboundCallerIds', 'outboundCallerId', /Choose a company first: CallRail lists caller IDs/],
		])('%s says a company is needed, without a request, when none is chosen', async (method, resource, message) => {
			await expect(listSearch(method, { resource, operation: 'get', accountId: byId(account()) }, env.apiKey())).rejects.toThrow(message);
			expect(env.requests()).toHaveLength(0);
		});

		it("lists the company's integration filters, the default one named as such", async () => {
			const result = await listSearch(
				'searchIntegrationFilters',
				{ resource: 'integrationFilter', operation: 'delete', accountId: byId(account()), companyId: byId(company()) },
				env.apiKey(),
			);
			expect(env.requests()[0].path).toBe(accountPath('integration_triggers.json'));
			expect(env.requests()[0].query).toEqual({ page: '1', per_page: '100', company_id: company() });
			const seeded = store().integrationTriggers.filter((t) => t.company_id === company());
			expect(result.results.map((r) => r.value).sort()).toEqual(seeded.map((t) => String(t.id)).sort());
			expect(result.results.map((r) => r.name)).toContain('Company Default Filter');
			expect(result.results.map((r) => r.name)).toContain(`Filter of Webhooks Integration ${String(store().integrations[0].id)}`);
		});

		it('lists the caller IDs of the chosen company with their number, marking those not verified', async () => {
			const result = await listSearch(
				'searchOutboundCallerIds',
				{ resource: 'outboundCallerId', operation: 'get', accountId: byId(account()), companyId: byId(company()) },
				env.apiKey(),
				'front',
			);
			expect(env.requests()[0].query).toEqual({ page: '1', per_page: '100', company_id: company() });
			const seeded = store().callerIds.filter((c) => c.company_id === company());
			expect(result.results).toEqual(
				seeded.map((c) => ({
					name: `${String(c.name)} (${String(c.phone_number)}${c.verified ? '' : ', not verified'})`,
					value: String(c.id),
				})),
			);
		});
	});

	describe('record locators of the account-wide lists (notifications, summary emails, message flows)', () => {
		const store = () => env.sandbox.store as unknown as Record<string, IDataObject[]>;
		const primary = (records: IDataObject[]) => records.filter((r) => r.account_id === account());

		it('lists the notifications by name and filters them locally', async () => {
			const first = primary(store().notifications)[0];
			const result = await listSearch('searchNotifications', parameters({ resource: 'notification', operation: 'update' }), env.apiKey(), String(first.name));
			expect(env.requests()[0].path).toBe(accountPath('notifications.json'));
			expect(env.requests()[0].query).toEqual({ page: '1', per_page: '100' });
			expect(result.results).toContainEqual({ name: String(first.name), value: String(first.id) });
			for (const r of result.results) expect(r.name).toContain(String(first.name));
		});

		it('lists the summary emails by recipient, frequency and scope', async () => {
			const result = await listSearch('searchSummaryEmails', parameters({ resource: 'summaryEmail', operation: 'get' }), env.apiKey());
			expect(env.requests()[0].path).toBe(accountPath('summary_emails'));
			const emails = primary(store().summaryEmails);
			expect(result.results.map((r) => r.value).sort()).toEqual(emails.map((e) => String(e.id)).sort());
			const weekly = emails[1];
			const user = weekly.user as IDataObject;
			const scope = weekly.scope as IDataObject;
			expect(result.results).toContainEqual({ name: `${String(user.name)}, Weekly (${String(scope.name)})`, value: String(weekly.id) });
		});

		it('lists the message flows of the chosen company, or of the whole account without one', async () => {
			const company = companies()[1];
			const ofCompany = await listSearch(
				'searchMessageFlows',
				{ resource: 'messageFlow', operation: 'get', accountId: byId(account()), filters: { companyId: byId(company) } },
				env.apiKey(),
			);
			const all = await listSearch('searchMessageFlows', parameters({ resource: 'messageFlow', operation: 'delete' }), env.apiKey());
			expect(env.requests().map((r) => r.query)).toEqual([{ page: '1', per_page: '100', company_id: company }, { page: '1', per_page: '100' }]);
			const flows = primary(store().messageFlows);
			expect(ofCompany.results).toEqual(flows.filter((f) => f.company_id === company).map((f) => ({ name: String(f.name), value: String(f.id) })));
			expect(all.results.map((r) => r.name).sort()).toEqual(flows.map((f) => String(f.name)).sort());
		});
	});
});
