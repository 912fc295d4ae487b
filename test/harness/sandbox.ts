import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import type { LoggedRequest, Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { type NodeRunOptions, type NodeRunResult, runNode } from './n8n';

export type { LoggedRequest, Sandbox };

/** One sandbox per test file; each test starts with an empty request log. */
export function useSandbox(options: Parameters<typeof startSandbox>[0] = {}) {
	const state = {} as { sandbox: Sandbox };
	beforeAll(async () => {
		state.sandbox = await startSandbox({ rateLimit: false, ...options });
	});
	afterAll(async () => {
		await state.sandbox?.close();
	});
	beforeEach(() => {
		state.sandbox.clearRequests();
		state.sandbox.faults.clear();
		state.sandbox.beforeRequest = null;
		state.sandbox.relativeCursor = true;
	});
	return {
		get sandbox() {
			return state.sandbox;
		},
		/** API-key credentials pointed at the sandbox through the base-URL override. */
		apiKey(key: keyof Sandbox['keys'] = 'agencyAdmin'): ICredentialDataDecryptedObject {
			return { authMode: 'apiKey', apiKey: state.sandbox.keys[key], baseUrlOverride: state.sandbox.url };
		},
		maton(connection?: keyof Sandbox['matonConnections']): ICredentialDataDecryptedObject {
			return {
				authMode: 'matonGateway',
				matonApiKey: state.sandbox.keys.maton,
				matonBaseUrl: state.sandbox.matonUrl,
				matonConnectionId: connection ? state.sandbox.matonConnections[connection] : '',
			};
		},
		/** The primary account's first company and tracker, and two of its users: what most tests work on. */
		primary() {
			const { ids } = state.sandbox;
			const account = ids.accounts[0];
			const company = ids.companies[account][0];
			return {
				account,
				company,
				tracker: ids.trackers[company][0],
				/** The agency admin key acts as the first user of the account. */
				self: ids.users[account][0],
				user: ids.users[account][1],
			};
		},
		/** A path below the primary account, as the sandbox logs it. */
		accountPath(rest: string): string {
			return `/v3/a/${state.sandbox.ids.accounts[0]}/${rest}`;
		},
		/**
		 * Runs the CallRail node on the primary account (`accountId` chosen By ID), with the agency admin's key unless
		 * `key` or `credentials` says otherwise: `env.run({ resource: 'tag', operation: 'getMany' })`.
		 */
		async run(
			parameters: INodeParameters | IDataObject,
			options: Partial<NodeRunOptions> & { key?: keyof Sandbox['keys'] } = {},
		): Promise<NodeRunResult> {
			const { key, ...runOptions } = options;
			return await runNode(
				{ accountId: byId(state.sandbox.ids.accounts[0]), ...(parameters as INodeParameters) },
				{ ...runOptions, credentials: runOptions.credentials ?? this.apiKey(key) },
			);
		},
		/** Requests the node made (ignores the sandbox's own control traffic, if any). */
		requests(filter?: (r: LoggedRequest) => boolean): LoggedRequest[] {
			return state.sandbox.requests.filter((r) => r.path.includes('/v3/') && (!filter || filter(r)));
		},
	};
}

/** A resource locator value as the editor stores it. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
export const fromList = (value: string) => ({ __rl: true, mode: 'list', value });
