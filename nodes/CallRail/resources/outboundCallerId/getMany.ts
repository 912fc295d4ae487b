import { companyLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';

export const getManyOutboundCallerIds: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many outbound caller ID numbers',
	description: 'List the caller IDs of a company',
	method: 'GET',
	path: 'caller_ids.json',
	output: 'caller_ids',
	fields: [
		{
			...companyLocator({ description: 'CallRail lists the caller IDs of one company at a time' }),
			routing: { send: { type: 'query', property: 'company_id' } },
		},
	],
	list: { envelope: 'caller_ids' },
};
