/** Runs the CallRail Polling Trigger through n8n-core's PollContext, with the workflow's static data kept between polls. */
import { PollContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { CREDENTIAL_TYPE, createAdditionalData, loadPackage, nodeTypeName } from './n8n';

export interface PollWorkflow {
	workflow: Workflow;
	node: INode;
	staticData(): IDataObject;
	/** One poll; returns the emitted items' JSON, or null when the node emitted nothing. */
	poll(activation?: WorkflowActivateMode, mode?: WorkflowExecuteMode): Promise<IDataObject[] | null>;
	/** The context of the last poll (for spying on its logger). */
	lastContext?: PollContext;
	/** The items (with their binary data) of the last poll that emitted. */
	lastItems?: INodeExecutionData[];
}

export async function pollWorkflow(
	parameters: INodeParameters,
	credentials: ICredentialDataDecryptedObject,
	staticData: IDataObject = {},
	beforePoll?: (context: PollContext) => void,
): Promise<PollWorkflow> {
	const { nodeTypes } = await loadPackage();
	const type = nodeTypes.getByNameAndVersion(nodeTypeName('callRailPollingTrigger')) as INodeType;
	const node: INode = {
		id: 'poll',
		name: 'CallRail Polling Trigger',
		type: nodeTypeName('callRailPollingTrigger'),
		typeVersion: Number(type.description.version),
		position: [0, 0],
		parameters,
		credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'CallRail account' } },
	};
	const workflow = new Workflow({ id: 'poll-wf', nodes: [node], connections: {}, active: true, nodeTypes, staticData });
	const wf: PollWorkflow = {
		workflow,
		node,
		staticData: () => workflow.getStaticData('node', node) as IDataObject,
		async poll(activation = 'activate', mode = 'trigger') {
			const additionalData = await createAdditionalData(credentials);
			const context = new PollContext(workflow, node, additionalData, mode, activation);
			wf.lastContext = context;
			beforePoll?.(context);
			const result = await type.poll!.call(context);
			if (result) wf.lastItems = result[0];
			return result ? result[0].map((item) => item.json) : null;
		},
	};
	return wf;
}

/** The static data a restarted n8n would load: a deep copy of what was saved. */
export const persisted = (data: IDataObject): IDataObject => JSON.parse(JSON.stringify(data)) as IDataObject;
