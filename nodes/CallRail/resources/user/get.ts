import type { OperationDeclaration } from '../../builder/operation';
import { userIdField } from './fields';

export const getUser: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get a user',
	description: 'Retrieve one user with their role and companies',
	method: 'GET',
	path: 'users/{{$parameter.userId}}.json',
	output: 'users',
	fields: [userIdField('The user to retrieve')],
};
