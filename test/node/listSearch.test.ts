import type { IDataObject } from 'n8n-workflow';

import { retentionFloorDay } from '../../nodes/kernel/vocabulary';
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

	describe('record locators of calls, forms, leads and texts', () => {
		const store = () => env.sandbox.store as unknown as Record<string, IDataObject[]>;
		const primary = (records: IDataObject[]) => records.filter((r) => r.account_id === account());
		const minute = (time: unknown) => String(time).slice(0, 16).replace('T', ' ');
		const customer = (r: IDataObject) => `${String(r.customer_name)} (${String(r.customer_phone_number)})`;
		const page = { page: '1', per_page: '100' };

		it('lists calls newest first from the retention floor (not the last 7 days), by customer and time', async () => {
			const result = await listSearch('searchCalls', parameters({ operation: 'get' }), env.apiKey());
			const [request] = env.requests();
			expect(request.path).toBe(accountPath('calls.json'));
			expect(request.query).toEqual({ ...page, start_date: retentionFloorDay() });
			const calls = primary(store().calls).sort((a, b) => Date.parse(String(b.start_time)) - Date.parse(String(a.start_time)));
			expect(result.results[0]).toEqual({ name: `${customer(calls[0])}, ${minute(calls[0].start_time)}`, value: calls[0].id });
			// Names show each call's local time, so the order is checked on the instants.
			const startOf = new Map(calls.map((c) => [c.id, Date.parse(String(c.start_time))]));
			const instants = result.results.map((r) => startOf.get(r.value)!);
			expect(instants).toEqual([...instants].sort((a, b) => b - a));
			expect(result.paginationToken).toBe(calls.length > 100 ? '2' : undefined);
		});

		it("sends a call search as CallRail's search= and finds the call by its customer's name", async () => {
			const call = primary(store().calls).find((c) => c.customer_name)!;
			const result = await listSearch('searchCalls', parameters({ operation: 'update' }), env.apiKey(), String(call.customer_name));
			expect(env.requests()[0].query).toEqual({ ...page, start_date: retentionFloorDay(), search: String(call.customer_name) });
			expect(result.results).toContainEqual({ name: `${customer(call)}, ${minute(call.start_time)}`, value: call.id });
		});

		it('lists form submissions newest first by customer, form URL and time, filtered locally', async () => {
			const forms = primary(store().formSubmissions).sort((a, b) => Date.parse(String(b.submitted_at)) - Date.parse(String(a.submitted_at)));
			const nameOf = (f: IDataObject) => `${customer(f)}, ${String(f.form_url).replace(/^https?:\/\//, '')}, ${minute(f.submitted_at)}`;
			const all = await listSearch('searchFormSubmissions', parameters({ resource: 'formSubmission', operation: 'update' }), env.apiKey());
			expect(env.requests()[0].path).toBe(accountPath('form_submissions.json'));
			expect(env.requests()[0].query).toEqual({ ...page, sort: 'submitted_at', order: 'desc' });
			expect(all.results[0]).toEqual({ name: nameOf(forms[0]), value: forms[0].id });
			const target = forms[1];
			const found = await listSearch('searchFormSubmissions', parameters({ resource: 'formSubmission', operation: 'update' }), env.apiKey(), String(target.customer_name).toUpperCase());
			expect(env.requests()[1].query).toEqual({ ...page, sort: 'submitted_at', order: 'desc' });
			expect(found.results).toContainEqual({ name: nameOf(target), value: target.id });
			for (const r of found.results) expect(r.name.toLowerCase()).toContain(String(target.customer_name).toLowerCase());
		});

		it('lists leads newest first by name and phone, filtered locally by a phone number', async () => {
			const leads = primary(store().leads);
			const all = await listSearch('searchLeads', parameters({ resource: 'lead', operation: 'getTimeline' }), env.apiKey());
			expect(env.requests()[0].path).toBe(accountPath('leads.json'));
			expect(env.requests()[0].query).toEqual(page);
			expect(all.results[0]).toEqual({ name: `${String(leads[0].name)} (${String(leads[0].phone)})`, value: leads[0].id });
			const found = await listSearch('searchLeads', parameters({ resource: 'lead', operation: 'getTimeline' }), env.apiKey(), String(leads[2].phone));
			expect(found.results).toEqual([{ name: `${String(leads[2].name)} (${String(leads[2].phone)})`, value: leads[2].id }]);
		});

		it('lists SMS threads by customer and last message time, asking for last_message_at, searching with search=', async () => {
			const threads = primary(store().smsThreads);
			const all = await listSearch('searchSmsThreads', parameters({ resource: 'smsThread', operation: 'get' }), env.apiKey());
			expect(env.requests()[0].path).toBe(accountPath('sms-threads.json'));
			expect(env.requests()[0].query).toEqual({ ...page, fields: 'last_message_at' });
			const nameOf = (t: IDataObject) => `${customer(t)}, last message ${minute(t.last_message_at)}`;
			expect(all.results[0]).toEqual({ name: nameOf(threads[0]), value: threads[0].id });
			const found = await listSearch('searchSmsThreads', parameters({ resource: 'smsThread', operation: 'update' }), env.apiKey(), String(threads[1].customer_name));
			expect(env.requests()[1].query).toEqual({ ...page, fields: 'last_message_at', search: String(threads[1].customer_name) });
			expect(found.results).toContainEqual({ name: nameOf(threads[1]), value: threads[1].id });
		});

		it('lists text conversations from the retention floor by customer and last message time, searching with search=', async () => {
			const conversations = primary(store().conversations);
			const nameOf = (c: IDataObject) => `${customer(c)}, last message ${minute(c.last_message_at)}`;
			const all = await listSearch('searchConversations', parameters({ resource: 'textMessage', operation: 'getConversation' }), env.apiKey());
			expect(env.requests()[0].path).toBe(accountPath('text-messages.json'));
			expect(env.requests()[0].query).toEqual({ ...page, start_date: retentionFloorDay() });
			expect(all.results[0]).toEqual({ name: nameOf(conversations[0]), value: conversations[0].id });
			const target = conversations[conversations.length - 1];
			const found = await listSearch('searchConversations', parameters({ resource: 'textMessage', operation: 'getConversation' }), env.apiKey(), String(target.customer_name));
			expect(env.requests()[1].query).toEqual({ ...page, start_date: retentionFloorDay(), search: String(target.customer_name) });
			expect(found.results).toContainEqual({ name: nameOf(target), value: target.id });
		});
	});
});
