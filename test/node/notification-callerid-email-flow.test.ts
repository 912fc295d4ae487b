import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { byId, useSandbox } from '../harness/sandbox';

describe('CallRail node: notifications, outbound caller IDs, summary emails and message flows', () => {
	const env = useSandbox();
	const ids = () => {
		const account = env.sandbox.ids.accounts[0];
		const company = env.sandbox.ids.companies[account][0];
		return {
			account,
			company,
			tracker: env.sandbox.ids.trackers[company][0],
			user: env.sandbox.ids.users[account][0],
		};
	};
	const base = () => `/v3/a/${ids().account}`;

	const run = async (parameters: INodeParameters) => await env.run(parameters);

	describe('Notification', () => {
		let createdId = '';

		it('creates a notification for a user', async () => {
			const result = await run({
				resource: 'notification',
				operation: 'create',
				recipient: 'user',
				userId: byId(ids().user),
				callEnabled: true,
				alertType: 'missed_and_vm',
				smsEnabled: true,
				additionalFields: { companyId: byId(ids().company), sendEmail: true, sendPush: false },
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('POST');
			expect(request.path).toBe(`${base()}/notifications.json`);
			expect(request.body).toEqual({
				user_id: ids().user,
				call_enabled: true,
				alert_type: 'missed_and_vm',
				sms_enabled: true,
				company_id: ids().company,
				send_email: true,
				send_push: false,
			});
			expect(request.status).toBe(201);
			expect(result.json[0]).toMatchObject({ alert_type: 'missed_and_vm', call_enabled: true, sms_enabled: true });
			createdId = String(result.json[0].id);
		});

		it('creates a notification for an email address limited to a tracker', async () => {
			const result = await run({
				resource: 'notification',
				operation: 'create',
				recipient: 'email',
				email: 'owner@example.com',
				callEnabled: false,
				smsEnabled: true,
				additionalFields: { trackerId: byId(ids().tracker) },
			});
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].body).toEqual({
				email: 'owner@example.com',
				call_enabled: false,
				sms_enabled: true,
				tracker_id: ids().tracker,
			});
			expect(result.json[0]).toMatchObject({ email: 'owner@example.com' });
		});

		it('refuses an email recipient without company or tracker before calling CallRail', async () => {
			const result = await run({
				resource: 'notification',
				operation: 'create',
				recipient: 'email',
				email: 'owner@example.com',
				callEnabled: true,
				alertType: 'all',
			});
			expect(result.error?.message).toMatch(/Choose a company or a tracker/);
			expect(env.requests()).toHaveLength(0);
		});

		it('lists notifications filtered by delivery and user', async () => {
			const result = await run({
				resource: 'notification',
				operation: 'getMany',
				returnAll: true,
				filters: { notificationType: 'send_email', userId: byId(ids().user) },
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('GET');
			expect(request.path).toBe(`${base()}/notifications.json`);
			expect(request.query).toEqual({
				notification_type: 'send_email',
				user_id: ids().user,
				page: '1',
				per_page: '250',
			});
			expect(result.json.map((n) => String(n.id))).toContain(createdId);
			expect(result.json.every((n) => n.send_email === true)).toBe(true);
		});

		it('updates a notification', async () => {
			const result = await run({
				resource: 'notification',
				operation: 'update',
				notificationId: createdId,
				updateFields: { alertType: 'vm_only', sendDesktop: true },
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('PUT');
			expect(request.path).toBe(`${base()}/notifications/${createdId}.json`);
			expect(request.body).toEqual({ alert_type: 'vm_only', send_desktop: true });
			expect(result.json[0]).toMatchObject({ alert_type: 'vm_only', send_desktop: true });
		});

		it('deletes a notification', async () => {
			const result = await run({ resource: 'notification', operation: 'delete', notificationId: createdId });
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('DELETE');
			expect(request.path).toBe(`${base()}/notifications/${createdId}.json`);
			expect(request.status).toBe(204);
			expect(result.json).toEqual([{ deleted: true, id: createdId }]);
		});
	});

	describe('Outbound Caller ID', () => {
		let createdId = '';

		it('creates a caller ID with the number in E.164', async () => {
			const result = await run({
				resource: 'outboundCallerId',
				operation: 'create',
				companyId: byId(ids().company),
				phoneNumber: '(404) 555-0199',
				name: ' Front desk ',
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('POST');
			expect(request.path).toBe(`${base()}/caller_ids.json`);
			expect(request.body).toEqual({ company_id: ids().company, phone_number: '+14045550199', name: 'Front desk' });
			expect(request.status).toBe(201);
			expect(result.json[0]).toMatchObject({ name: 'Front desk', verified: false });
			expect(result.json[0].validation_code).toBeDefined();
			createdId = String(result.json[0].id);
		});

		it('refuses a number outside North America before calling CallRail', async () => {
			const result = await run({
				resource: 'outboundCallerId',
				operation: 'create',
				companyId: byId(ids().company),
				phoneNumber: '+442071234567',
				name: 'London',
			});
			expect(result.error?.message).toMatch(/not a US or Canadian phone number/);
			expect(env.requests()).toHaveLength(0);
		});

		it('lists the caller IDs of a company', async () => {
			const result = await run({
				resource: 'outboundCallerId',
				operation: 'getMany',
				companyId: byId(ids().company),
				returnAll: true,
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.path).toBe(`${base()}/caller_ids.json`);
			expect(request.query).toEqual({ company_id: ids().company, page: '1', per_page: '250' });
			expect(result.json.map((c) => String(c.id))).toContain(createdId);
		});

		it('gets a caller ID', async () => {
			const result = await run({ resource: 'outboundCallerId', operation: 'get', outboundCallerId: createdId });
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('GET');
			expect(request.path).toBe(`${base()}/caller_ids/${createdId}.json`);
			expect(result.json[0]).toMatchObject({ phone_number: '+14045550199' });
		});

		it('deletes a caller ID', async () => {
			const result = await run({ resource: 'outboundCallerId', operation: 'delete', outboundCallerId: createdId });
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('DELETE');
			expect(request.path).toBe(`${base()}/caller_ids/${createdId}.json`);
			expect(result.json).toEqual([{ deleted: true, id: createdId }]);
		});
	});

	describe('Summary Email', () => {
		let createdId = '';

		it('creates a summary email for a user', async () => {
			const result = await run({
				resource: 'summaryEmail',
				operation: 'create',
				recipient: 'user',
				userId: byId(ids().user),
				companyId: byId(ids().company),
				frequency: ['daily', 'weekly'],
				sections: ['summary_statistics', 'call_log'],
				leadStatus: 'Lead',
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('POST');
			expect(request.path).toBe(`${base()}/summary_emails.json`);
			expect(request.body).toEqual({
				user_id: ids().user,
				company_id: ids().company,
				frequency: ['daily', 'weekly'],
				config: { summary_statistics: true, top_sources: false, top_keywords: false, call_log: true },
				filters: { lead_status: 'Lead' },
			});
			expect(request.status).toBe(201);
			expect(result.json[0]).toMatchObject({ frequency: ['daily', 'weekly'], filters: { lead_status: 'Lead' } });
			createdId = String(result.json[0].id);
			expect(createdId).toMatch(/^CSS/);
		});

		it('refuses an email recipient without a company before calling CallRail', async () => {
			const result = await run({
				resource: 'summaryEmail',
				operation: 'create',
				recipient: 'email',
				email: 'boss@example.com',
				frequency: ['monthly'],
			});
			expect(result.error?.message).toMatch(/Choose a company/);
			expect(env.requests()).toHaveLength(0);
		});

		it('lists summary emails at the documented path, filtered by frequency and user', async () => {
			const result = await run({
				resource: 'summaryEmail',
				operation: 'getMany',
				returnAll: true,
				filters: { frequency: ['daily', 'monthly'], userId: byId(ids().user) },
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('GET');
			expect(request.path).toBe(`${base()}/summary_emails`);
			expect(request.query).toEqual({ 'frequency[]': ['daily', 'monthly'], user_id: ids().user, page: '1', per_page: '250' });
			expect(result.json.every((e) => e.user_id === ids().user)).toBe(true);
			expect(result.json.map((e) => e.id)).toContain(createdId);
		});

		it('gets a summary email', async () => {
			const result = await run({ resource: 'summaryEmail', operation: 'get', summaryEmailId: createdId });
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].path).toBe(`${base()}/summary_emails/${createdId}.json`);
			expect(result.json[0].id).toBe(createdId);
		});

		it('updates the sections and frequency of a summary email', async () => {
			const result = await run({
				resource: 'summaryEmail',
				operation: 'update',
				summaryEmailId: createdId,
				sections: ['top_sources'],
				updateFields: { frequency: ['monthly'] },
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('PUT');
			expect(request.path).toBe(`${base()}/summary_emails/${createdId}.json`);
			expect(request.body).toEqual({
				config: { summary_statistics: false, top_sources: true, top_keywords: false, call_log: false },
				frequency: ['monthly'],
			});
			expect(result.json[0]).toMatchObject({ frequency: ['monthly'], config: { top_sources: true, call_log: false } });
		});

		it('deletes a summary email', async () => {
			const result = await run({ resource: 'summaryEmail', operation: 'delete', summaryEmailId: createdId });
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('DELETE');
			expect(request.path).toBe(`${base()}/summary_emails/${createdId}.json`);
			expect(result.json).toEqual([{ deleted: true, id: createdId }]);
		});
	});

	describe('Message Flow', () => {
		const steps = {
			step_1: { id: 'step_1', type: 'sms_response', initial_step: true, next_step_id: null, message: 'Thanks, we will text you back soon.', first_text: false },
		};
		let createdId = '';

		it('creates a message flow with its steps as an object', async () => {
			const result = await run({
				resource: 'messageFlow',
				operation: 'create',
				companyId: byId(ids().company),
				name: 'After hours',
				initialStepId: 'step_1',
				steps: JSON.stringify(steps),
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('POST');
			expect(request.path).toBe(`${base()}/message-flows.json`);
			expect(request.body).toEqual({ company_id: ids().company, name: 'After hours', initial_step_id: 'step_1', steps });
			expect(request.status).toBe(201);
			expect(result.json[0]).toMatchObject({ name: 'After hours' });
			createdId = String(result.json[0].id);
			expect(createdId).toMatch(/^MFL/);
		});

		it('refuses steps that are not a JSON object before calling CallRail', async () => {
			for (const bad of ['[1, 2]', '{"step_1": ', '"text"']) {
				const result = await run({
					resource: 'messageFlow',
					operation: 'create',
					companyId: byId(ids().company),
					name: 'Broken',
					initialStepId: 'step_1',
					steps: bad,
				});
				expect(result.error?.message).toMatch(/Steps (must be a JSON object|is not valid JSON)/);
			}
			expect(env.requests()).toHaveLength(0);
		});

		it('lists the message flows of a company', async () => {
			const result = await run({
				resource: 'messageFlow',
				operation: 'getMany',
				filters: { companyId: byId(ids().company) },
				returnAll: true,
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.path).toBe(`${base()}/message-flows.json`);
			expect(request.query).toEqual({ company_id: ids().company, page: '1', per_page: '250' });
			expect(result.json.map((f) => f.id)).toContain(createdId);
		});

		it('lists the message flows of the whole account when no company is chosen (company_id is optional)', async () => {
			const result = await run({ resource: 'messageFlow', operation: 'getMany', returnAll: true });
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.query).toEqual({ page: '1', per_page: '250' });
			const companies = new Set(result.json.map((f) => env.sandbox.store.messageFlows.find((s: IDataObject) => s.id === f.id)?.company_id));
			expect(companies.size).toBeGreaterThan(1);
			expect(result.json.map((f) => f.id)).toContain(createdId);
		});

		it('gets a message flow', async () => {
			const result = await run({ resource: 'messageFlow', operation: 'get', messageFlowId: createdId });
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].path).toBe(`${base()}/message-flows/${createdId}.json`);
			expect(result.json[0]).toMatchObject({ id: createdId, name: 'After hours' });
		});

		it('renames a message flow', async () => {
			const result = await run({
				resource: 'messageFlow',
				operation: 'update',
				messageFlowId: createdId,
				updateFields: { name: 'Weekend replies' },
			});
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('PUT');
			expect(request.path).toBe(`${base()}/message-flows/${createdId}.json`);
			expect(request.body).toEqual({ name: 'Weekend replies' });
			expect(result.json[0]).toMatchObject({ name: 'Weekend replies' });
		});

		it('deletes a message flow', async () => {
			const result = await run({ resource: 'messageFlow', operation: 'delete', messageFlowId: createdId });
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.method).toBe('DELETE');
			expect(request.path).toBe(`${base()}/message-flows/${createdId}.json`);
			expect(request.status).toBe(204);
			expect(result.json).toEqual([{ deleted: true, id: createdId }]);
		});

		it("passes on CallRail's message when the flow is assigned to a tracker", async () => {
			const flows = env.sandbox.store.messageFlows as Array<{ id: string; company_id: string }>;
			const trackers = env.sandbox.store.trackers as Array<{ id: string; message_flow: IDataObject | null }>;
			const flow = flows.find((f) => f.company_id === ids().company)!;
			trackers.find((t) => t.id === ids().tracker)!.message_flow = { type: 'advanced', id: flow.id };

			const result = await run({ resource: 'messageFlow', operation: 'delete', messageFlowId: flow.id });
			const [request] = env.requests();
			expect(request.method).toBe('DELETE');
			expect(request.path).toBe(`${base()}/message-flows/${flow.id}.json`);
			expect(request.status).toBe(400);
			expect(result.json).toEqual([]);
			expect(result.error?.message).toBe('CallRail error 400: This message flow is assigned to a tracker; unassign it first');
			expect(result.error?.description).toMatch(/did not accept the request/);
			expect(flows.some((f) => f.id === flow.id)).toBe(true);
		});
	});
});
