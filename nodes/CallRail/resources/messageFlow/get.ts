import type { OperationDeclaration } from '../../builder/operation';
import { messageFlowIdField } from './fields';

export const getMessageFlow: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get a message flow',
	description: 'Retrieve one message flow with its steps',
	method: 'GET',
	path: 'message-flows/{{$parameter.messageFlowId}}.json',
	output: 'message-flows',
	fields: [messageFlowIdField('The message flow to retrieve')],
};
