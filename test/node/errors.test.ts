import type { IDataObject } from 'n8n-workflow';

import type { NodeRunResult } from '../harness/n8n';
import { runNode } from '../harness/n8n';
import { byId, useSandbox } from '../harness/sandbox';

describe('Errors: CallRail messages, hints, local validation and no leaked keys', () => {
	const env = useSandbox();
	const account = () => env.sandbox.ids.accounts[0];
	/** The newest call of the account, in its first company (which every seeded user can see). */
	const firstCall = () =>
		(env.sandbox.store.calls as IDataObject[]).find(
			(c) => c.account_id === account() && c.company_id === env.sandbox.ids.companies[account()][0],
		)!;

	const run = async (parameters: IDataObject, credentials = env.apiKey()) =>
		await env.run({ resource: 'call', ...parameters }, { credentials });

	/** Everything a user could see of a failed run: message, description, output items, serialized error. */
	const visibleText = (result: NodeRunResult) =>
		JSON.stringify({
			message: result.error?.message,
			description: result.error?.description,
			error: result.error,
			json: result.json,
		});

	it('401: names the credential and does not echo the key', async () => {
		const wrong = `${env.sandbox.keys.agencyAdmin}x`;
		const result = await run({ operation: 'get', callId: firstCall().id }, { ...env.apiKey(), apiKey: wrong });
		expect(result.error).toBeDefined();
		expect(result.error!.message).toMatch(/^CallRail error 401/);
		expect(result.error!.description).toMatch(/rejected the credential/);
		expect(visibleText(result)).not.toContain(wrong);
		expect(env.requests()).toHaveLength(1);
	});

	it('403: a reporting key updating a call gets the reporting-role hint', async () => {
		const result = await run(
			{ operation: 'update', callId: firstCall().id, updateFields: { note: 'nope' } },
			env.apiKey('reporting'),
		);
		expect(result.error).toBeDefined();
		expect(result.error!.message).toMatch(/^CallRail error 403/);
		expect(result.error!.description).toMatch(/Reporting users can read but not change anything/);
		const requests = env.requests();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('PUT');
		expect(visibleText(result)).not.toContain(env.sandbox.keys.reporting);
	});

	it('403 while reading a text conversation gets a hint about reading, chosen by the GET, not the reporting-role hint', async () => {
		const conversation = (env.sandbox.store.conversations as IDataObject[]).find((c) => c.account_id === account())!;
		env.sandbox.faults.add({ status: 403, method: 'GET', path: 'text-messages/', body: { error: 'You do not have permission to perform the requested action' } });
		const result = await runNode(
			{ resource: 'textMessage', operation: 'getConversation', accountId: byId(account()), conversationId: String(conversation.id) },
			{ credentials: env.apiKey('reporting') },
		);
		expect(result.error!.message).toMatch(/^CallRail error 403/);
		expect(result.error!.description).toMatch(/The key cannot read this/);
		expect(result.error!.description).not.toMatch(/cannot change|not change anything/);
		expect(env.requests().map((r) => `${r.method} ${r.status}`)).toEqual(['GET 403']);
	});

	it('403 while sending a text (a POST of the same resource) gets the texting hint', async () => {
		const tracker = (env.sandbox.store.trackers as IDataObject[]).find((t) => t.sms_enabled && (t.company as IDataObject).id === env.sandbox.ids.companies[account()][0])!;
		env.sandbox.faults.add({ status: 403, method: 'POST', path: 'text-messages' });
		const result = await runNode(
			{
				resource: 'textMessage',
				operation: 'send',
				accountId: byId(account()),
				companyId: byId(env.sandbox.ids.companies[account()][0]),
				customerPhoneNumber: '+14045550188',
				trackingNumber: (tracker.tracking_numbers as string[])[0],
				content: 'Hello',
			},
			{ credentials: env.apiKey() },
		);
		expect(result.error!.description).toMatch(/Sending texts needs SMS enabled/);
	});

	it('404: an unknown call', async () => {
		const unknown = 'CAL' + '0'.repeat(32);
		const result = await run({ operation: 'get', callId: unknown });
		expect(result.error).toBeDefined();
		expect(result.error!.message).toMatch(/^CallRail error 404/);
		expect(result.error!.description).toMatch(/Nothing was found at this ID/);
		expect(env.requests().map((r) => r.status)).toEqual([404]);
	});

	it('422 and 400: CallRail refuses the values', async () => {
		env.sandbox.faults.add({ status: 422, times: 1, method: 'PUT', body: { error: 'Value is not a valid amount' } });
		const unprocessable = await run({ operation: 'update', callId: firstCall().id, updateFields: { value: 'lots' } });
		expect(unprocessable.error!.message).toBe('CallRail error 422: Value is not a valid amount');
		expect(unprocessable.error!.description).toMatch(/refused the values/);

		env.sandbox.faults.add({ status: 400, times: 1, method: 'PUT', body: { error: 'lead_status is invalid' } });
		const bad = await run({ operation: 'update', callId: firstCall().id, updateFields: { leadStatus: 'good_lead' } });
		expect(bad.error!.message).toBe('CallRail error 400: lead_status is invalid');
		expect(bad.error!.description).toMatch(/did not accept the request/);
		expect(env.requests().map((r) => r.status)).toEqual([422, 400]);
	});

	it('429 on a write waits and repeats it (CallRail did nothing)', async () => {
		env.sandbox.faults.add({ status: 429, times: 1, method: 'PUT' });
		const result = await run({ operation: 'update', callId: firstCall().id, updateFields: { note: 'x' } });
		expect(result.error).toBeUndefined();
		expect(env.requests().map((r) => [r.method, r.status])).toEqual([['PUT', 429], ['PUT', 200]]);
	});

	describe('local validation makes no request', () => {
		const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 19);

		it.each([
			['the ID of another kind of record as a call ID', { operation: 'get', callId: 'COM123' }, /"COM123" is not a valid call ID/],
			['a malformed call ID on Update', { operation: 'update', callId: 'abc/../x', updateFields: { note: 'x' } }, /is not a valid call ID/],
			[
				'a tracker ID as the company inside the filters',
				{ operation: 'getMany', limit: 5, filters: { companyId: byId('TRK12ab') } },
				/"TRK12ab" is not a valid company ID/,
			],
			[
				'an end date before the start date',
				{ operation: 'getMany', limit: 5, filters: { startDate: daysAgo(3), endDate: daysAgo(10) } },
				/end date is before the start date/,
			],
			[
				'a start date older than 25 months',
				{ operation: 'getMany', limit: 5, filters: { startDate: daysAgo(800) } },
				/only keeps the last 25 months/,
			],
			[
				'a non-US phone number on Create',
				{
					operation: 'create',
					callerId: '+14045550100',
					customerPhoneNumber: '+442071234567',
					businessPhoneNumber: '+14045550102',
				},
				/"\+442071234567" is not a US or Canadian phone number/,
			],
		])('%s', async (_name, parameters, message) => {
			const result = await run(parameters as IDataObject);
			expect(result.error).toBeDefined();
			expect(result.error!.message).toMatch(message);
			expect(env.requests()).toHaveLength(0);
		});
	});

	it('the API key never appears in errors or output', async () => {
		const key = env.sandbox.keys.agencyAdmin;
		const failures = [
			await run({ operation: 'get', callId: 'CAL' + 'f'.repeat(32) }),
			await run({ operation: 'get', callId: 'bad' }),
			await run({
				operation: 'create',
				callerId: '+14045550100',
				customerPhoneNumber: '+33123456789',
				businessPhoneNumber: '+14045550102',
			}),
		];
		env.sandbox.faults.add({ status: 500, times: 3, method: 'GET' });
		failures.push(await run({ operation: 'getRecording', callId: firstCall().id }));
		// Nothing listens on port 9 of loopback: a network failure, where n8n's own error carries the request.
		const unreachable = { ...env.apiKey(), baseUrlOverride: 'http://127.0.0.1:9' };
		failures.push(await run({ operation: 'update', callId: firstCall().id, updateFields: { note: 'x' } }, unreachable));
		for (const result of failures) {
			expect(result.error).toBeDefined();
			expect(visibleText(result)).not.toContain(key);
			expect(JSON.stringify(result.run.data.resultData)).not.toContain(key);
		}
	});
});
