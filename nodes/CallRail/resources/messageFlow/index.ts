import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { accountPath, checkIdParameter, deletedResult, failItem, listRouting, recordRouting, withPreSend } from '../../shared/routing';
import { messageFlowCreateDescription } from './create';
import { messageFlowDeleteDescription } from './delete';
import { messageFlowGetDescription } from './get';
import { messageFlowGetManyDescription } from './getMany';
import { messageFlowUpdateDescription } from './update';

const recordPath = accountPath('message-flows/{{$parameter.messageFlowId}}.json');
const checkFlowId = checkIdParameter('messageFlowId', 'messageFlow');

/** Steps are typed as JSON; make sure they are an object before spending a request on them. */
async function parseSteps(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = { ...((requestOptions.body ?? {}) as IDataObject) };
	if (body.steps !== undefined) {
		let steps: unknown = body.steps;
		if (typeof steps === 'string') {
			try {
				steps = JSON.parse(steps);
			} catch (error) {
				failItem(this, 'Steps is not valid JSON', (error as Error).message);
			}
		}
		if (typeof steps !== 'object' || steps === null || Array.isArray(steps)) {
			failItem(this, 'Steps must be a JSON object', 'Write the steps as an object keyed by step ID, for example {"step_1": {"type": "sms_response", "message": "Thanks!"}}.');
		}
		if (Object.keys(steps as IDataObject).length === 0) {
			failItem(this, 'Steps is empty', 'A message flow needs at least one step.');
		}
		body.steps = steps as IDataObject;
	}
	for (const field of ['name', 'initial_step_id']) {
		if (body[field] !== undefined) {
			body[field] = String(body[field]).trim();
			if (body[field] === '') failItem(this, `${field === 'name' ? 'Name' : 'Initial Step ID'} is empty`);
		}
	}
	requestOptions.body = body;
	return requestOptions;
}

export const messageFlowDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['messageFlow'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a message flow',
				description: 'Create an automatic text reply flow for a company',
				routing: withPreSend(recordRouting('POST', accountPath('message-flows.json')), parseSteps),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a message flow',
				description: 'Delete a flow that no tracker uses',
				routing: withPreSend(
					recordRouting('DELETE', recordPath, { postReceive: deletedResult('messageFlowId') }),
					checkFlowId,
				),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a message flow',
				description: 'Retrieve one message flow with its steps',
				routing: withPreSend(recordRouting('GET', recordPath), checkFlowId),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many message flows',
				description: 'List the message flows of the account or of one company',
				routing: listRouting(accountPath('message-flows.json'), { envelope: 'message-flows' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a message flow',
				description: 'Rename a flow or replace its steps',
				routing: withPreSend(recordRouting('PUT', recordPath), checkFlowId, parseSteps),
			},
		],
		default: 'getMany',
	},
	...messageFlowCreateDescription,
	...messageFlowDeleteDescription,
	...messageFlowGetDescription,
	...messageFlowGetManyDescription,
	...messageFlowUpdateDescription,
];
