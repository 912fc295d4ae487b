import type { IDataObject, INode } from 'n8n-workflow';

import { checkedAccountId } from '../../nodes/kernel/ids';

import { accountLocator } from '../../nodes/kernel/locators';
import { useSandbox } from '../harness/sandbox';

/**
 * The Account "By URL" mode: the reference tells users to find the account ID as "the nine digit number following /a/
 * in the URL displayed in your browser when viewing the CallRail dashboard"; a pasted page address reaches CallRail
 * as that account.
 */
describe('Account By URL', () => {
	const env = useSandbox();
	const urlMode = accountLocator.modes!.find((m) => m.name === 'url')!;
	/** The value as the editor stores it in URL mode (with the mode's extract pattern). */
	const byUrl = (url: string) => ({ __rl: true, mode: 'url', value: url, __regex: (urlMode.extractValue as { regex: string }).regex });

	it('a pasted dashboard address lists the tags of that account', async () => {
		const account = (env.sandbox.store.accounts as IDataObject[]).find((a) => a.id === env.primary().account)!;
		const result = await env.run({
			resource: 'tag',
			operation: 'getMany',
			accountId: byUrl(`https://app.callrail.com/a/${String(account.numeric_id)}/dashboard?date_range=recent`),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(env.requests().map((r) => r.path)).toEqual([`/v3/a/${String(account.numeric_id)}/tags.json`]);
		expect(result.json.length).toBeGreaterThan(0);
	});

	it('an address without /a/ is refused before any request', async () => {
		const result = await env.run({ resource: 'tag', operation: 'getMany', accountId: byUrl('https://app.callrail.com/settings'), returnAll: true });
		expect(result.error?.message).toMatch(/app.callrail.com\/settings/);
		expect(env.requests()).toHaveLength(0);
	});

	it('has no validation pattern, as no locator mode of the package has (n8n re-runs those before every execution)', () => {
		expect(accountLocator.modes!.map((m) => [m.name, m.validation])).toEqual([
			['list', undefined],
			['id', undefined],
			['url', undefined],
		]);
	});
});

describe('checkedAccountId (the triggers read the Account without n8n extraction)', () => {
	const node = { name: 'CallRail Trigger' } as INode;

	it.each([
		['an ID', '123456789'],
		['an ID of the ID mode', { __rl: true, mode: 'id', value: ' 123456789 ' }],
		['a pasted dashboard address', { __rl: true, mode: 'url', value: 'https://app.callrail.com/a/123456789/dashboard?x=1' }],
		['a pasted address ending with the ID', { __rl: true, mode: 'url', value: 'https://app.callrail.com/a/123456789' }],
	])('reads %s', (_what, value) => {
		expect(checkedAccountId(node, value)).toBe('123456789');
	});

	it('refuses an address without an account ID, naming what it read', () => {
		expect(() => checkedAccountId(node, { __rl: true, mode: 'url', value: 'https://app.callrail.com/settings' })).toThrow(
			'"https://app.callrail.com/settings" is not a valid account ID',
		);
		expect(() => checkedAccountId(node, { __rl: true, mode: 'list', value: '' })).toThrow('Choose an account');
	});
});
