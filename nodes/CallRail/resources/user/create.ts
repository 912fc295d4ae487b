import { emailField } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { checkUserBody, companiesField } from './fields';

export const createUser: OperationDeclaration = {
	value: 'create',
	name: 'Create',
	action: 'Create a user',
	description: 'Invite a new admin, manager or reporting user (admin keys only)',
	method: 'POST',
	path: 'users.json',
	fields: [
		{
			displayName:
				'CallRail emails the new user an invitation right away. Only admin API keys can create users.',
			name: 'invitationNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'First Name',
			name: 'firstName',
			type: 'string',
			required: true,
			default: '',
			routing: { send: { type: 'body', property: 'first_name' } },
		},
		{
			displayName: 'Last Name',
			name: 'lastName',
			type: 'string',
			required: true,
			default: '',
			routing: { send: { type: 'body', property: 'last_name' } },
		},
		emailField('Address the invitation is sent to; it becomes the login'),
		{
			displayName: 'Role',
			name: 'role',
			type: 'options',
			default: 'reporting',
			options: [
				{ name: 'Admin', value: 'admin', description: 'Everything in every company, including users and billing' },
				{ name: 'Manager', value: 'manager', description: 'Reads and changes the companies given' },
				{ name: 'Reporting', value: 'reporting', description: 'Reads the companies given' },
			],
			routing: { send: { type: 'body', property: 'role' } },
		},
		{
			...companiesField('Companies the user can access (admins see all of them)'),
			required: true,
			displayOptions: { show: { role: ['manager', 'reporting'] } },
		},
	],
	preSend: [checkUserBody],
};
