import type { OperationDeclaration } from '../../builder/operation';
import { deletedResult } from '../../builder/routing';
import { userIdField } from './fields';

export const deleteUser: OperationDeclaration = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a user',
	description: 'Remove a user from the account (admin keys only)',
	method: 'DELETE',
	path: 'users/{{$parameter.userId}}.json',
	fields: [
		{
			displayName: 'Deleting a user removes their login and cannot be undone. Only admin API keys can delete users.',
			name: 'deleteNotice',
			type: 'notice',
			default: '',
		},
		userIdField('The user to delete'),
	],
	postReceive: deletedResult('userId'),
};
