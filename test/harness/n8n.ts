/**
 * Runs the package inside n8n's real engine, in-process: the nodes are loaded from dist/ by n8n-core's
 * PackageDirectoryLoader (as n8n loads a community package), workflows run through WorkflowExecute and
 * RoutingNode, and credentials are resolved and applied the way n8n's CLI does it.
 */
import {
	ExecuteContext,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	PackageDirectoryLoader,
	RoutingNode,
	WorkflowExecute,
} from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialsDecrypted,
	ICredentialType,
	IDataObject,
	IExecuteData,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeListSearchResult,
	INodeParameters,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	IWorkflowSettings,
} from 'n8n-workflow';
import { createRunExecutionData, ICredentialsHelper, NodeApiError, NodeHelpers, Workflow } from 'n8n-workflow';

declare const PACKAGE_ROOT: string;

export const PACKAGE_NAME = 'n8n-nodes-callrail';
export const CREDENTIAL_TYPE = 'callRailApi';
/** A node of this package by its short name (`callRail`); a name with a dot (`n8n-nodes-base.httpRequest`) is kept. */
export const nodeTypeName = (name: string) => (name.includes('.') ? name : `${PACKAGE_NAME}.${name}`);

const extraTypes: Record<string, INodeType | IVersionedNodeType> = {};

/** Makes another node type (for example n8n's HTTP Request node, for benchmarks) runnable beside the package. */
export function registerNodeType(name: string, type: INodeType | IVersionedNodeType): void {
	extraTypes[name] = type;
}

const START_TYPE = 'test.start';

class StartNode implements INodeType {
	description = {
		displayName: 'Start',
		name: START_TYPE,
		group: ['input'],
		version: 1,
		description: 'Passes its input on, as a manual trigger would',
		defaults: { name: 'Start' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	} as unknown as INodeType['description'];

	async execute(this: { getInputData(): INodeExecutionData[] }): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

export interface LoadedPackage {
	loader: PackageDirectoryLoader;
	nodeTypes: INodeTypes;
	credentialTypes: Record<string, ICredentialType>;
}

let loaded: Promise<LoadedPackage> | undefined;

/** Loads dist/ once per test file with n8n's own package loader. */
export async function loadPackage(): Promise<LoadedPackage> {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(PACKAGE_ROOT);
		await loader.loadAll();
		const types: Record<string, INodeType | IVersionedNodeType> = { [START_TYPE]: new StartNode() };
		for (const [name, data] of Object.entries(loader.nodeTypes)) {
			types[nodeTypeName(name)] = data.type;
		}
		const credentialTypes: Record<string, ICredentialType> = {};
		for (const [name, data] of Object.entries(loader.credentialTypes)) {
			credentialTypes[name] = data.type;
		}
		const nodeTypes: INodeTypes = {
			getByName: (type) => must(types[type] ?? extraTypes[type], type),
			getByNameAndVersion: (type, version) =>
				NodeHelpers.getVersionedNodeType(must(types[type] ?? extraTypes[type], type), version),
			getKnownTypes: () => ({}),
		};
		return { loader, nodeTypes, credentialTypes };
	})();
	return await loaded;
}

function must<T>(value: T | undefined, name: string): T {
	if (value === undefined) throw new Error(`Unknown node type ${name}`);
	return value;
}

/** Credentials as n8n's CLI resolves them: stored data plus property defaults, then the type's `authenticate`. */
export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly credentialTypes: Record<string, ICredentialType>,
		private readonly store: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const type = this.credentialTypes[typeName];
		const authenticate = type?.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (authenticate?.type === 'generic' && workflow && node) {
			for (const [outerKey, values] of Object.entries(authenticate.properties)) {
				const target = ((requestOptions as unknown as IDataObject)[outerKey] ??= {}) as IDataObject;
				for (const [key, value] of Object.entries(values as IDataObject)) {
					const resolve = (v: unknown) =>
						workflow.expression.getParameterValue(
							v as string,
							null,
							0,
							0,
							node.name,
							[],
							'internal',
							{ $credentials: credentials },
						);
					target[String(resolve(key))] = resolve(value) as string;
				}
			}
		}
		return requestOptions;
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not needed by these tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_details: unknown,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.store[type];
		if (!data) throw new Error(`No test credentials of type ${type}`);
		return withDefaults(this.getCredentialsProperties(type), data);
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.credentialTypes[type]?.properties ?? [];
	}
}

export function withDefaults(
	properties: INodeProperties[],
	data: ICredentialDataDecryptedObject,
): ICredentialDataDecryptedObject {
	const result: ICredentialDataDecryptedObject = {};
	for (const property of properties) {
		if (property.default !== undefined) result[property.name] = property.default as string;
	}
	return { ...result, ...data };
}

const BASE = 'http://127.0.0.1:5678/';

export async function createAdditionalData(
	credentials: ICredentialDataDecryptedObject,
	hooks?: ExecutionLifecycleHooks,
): Promise<IWorkflowExecuteAdditionalData> {
	const { credentialTypes } = await loadPackage();
	return {
		hooks,
		credentialsHelper: new TestCredentialsHelper(credentialTypes, { [CREDENTIAL_TYPE]: credentials }),
		executionId: '1',
		restApiUrl: `${BASE}rest`,
		instanceBaseUrl: BASE,
		formWaitingBaseUrl: `${BASE}form-waiting`,
		webhookBaseUrl: `${BASE}webhook`,
		webhookWaitingBaseUrl: `${BASE}webhook-waiting`,
		webhookTestBaseUrl: `${BASE}webhook-test`,
		variables: {},
		currentNodeParameters: undefined,
		userId: 'test-user',
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface NodeRunOptions {
	credentials: ICredentialDataDecryptedObject;
	input?: IDataObject[];
	/** Node settings users set in the editor. */
	settings?: Partial<Pick<INode, 'continueOnFail' | 'retryOnFail' | 'maxTries' | 'waitBetweenTries' | 'onError'>>;
	nodeType?: string;
	/** The node's version (default 1). */
	typeVersion?: number;
	workflowSettings?: IWorkflowSettings;
}

export interface NodeRunResult {
	items: INodeExecutionData[];
	json: IDataObject[];
	error?: Error & { message: string; description?: string | null; httpCode?: string | null };
	run: IRun;
}

export interface WorkflowNode {
	name: string;
	/** A node of this package, e.g. `callRail`, or a full type name of a registered node. */
	type?: string;
	typeVersion?: number;
	parameters: INodeParameters;
	settings?: NodeRunOptions['settings'];
}

export interface WorkflowRunResult {
	run: IRun;
	/** Output items of each node's first run. */
	output(nodeName: string): INodeExecutionData[];
	error(nodeName: string): NodeRunResult['error'];
}

/** Runs Start → nodes[0] → nodes[1] → … through WorkflowExecute, as a manual execution in the editor would. */
export async function runWorkflow(
	chain: WorkflowNode[],
	options: Omit<NodeRunOptions, 'settings' | 'nodeType' | 'typeVersion'>,
): Promise<WorkflowRunResult> {
	const { nodeTypes } = await loadPackage();
	const nodes: INode[] = [
		{ id: 'start', name: 'Start', type: START_TYPE, typeVersion: 1, position: [0, 0], parameters: {} },
		...chain.map((step, index) => ({
			id: `node-${index}`,
			name: step.name,
			type: nodeTypeName(step.type ?? 'callRail'),
			typeVersion: step.typeVersion ?? 1,
			position: [200 * (index + 1), 0] as [number, number],
			parameters: step.parameters,
			credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'CallRail account' } },
			...step.settings,
		})),
	];
	const names = nodes.map((node) => node.name);
	const connections = Object.fromEntries(
		names.slice(0, -1).map((name, i) => [name, { main: [[{ node: names[i + 1], type: 'main' as const, index: 0 }]] }]),
	);
	const workflow = new Workflow({
		id: 'test',
		nodes,
		connections,
		nodeTypes,
		active: false,
		settings: options.workflowSettings ?? {},
	});
	const workflowData = { id: 'test', name: 'test', nodes, connections, active: false, settings: {} };
	const hooks = new ExecutionLifecycleHooks('manual', '1', workflowData as never);
	const finished = new Promise<IRun>((resolve) => hooks.addHandler('workflowExecuteAfter', (run) => resolve(run)));
	const additionalData = await createAdditionalData(options.credentials, hooks);
	const input = (options.input ?? [{}]).map((json) => ({ json }));
	const runExecutionData: IRunExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: workflow.getNode('Start')!, data: { main: [input] }, source: null }],
		},
	});
	await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	const run = await finished;
	const task = (name: string) => run.data.resultData.runData[name]?.[0];
	return {
		run,
		output: (name) => task(name)?.data?.main?.[0] ?? [],
		error: (name) => (task(name)?.error ?? run.data.resultData.error) as NodeRunResult['error'],
	};
}

/** Runs Start → CallRail (or another node of the package) with the given parameters. */
export async function runNode(parameters: INodeParameters, options: NodeRunOptions): Promise<NodeRunResult> {
	const name = 'CallRail';
	const result = await runWorkflow(
		[{ name, type: options.nodeType, typeVersion: options.typeVersion, parameters, settings: options.settings }],
		options,
	);
	const items = result.output(name);
	return { items, json: items.map((item) => item.json), error: result.error(name), run: result.run };
}

/**
 * Whether this n8n keeps the HTTP error as the `cause` of a NodeApiError. n8n's CredentialsTester applies a credential's
 * `responseCode` rules only when it finds `error.cause.response`; n8n-workflow 1.x declares `cause` as a class field of
 * ExecutionBaseError, which resets the cause Error's constructor set, so on n8n 1.x those rules are never reached and
 * the user sees n8n's own message for the status (2.x forwards the cause).
 */
export const credentialRulesApply = new NodeApiError({ name: 'probe' } as INode, new Error('probe') as never).cause !== undefined;

/** The credential test exactly as n8n's CLI runs a declarative `test` request, including its rules. */
export async function testCredential(
	data: ICredentialDataDecryptedObject,
): Promise<{ status: 'OK' | 'Error'; message: string }> {
	const { credentialTypes } = await loadPackage();
	const type = credentialTypes[CREDENTIAL_TYPE];
	const testRequest = type.test!;
	const credentialsDecrypted: ICredentialsDecrypted = {
		id: '1',
		name: 'test',
		type: CREDENTIAL_TYPE,
		data: withDefaults(type.properties, data),
	};
	const nodeType: INodeType = {
		description: {
			displayName: 'Temp',
			name: 'temp',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: [],
			outputs: [],
			credentials: [{ name: CREDENTIAL_TYPE, required: true }],
			properties: [
				{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: testRequest.request } },
			],
		},
	};
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'temp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'test' } },
	};
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = await createAdditionalData(credentialsDecrypted.data!);
	const executeData: IExecuteData = { node, data: {}, source: null };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		{ resultData: { runData: {} } } as IRunExecutionData,
		0,
		[],
		{ main: [[{ json: {} }]] },
		executeData,
		[],
	);
	try {
		await new RoutingNode(context, nodeType, credentialsDecrypted).runNode();
	} catch (error) {
		const cause = (error as { cause?: { response?: { status: number; statusText?: string }; code?: string } }).cause;
		if (cause?.response) {
			const rule = testRequest.rules?.find(
				(r) => r.type === 'responseCode' && r.properties.value === cause.response!.status,
			);
			if (rule) return { status: 'Error', message: rule.properties.message };
			return { status: 'Error', message: cause.response.statusText || `Received HTTP status code: ${cause.response.status}` };
		}
		if (cause?.code) return { status: 'Error', message: cause.code };
		return { status: 'Error', message: String((error as Error).message) };
	}
	return { status: 'OK', message: 'Connection successful!' };
}

/** Calls a listSearch method of the node the way the editor does, with the node's current parameters. */
export async function listSearch(
	method: string,
	parameters: INodeParameters,
	credentials: ICredentialDataDecryptedObject,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { nodeTypes } = await loadPackage();
	const node: INode = {
		id: 'callrail',
		name: 'CallRail',
		type: nodeTypeName('callRail'),
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'CallRail account' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = await createAdditionalData(credentials);
	(additionalData as { currentNodeParameters?: INodeParameters }).currentNodeParameters = parameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const type = nodeTypes.getByNameAndVersion(node.type, 1) as INodeType;
	const fn = type.methods!.listSearch![method];
	return await fn.call(context, filter, paginationToken);
}
