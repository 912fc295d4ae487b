import type { OperationDeclaration } from '../../builder/operation';
import { deletedResult } from '../../builder/routing';
import { callerIdField, listCompanyField } from './fields';

export const deleteOutboundCallerId: OperationDeclaration = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an outbound caller ID',
	description: 'Remove a caller ID so outbound calls can no longer show it',
	method: 'DELETE',
	path: 'caller_ids/{{$parameter.outboundCallerId}}.json',
	fields: [listCompanyField, callerIdField('The caller ID to delete')],
	postReceive: deletedResult('outboundCallerId'),
};
