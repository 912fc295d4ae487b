/**
 * Runs the CallRail Trigger the way n8n does: `webhookMethods` through n8n-core's HookContext (activation or
 * "listen for test event"), and `webhook()` through WebhookContext behind a loopback HTTP receiver whose URLs are
 * the workflow's webhook URLs, so the sandbox's signed deliveries really reach the node with their raw body.
 */
import { HookContext, WebhookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { databaseRoundTrip, startRequestReceiver } from './http-receiver';
import { CREDENTIAL_TYPE, createAdditionalData, loadPackage, nodeTypeName } from './n8n';

export interface WebhookDelivery {
	isTest: boolean;
	query: Record<string, string>;
	/** Whether the node started a workflow execution. */
	started: boolean;
	items: IDataObject[];
	/** The binary data of each item (Attach Files). */
	binary: Array<INodeExecutionData['binary']>;
	result?: IWebhookResponseData;
}

export interface TriggerWorkflow {
	workflow: Workflow;
	node: INode;
	/**
	 * The node's static data (`node:<name>`), as n8n would persist it. With `isTest`, the separate copy n8n keeps
	 * while it listens for a test event (TestWebhooks copies the saved static data, runs the hooks on the copy and
	 * hands that copy to the test deliveries), or undefined when not listening.
	 */
	staticData(isTest?: boolean): IDataObject;
	webhookUrl(isTest?: boolean): string;
	/** The workflow one production request runs with: a copy of the saved static data, as n8n loads it per request. */
	requestWorkflow(): Workflow;
	/** n8n's saveStaticData after a request: the request's whole static data replaces the saved one if it changed. */
	saveStaticData(requestWorkflow: Workflow): void;
	checkExists(isTest?: boolean): Promise<boolean>;
	create(isTest?: boolean): Promise<boolean>;
	delete(isTest?: boolean): Promise<boolean>;
	/** What n8n does on activation (or "listen for test event"): create unless checkExists says it is there. */
	activate(isTest?: boolean): Promise<void>;
	deliveries: WebhookDelivery[];
}

let counter = 0;

/**
 * `databaseLatencyMs`: how long each static-data load and save takes (n8n's database round trip); 0 for benchmarks
 * that measure the node alone.
 */
export async function startTriggerHarness({ databaseLatencyMs = 3 }: { databaseLatencyMs?: number } = {}) {
	const { nodeTypes } = await loadPackage();
	const type = nodeTypes.getByNameAndVersion(nodeTypeName('callRailTrigger'), 1) as INodeType;
	const registry = new Map<
		string,
		{ wf: TriggerWorkflow; credentials: ICredentialDataDecryptedObject; testWorkflow: () => Workflow | undefined }
	>();

	const receiver = await startRequestReceiver(async (req, res) => {
		const [, kind, webhookId] = req.path.split('/');
		const entry = registry.get(webhookId);
		if (!entry) {
			res.status(404).send('No workflow listens here');
			return;
		}
		const isTest = kind === 'webhook-test';
		// As n8n's live webhooks do: each request gets its own copy of the saved static data, and the whole copy is
		// written back afterwards if the node changed it (so concurrent requests overwrite each other's changes).
		const workflow = isTest ? entry.testWorkflow() : entry.wf.requestWorkflow();
		if (!workflow) {
			res.status(404).send('Not listening for a test event');
			return;
		}
		if (!isTest) await databaseRoundTrip(databaseLatencyMs);
		const additionalData = await baseData(entry.credentials);
		Object.assign(additionalData, { httpRequest: req, httpResponse: res });
		const webhookData = hookData(entry.wf, additionalData, isTest);
		const context = new WebhookContext(workflow, entry.wf.node, additionalData, isTest ? 'manual' : 'webhook', webhookData, [], null);
		const result = await type.webhook!.call(context);
		const started = Boolean(result.workflowData);
		entry.wf.deliveries.push({
			isTest,
			query: req.query,
			started,
			items: (result.workflowData?.[0] ?? []).map((item) => item.json),
			binary: (result.workflowData?.[0] ?? []).map((item) => item.binary),
			result,
		});
		// n8n saves the static data, then answers (a node that answered itself, like a 401, has already been answered).
		if (!isTest) {
			await databaseRoundTrip(databaseLatencyMs);
			entry.wf.saveStaticData(workflow);
		}
		// responseMode "onReceived": n8n answers 200 itself unless the node already answered.
		if (!result.noWebhookResponse && !res.writableEnded) {
			res.status(200).json(started ? { message: 'Workflow was started' } : (result.webhookResponse ?? { message: 'Webhook call received' }));
		}
	});

	async function baseData(credentials: ICredentialDataDecryptedObject): Promise<IWorkflowExecuteAdditionalData> {
		const data = await createAdditionalData(credentials);
		Object.assign(data, { webhookBaseUrl: `${receiver.url}/webhook`, webhookTestBaseUrl: `${receiver.url}/webhook-test` });
		return data;
	}

	function hookData(wf: TriggerWorkflow, additionalData: IWorkflowExecuteAdditionalData, isTest: boolean): IWebhookData {
		return {
			httpMethod: 'POST',
			node: wf.node.name,
			path: 'webhook',
			webhookDescription: type.description.webhooks![0],
			workflowId: String(wf.workflow.id),
			workflowExecuteAdditionalData: additionalData,
			webhookId: wf.node.webhookId,
			isTest,
		};
	}

	return {
		url: receiver.url,
		/** A workflow with one CallRail Trigger; pass `staticData` to simulate a restart with persisted data. */
		async workflow(parameters: INodeParameters, credentials: ICredentialDataDecryptedObject, staticData: IDataObject = {}): Promise<TriggerWorkflow> {
			counter++;
			const node: INode = {
				id: `trigger-${counter}`,
				name: 'CallRail Trigger',
				type: nodeTypeName('callRailTrigger'),
				typeVersion: 1,
				position: [0, 0],
				parameters,
				credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'CallRail account' } },
				webhookId: `hook${counter}x${Math.floor(Math.random() * 1e9)}`,
			};
			const id = `wf${counter}`;
			const workflow = new Workflow({ id, nodes: [node], connections: {}, active: true, nodeTypes, staticData });
			/** The workflow n8n builds while it listens for a test event, with a copy of the saved static data. */
			let testWorkflow: Workflow | undefined;
			const hook = async (method: 'checkExists' | 'create' | 'delete', isTest = false) => {
				const additionalData = await baseData(credentials);
				if (isTest && !testWorkflow) {
					const copy = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
					testWorkflow = new Workflow({ id, nodes: [node], connections: {}, active: false, nodeTypes, staticData: copy });
				}
				const target = isTest ? testWorkflow! : workflow;
				const context = new HookContext(
					target,
					node,
					additionalData,
					isTest ? 'manual' : 'trigger',
					isTest ? 'manual' : 'activate',
					hookData(wf, additionalData, isTest),
				);
				const result = await type.webhookMethods!.default![method].call(context);
				// n8n forgets the test registration (and its static data) once the test webhook is removed.
				if (isTest && method === 'delete') testWorkflow = undefined;
				return result;
			};
			const wf: TriggerWorkflow = {
				workflow,
				node,
				staticData: (isTest = false) =>
					(isTest ? testWorkflow?.getStaticData('node', node) : workflow.getStaticData('node', node)) as IDataObject,
				requestWorkflow: () =>
					new Workflow({
						id,
						nodes: [node],
						connections: {},
						active: true,
						nodeTypes,
						staticData: JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject,
					}),
				saveStaticData: (requestWorkflow) => {
					const changed = requestWorkflow.staticData as IDataObject & { __dataChanged?: boolean };
					if (changed.__dataChanged !== true) return;
					const saved = workflow.staticData as IDataObject;
					for (const key of Object.keys(saved)) delete saved[key];
					Object.assign(saved, JSON.parse(JSON.stringify(changed)) as IDataObject);
				},
				webhookUrl: (isTest = false) => `${receiver.url}/${isTest ? 'webhook-test' : 'webhook'}/${node.webhookId}/webhook`,
				checkExists: async (isTest) => await hook('checkExists', isTest),
				create: async (isTest) => await hook('create', isTest),
				delete: async (isTest) => await hook('delete', isTest),
				activate: async (isTest) => {
					if (!(await hook('checkExists', isTest))) await hook('create', isTest);
				},
				deliveries: [],
			};
			registry.set(node.webhookId!, { wf, credentials, testWorkflow: () => testWorkflow });
			return wf;
		},
		close: async () => await receiver.close(),
	};
}
