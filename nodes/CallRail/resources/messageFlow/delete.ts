import type { OperationDeclaration } from '../../builder/operation';
import { deletedResult } from '../../builder/routing';
import { messageFlowIdField } from './fields';

export const deleteMessageFlow: OperationDeclaration = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a message flow',
	description: 'Delete a flow that no tracker uses',
	method: 'DELETE',
	path: 'message-flows/{{$parameter.messageFlowId}}.json',
	fields: [
		{
			displayName:
				'CallRail refuses to delete a flow that a tracking number still uses: switch the tracker to another flow (Tracker > Update) first',
			name: 'deleteNotice',
			type: 'notice',
			default: '',
		},
		messageFlowIdField('The message flow to delete'),
	],
	postReceive: deletedResult('messageFlowId'),
};
