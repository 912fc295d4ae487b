/**
 * The jest fixture of CallRail Trigger tests, on top of the engine harness in webhook.ts (which the demo and the
 * benchmarks use without jest).
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import type { useSandbox } from './sandbox';
import { startTriggerHarness, type TriggerWorkflow } from './webhook';

type SandboxEnv = ReturnType<typeof useSandbox>;
type TriggerHarness = Awaited<ReturnType<typeof startTriggerHarness>>;
type SandboxDelivery = Awaited<ReturnType<SandboxEnv['sandbox']['fireWebhook']>>[number];

export interface ActivateOptions {
	/** Credentials (default: the agency admin's API key). */
	credentials?: ICredentialDataDecryptedObject;
	key?: Parameters<SandboxEnv['apiKey']>[0];
	isTest?: boolean;
	/** Saved static data, to simulate a restart. */
	staticData?: IDataObject;
}

/**
 * The fixture of a CallRail Trigger test file: one harness for the file, a trigger on the single account's first
 * company, and every workflow the tests activate removed again after each test (except manual setups, which
 * registered nothing).
 */
export function useTriggerHarness(env: SandboxEnv, options: Parameters<typeof startTriggerHarness>[0] = {}) {
	const state = {} as { harness: TriggerHarness; accountId: string; companyId: string };
	const active: Array<{ wf: TriggerWorkflow; isTest: boolean }> = [];
	beforeAll(async () => {
		state.harness = await startTriggerHarness(options);
		state.accountId = env.sandbox.ids.singleAccount;
		state.companyId = env.sandbox.ids.companies[state.accountId][0];
	});
	afterEach(async () => {
		for (const { wf, isTest } of active.splice(0)) {
			if (wf.node.parameters.setupMode !== 'manual') await wf.delete(isTest).catch(() => undefined);
		}
	});
	afterAll(async () => {
		await state.harness?.close();
	});

	const fixture = {
		get harness() {
			return state.harness;
		},
		get accountId() {
			return state.accountId;
		},
		get companyId() {
			return state.companyId;
		},
		/** Post-call and call-modified events of the company, plus `extra`. */
		params(extra: IDataObject = {}): INodeParameters {
			return {
				events: ['post_call_webhook', 'updated_call_webhook'],
				accountId: { __rl: true, mode: 'id', value: state.accountId },
				companyScope: 'selected',
				companyIds: [state.companyId],
				...extra,
			} as INodeParameters;
		},
		/** A workflow with `params(extra)`, activated (or listening, with `isTest`) and removed after the test. */
		async activate(extra: IDataObject = {}, { credentials, key, isTest = false, staticData }: ActivateOptions = {}) {
			const wf = await state.harness.workflow(fixture.params(extra), credentials ?? env.apiKey(key), staticData);
			await wf.activate(isTest);
			active.push({ wf, isTest });
			return wf;
		},
		/** Also removes `wf` after the test (a workflow the test activated itself, or listened with). */
		removeAfterTest(wf: TriggerWorkflow, isTest = false) {
			active.push({ wf, isTest });
		},
		/** The deliveries of a sandbox webhook that reached this harness. */
		ours<T extends { url: string }>(deliveries: T[]): T[] {
			return deliveries.filter((d) => d.url.startsWith(state.harness.url));
		},
		/** Fires `event` at the company (about `resourceId`, or with `payload`) and returns the delivery that reached this harness. */
		async fire(event: Parameters<SandboxEnv['sandbox']['fireWebhook']>[0]['event'], payload?: IDataObject, resourceId?: string): Promise<SandboxDelivery> {
			const deliveries = await env.sandbox.fireWebhook({
				companyId: state.companyId,
				event,
				...(payload ? { payload: payload as never } : {}),
				...(resourceId ? { resourceId } : {}),
			});
			const [ours] = fixture.ours(deliveries);
			if (!ours) throw new Error(`no ${event} delivery reached the trigger harness`);
			return ours;
		},
	};
	return fixture;
}
