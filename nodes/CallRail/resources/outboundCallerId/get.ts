import type { OperationDeclaration } from '../../builder/operation';
import { callerIdField, listCompanyField } from './fields';

export const getOutboundCallerId: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get an outbound caller ID',
	description: 'Retrieve one caller ID and whether it is verified',
	method: 'GET',
	path: 'caller_ids/{{$parameter.outboundCallerId}}.json',
	output: 'caller_ids',
	fields: [listCompanyField, callerIdField('The caller ID to retrieve')],
};
