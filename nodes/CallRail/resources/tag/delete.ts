import type { OperationDeclaration } from '../../builder/operation';
import { deletedResult } from '../../builder/routing';
import { tagIdField } from './fields';

export const deleteTag: OperationDeclaration = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a tag',
	description: 'Delete a tag and remove it from every interaction',
	method: 'DELETE',
	path: 'tags/{{$parameter.tagId}}.json',
	fields: [
		{
			displayName:
				'Deleting a tag cannot be undone: it is removed from every call, form and text that carries it and from automation rules. Disable it (Update) to keep the history instead.',
			name: 'deleteNotice',
			type: 'notice',
			default: '',
		},
		tagIdField('The tag to delete'),
	],
	postReceive: deletedResult('tagId'),
};
