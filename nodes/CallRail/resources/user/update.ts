import type { OperationDeclaration } from '../../builder/operation';
import { checkUserBody, companiesField, userIdField } from './fields';
import { collection } from '../../../kernel/collections';

export const updateUser: OperationDeclaration = {
	value: 'update',
	name: 'Update',
	action: 'Update a user',
	description: "Change a user's name, email or companies",
	method: 'PUT',
	path: 'users/{{$parameter.userId}}.json',
	fields: [
		userIdField('The user to change'),
		collection('Update Fields', [
			companiesField('Replaces the companies a manager or reporting user can access (admin keys only)'),
			{
				displayName: 'Current Password',
				name: 'currentPassword',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: "The password of the API key's user, which CallRail asks for when the email changes",
				routing: { send: { type: 'body', property: 'current_password' } },
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. name@email.com',
				default: '',
				description: "New login email; only for the API key's own user",
				routing: { send: { type: 'body', property: 'email' } },
			},
			{
				displayName: 'First Name',
				name: 'firstName',
				type: 'string',
				default: '',
				description: "Only for the API key's own user",
				routing: { send: { type: 'body', property: 'first_name' } },
			},
			{
				displayName: 'Last Name',
				name: 'lastName',
				type: 'string',
				default: '',
				description: "Only for the API key's own user",
				routing: { send: { type: 'body', property: 'last_name' } },
			},
		], {
			description: 'Only the fields added here are sent. Only users who accepted their invitation can be updated.',
		}),
	],
	preSend: [checkUserBody],
};
