import type { OperationDeclaration } from '../../builder/operation';
import { initialStepIdField, messageFlowIdField, nameField, stepsField } from './fields';
import { checkSteps } from './steps';
import { collection } from '../../../kernel/collections';

export const updateMessageFlow: OperationDeclaration = {
	value: 'update',
	name: 'Update',
	action: 'Update a message flow',
	description: 'Rename a flow or replace its steps',
	method: 'PUT',
	path: 'message-flows/{{$parameter.messageFlowId}}.json',
	fields: [
		messageFlowIdField('The message flow to change'),
		collection('Update Fields', [initialStepIdField, nameField, stepsField], {
			description: 'Only the fields added here change. Steps replace all the steps of the flow.',
		}),
	],
	preSend: [checkSteps],
};
