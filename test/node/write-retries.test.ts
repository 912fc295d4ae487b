import type { IDataObject } from 'n8n-workflow';

import { byId, useSandbox } from '../harness/sandbox';

/**
 * A write is repeated only after a 429, which means CallRail did nothing ("Applications should detect this code and
 * react by pausing or slowing requests until the 429 clears", reference, Rate Limiting); after a 5xx it may already
 * have sent the text, so it is sent once.
 */
describe('Writes: a 429 waits and repeats, a 5xx never repeats', () => {
	const env = useSandbox();

	const send = async () => {
		const { company } = env.primary();
		const trackers = env.sandbox.store.trackers as Array<IDataObject & { company: IDataObject; tracking_numbers: string[] }>;
		const tracker = trackers.find((t) => t.company.id === company && t.sms_enabled === true && t.status === 'active')!;
		return await env.run(
			{
				resource: 'textMessage',
				operation: 'send',
				companyId: byId(company),
				customerPhoneNumber: '+14045551234',
				trackingNumber: tracker.tracking_numbers[0],
				content: 'Thanks for your call.',
			},
			{ settings: { continueOnFail: true } },
		);
	};
	const posts = () => env.requests((r) => r.method === 'POST').map((r) => r.status);

	it('Text Message › Send answered 429 (Retry-After: 1) is sent again after the wait and succeeds', async () => {
		env.sandbox.faults.add({ status: 429, times: 1, method: 'POST', path: /text-messages\.json$/, headers: { 'Retry-After': '1' } });
		const started = Date.now();
		const result = await send();
		expect(posts()).toEqual([429, 201]);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		expect(result.json).toHaveLength(1);
		expect(result.json[0].error).toBeUndefined();
		expect(result.json[0].id).toEqual(expect.any(String));
		const [first, second] = env.requests();
		expect(second.body).toEqual(first.body);
	});

	it('Text Message › Send answered 500 is sent once and fails with the server-error hint', async () => {
		env.sandbox.faults.add({ status: 500, times: 1, method: 'POST', path: /text-messages\.json$/ });
		const result = await send();
		expect(posts()).toEqual([500]);
		expect(result.json).toHaveLength(1);
		expect(String(result.json[0].error)).toMatch(/CallRail error 500/);
	});
});
