import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { byId, useSandbox } from '../harness/sandbox';

describe('CallRail node: integrations and integration filters', () => {
	const env = useSandbox();
	const accountId = () => env.sandbox.ids.accounts[0];
	const companies = () => env.sandbox.ids.companies[accountId()];
	/** The seeded records these tests work on: company 0 already has a Webhooks integration another tool uses. */
	const ids = () => {
		const integrations = env.sandbox.store.integrations as Array<{ id: number; company_id: string; type: string }>;
		const ofFirst = (type: string) => String(integrations.find((i) => i.company_id === companies()[0] && i.type === type)!.id);
		return {
			account: accountId(),
			company: companies()[0],
			otherCompany: companies()[1],
			thirdCompany: companies()[2],
			tracker: env.sandbox.ids.trackers[companies()[0]][0],
			webhooksIntegration: ofFirst('Webhooks'),
			customIntegration: ofFirst('Custom'),
		};
	};
	const base = () => `/v3/a/${accountId()}`;

	const run = async (parameters: INodeParameters, key?: Parameters<typeof env.apiKey>[0]) => await env.run(parameters, { key });

	describe('Integration', () => {
		const FOREIGN = 'https://hooks.example.com/zap/123';
		const OURS = 'https://n8n.example.com/webhook/ours';

		it('gets an integration with its signing key when asked', async () => {
			const result = await run({
				resource: 'integration',
				operation: 'get',
				integrationId: byId(String(ids().webhooksIntegration)),
				includeSigningKey: true,
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('GET');
			expect(request.path).toBe(`${base()}/integrations/${ids().webhooksIntegration}.json`);
			expect(request.query).toEqual({ fields: 'signing_key' });
			expect(result.json).toHaveLength(1);
			expect(String(result.json[0].id)).toBe(String(ids().webhooksIntegration));
			expect(result.json[0].type).toBe('Webhooks');
			expect(typeof result.json[0].signing_key).toBe('string');
		});

		it('Simplified (the default Output) keeps the webhook URLs (config) and the signing key asked for', async () => {
			const result = await run({
				resource: 'integration',
				operation: 'getMany',
				companyId: byId(ids().company),
				returnAll: true,
				options: { includeSigningKey: true },
			});
			expect(result.error).toBeUndefined();
			const webhooks = result.json.find((i) => i.type === 'Webhooks')!;
			expect(webhooks.config).toMatchObject({ post_call_webhook: ['https://hooks.example.com/zap/123'] });
			expect(typeof webhooks.signing_key).toBe('string');
			expect(result.json.find((i) => i.type === 'Custom')?.config).toEqual({ grab_cookies: ['_ga', 'hubspotutk'] });
		});

		it('gets an integration without the signing key by default', async () => {
			const result = await run({
				resource: 'integration',
				operation: 'get',
				integrationId: byId(String(ids().webhooksIntegration)),
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.query).toEqual({});
			expect(result.json[0].signing_key).toBeUndefined();
		});

		it('refuses a company ID given as the integration ID without calling CallRail', async () => {
			const result = await run({ resource: 'integration', operation: 'get', integrationId: byId('COM12ab') });
			expect(result.error?.message).toMatch(/not a valid integration ID/);
			expect(env.requests()).toHaveLength(0);
		});

		it('lists the integrations of a company, with signing keys', async () => {
			const result = await run({
				resource: 'integration',
				operation: 'getMany',
				companyId: byId(ids().company),
				returnAll: true,
				options: { includeSigningKey: true },
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('GET');
			expect(request.path).toBe(`${base()}/integrations.json`);
			expect(request.query).toEqual({ company_id: ids().company, fields: 'signing_key', page: '1', per_page: '250' });
			expect(result.json.length).toBeGreaterThan(0);
			const webhooks = result.json.find((i) => String(i.id) === String(ids().webhooksIntegration));
			expect(webhooks?.type).toBe('Webhooks');
			expect(typeof webhooks?.signing_key).toBe('string');
		});

		it('creates a Webhooks integration with URLs per event', async () => {
			const result = await run({
				resource: 'integration',
				operation: 'create',
				companyId: byId(ids().otherCompany),
				integrationType: 'Webhooks',
				webhookUrls: { postCall: [OURS], updatedCall: [OURS, ' '], smsReceived: ['https://n8n.example.com/sms'] },
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('POST');
			expect(request.path).toBe(`${base()}/integrations.json`);
			expect(request.body).toEqual({
				company_id: ids().otherCompany,
				type: 'Webhooks',
				config: {
					post_call_webhook: [OURS],
					updated_call_webhook: [OURS],
					sms_received_webhook: ['https://n8n.example.com/sms'],
				},
			});
			expect(request.status).toBe(201);
			expect(result.json[0]).toMatchObject({ type: 'Webhooks', state: 'active' });
			expect(typeof result.json[0].signing_key).toBe('string');
		});

		it('creates a Custom integration with cookie names', async () => {
			const result = await run({
				resource: 'integration',
				operation: 'create',
				companyId: byId(ids().otherCompany),
				integrationType: 'Custom',
				cookieNames: ['_ga', 'hubspotutk'],
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('POST');
			expect(request.body).toEqual({ company_id: ids().otherCompany, type: 'Custom', config: { grab_cookies: ['_ga', 'hubspotutk'] } });
			expect(result.json[0]).toMatchObject({ type: 'Custom', config: { grab_cookies: ['_ga', 'hubspotutk'] } });
		});

		it('refuses a webhook URL that is not a web address before calling CallRail', async () => {
			const result = await run({
				resource: 'integration',
				operation: 'create',
				companyId: byId(ids().otherCompany),
				integrationType: 'Webhooks',
				webhookUrls: { preCall: ['ftp://example.com/x'] },
			});
			expect(result.error?.message).toMatch(/not a web address/);
			expect(env.requests()).toHaveLength(0);
		});

		it('Add URLs keeps the foreign URL, adds ours once and does not duplicate', async () => {
			const id = String(ids().webhooksIntegration);
			const before = await run({ resource: 'integration', operation: 'get', integrationId: byId(id) });
			const beforeConfig = before.json[0].config as IDataObject;
			expect(beforeConfig.post_call_webhook).toContain(FOREIGN);
			env.sandbox.clearRequests();

			const result = await run({
				resource: 'integration',
				operation: 'update',
				integrationId: byId(id),
				updateMode: 'add',
				webhookUrls: { postCall: [OURS, FOREIGN], preCall: [OURS, OURS] },
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET ${base()}/integrations/${id}.json`,
				`PUT ${base()}/integrations/${id}.json`,
			]);
			const sent = requests[1].body as IDataObject;
			expect(sent).toEqual({
				config: {
					...beforeConfig,
					post_call_webhook: [...(beforeConfig.post_call_webhook as string[]), OURS],
					pre_call_webhook: [...((beforeConfig.pre_call_webhook as string[] | undefined) ?? []), OURS],
				},
			});
			const config = result.json[0].config as IDataObject;
			expect(config.post_call_webhook).toEqual([...(beforeConfig.post_call_webhook as string[]), OURS]);

			// Running it again changes nothing: no duplicates.
			env.sandbox.clearRequests();
			const again = await run({
				resource: 'integration',
				operation: 'update',
				integrationId: byId(id),
				updateMode: 'add',
				webhookUrls: { postCall: [OURS] },
			});
			expect(((again.json[0].config as IDataObject).post_call_webhook as string[]).filter((u) => u === OURS)).toHaveLength(1);
		});

		it('Remove URLs removes only ours and keeps the foreign URL', async () => {
			const id = String(ids().webhooksIntegration);
			await run({
				resource: 'integration',
				operation: 'update',
				integrationId: byId(id),
				updateMode: 'add',
				webhookUrls: { postCall: [OURS] },
			});
			env.sandbox.clearRequests();

			const result = await run({
				resource: 'integration',
				operation: 'update',
				integrationId: byId(id),
				updateMode: 'remove',
				webhookUrls: { postCall: [OURS], preCall: [OURS] },
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
			const sentConfig = (requests[1].body as IDataObject).config as IDataObject;
			expect(sentConfig.post_call_webhook).toContain(FOREIGN);
			expect(sentConfig.post_call_webhook).not.toContain(OURS);
			expect(sentConfig.pre_call_webhook ?? []).not.toContain(OURS);
			const config = result.json[0].config as IDataObject;
			expect(config.post_call_webhook).toContain(FOREIGN);
			expect(config.post_call_webhook).not.toContain(OURS);
		});

		it('Replace Config sends exactly the given config, without reading first', async () => {
			const created = await run({
				resource: 'integration',
				operation: 'create',
				companyId: byId(ids().thirdCompany),
				integrationType: 'Webhooks',
				webhookUrls: { postCall: [FOREIGN] },
			});
			const id = String(created.json[0].id);
			env.sandbox.clearRequests();

			const result = await run({
				resource: 'integration',
				operation: 'update',
				integrationId: byId(id),
				updateMode: 'replace',
				webhookUrls: { formCaptured: [OURS] },
				state: 'active',
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('PUT');
			expect(requests[0].path).toBe(`${base()}/integrations/${id}.json`);
			expect(requests[0].body).toEqual({ state: 'active', config: { form_captured_webhook: [OURS] } });
			expect((result.json[0].config as IDataObject).post_call_webhook ?? []).toEqual([]);
		});

		it('changes only the state when no URLs are given', async () => {
			const created = await run({
				resource: 'integration',
				operation: 'create',
				companyId: byId(ids().thirdCompany),
				integrationType: 'Custom',
				cookieNames: ['_fbp'],
			});
			const id = String(created.json[0].id);
			env.sandbox.clearRequests();
			const result = await run({
				resource: 'integration',
				operation: 'update',
				integrationId: byId(id),
				integrationType: 'Custom',
				state: 'disabled',
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].body).toEqual({ state: 'disabled' });
			expect(result.json[0]).toMatchObject({ state: 'disabled', config: { grab_cookies: ['_fbp'] } });
		});

		it('disables an integration and returns its ID', async () => {
			const integrations = env.sandbox.store.integrations as Array<{ id: number; company_id: string; type: string; state: string }>;
			const created = integrations.find((i) => i.company_id === ids().otherCompany && i.type === 'Webhooks')!;
			const id = String(created.id);
			const result = await run({ resource: 'integration', operation: 'delete', integrationId: byId(id) });
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('DELETE');
			expect(request.path).toBe(`${base()}/integrations/${id}.json`);
			expect(request.status).toBe(204);
			expect(result.json).toEqual([{ disabled: true, id }]);
			expect(created.state).toBe('disabled');
		});

		it('gives a reporting key the 403 with the integrations hint', async () => {
			const result = await run(
				{
					resource: 'integration',
					operation: 'update',
					integrationId: byId(String(ids().webhooksIntegration)),
					updateMode: 'replace',
					webhookUrls: { postCall: [OURS] },
				},
				'reporting',
			);
			expect(result.error?.httpCode).toBe('403');
			expect(result.error?.message).toMatch(/CallRail error 403/);
			expect(result.error?.description).toMatch(/Managing integrations and webhooks needs the key of an admin/);
			expect(env.requests().map((r) => r.status)).toEqual([403]);
		});
	});

	describe('Integration Filter', () => {
		const trackerIds = () => [ids().tracker];

		it('creates a filter with trackers, call type, durations and lead status', async () => {
			const result = await run({
				resource: 'integrationFilter',
				operation: 'create',
				companyId: byId(ids().company),
				integrationId: byId(ids().customIntegration),
				conditions: {
					callType: 'missed_and_vm',
					leadStatus: 'good_lead',
					minDuration: 30,
					maxDuration: 600,
					trackerIds: trackerIds(),
				},
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('POST');
			expect(request.path).toBe(`${base()}/integration_triggers.json`);
			expect(request.body).toEqual({
				company_id: ids().company,
				integration_id: Number(ids().customIntegration),
				call_type: 'missed_and_vm',
				lead_status: 'good_lead',
				min_duration: 30,
				max_duration: 600,
				tracker_ids: trackerIds(),
			});
			expect(request.status).toBe(201);
			expect(result.json[0]).toMatchObject({ call_type: 'missed_and_vm', min_duration: 30, max_duration: 600 });
		});

		it('refuses a malformed tracker ID before calling CallRail', async () => {
			const result = await run({
				resource: 'integrationFilter',
				operation: 'create',
				companyId: byId(ids().company),
				integrationId: byId(ids().customIntegration),
				conditions: { trackerIds: ['COM12ab'] },
			});
			expect(result.error?.message).toMatch(/not a valid tracker ID/);
			expect(env.requests()).toHaveLength(0);
		});

		it("creates the company's default filter (integration_id null) for the integrations without their own", async () => {
			const company = env.sandbox.ids.companies[ids().account][1];
			const result = await run({
				resource: 'integrationFilter',
				operation: 'create',
				companyId: byId(company),
				appliesTo: 'companyDefault',
				conditions: { minDuration: 10 },
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.body).toEqual({ company_id: company, integration_id: null, min_duration: 10 });
			expect(request.status).toBe(201);
			expect(result.json[0]).toMatchObject({ integration_id: null, min_duration: 10, integration: { id: null } });
		});

		it('Simplified (the default Output) keeps the durations and the integration of a filter', async () => {
			const seeded = (env.sandbox.store.integrationTriggers as IDataObject[]).find((t) => t.min_duration === 30)!;
			const result = await run({ resource: 'integrationFilter', operation: 'get', integrationFilterId: byId(String(seeded.id)) });
			expect(result.error).toBeUndefined();
			expect(result.json[0]).toMatchObject({
				id: seeded.id,
				min_duration: 30,
				integration: { id: seeded.integration_id, type: 'Webhooks' },
				tracker_ids: seeded.tracker_ids,
			});
		});

		it('lists, gets, updates and deletes filters', async () => {
			const list = await run({
				resource: 'integrationFilter',
				operation: 'getMany',
				companyId: byId(ids().company),
				returnAll: false,
				limit: 5,
			});
			expect(list.error).toBeUndefined();
			const [listRequest] = env.requests();
			expect(listRequest.method).toBe('GET');
			expect(listRequest.path).toBe(`${base()}/integration_triggers.json`);
			expect(listRequest.query).toEqual({ company_id: ids().company, page: '1', per_page: '5' });
			expect(list.json.length).toBeGreaterThan(0);
			const id = String(list.json.find((f) => f.call_type === 'missed_and_vm')?.id ?? list.json[0].id);

			env.sandbox.clearRequests();
			const got = await run({ resource: 'integrationFilter', operation: 'get', integrationFilterId: byId(id) });
			expect(got.error).toBeUndefined();
			expect(env.requests()[0].path).toBe(`${base()}/integration_triggers/${id}.json`);
			expect(String(got.json[0].id)).toBe(id);

			env.sandbox.clearRequests();
			const updated = await run({
				resource: 'integrationFilter',
				operation: 'update',
				integrationFilterId: byId(id),
				updateFields: { callType: 'any', maxDuration: 0, leadStatus: 'not_a_lead' },
			});
			expect(updated.error).toBeUndefined();
			const [put] = env.requests();
			expect(put.method).toBe('PUT');
			expect(put.path).toBe(`${base()}/integration_triggers/${id}.json`);
			expect(put.body).toEqual({ call_type: null, max_duration: null, lead_status: 'not_a_lead' });
			expect(updated.json[0]).toMatchObject({ call_type: null, max_duration: null, lead_status: 'not_a_lead' });

			env.sandbox.clearRequests();
			const deleted = await run({ resource: 'integrationFilter', operation: 'delete', integrationFilterId: byId(id) });
			expect(deleted.error).toBeUndefined();
			const [del] = env.requests();
			expect(del.method).toBe('DELETE');
			expect(del.path).toBe(`${base()}/integration_triggers/${id}.json`);
			expect(del.status).toBe(204);
			expect(deleted.json).toEqual([{ deleted: true, id }]);
		});
	});
});
