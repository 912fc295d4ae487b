import type { OperationDeclaration } from '../../builder/operation';
import { numericIdOption } from './fields';
import { collection } from '../../../kernel/collections';

export const getAccount: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get an account',
	description: 'Retrieve one account',
	method: 'GET',
	path: '/v3/a/{{$parameter.accountId}}.json',
	output: 'accounts',
	fields: [
		collection('Options', [numericIdOption]),
	],
};
