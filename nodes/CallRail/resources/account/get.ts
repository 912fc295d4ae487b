import type { OperationDeclaration } from '../../builder/operation';
import { numericIdOption } from './fields';

export const getAccount: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get an account',
	description: 'Retrieve one account',
	method: 'GET',
	path: '/v3/a/{{$parameter.accountId}}.json',
	output: 'accounts',
	fields: [
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [numericIdOption],
		},
	],
};
