import type { INodeProperties } from 'n8n-workflow';

import { exampleId } from '../../../shared/ids';

import { userShow } from './get';
import { LIST_OF_STRINGS } from '../../../shared/vocabulary';

const show = userShow(['create']);

export const companiesField = (description: string): INodeProperties => ({
	displayName: 'Company IDs',
	name: 'companies',
	type: 'string',
	typeOptions: { multipleValues: true },
	default: [],
	placeholder: exampleId('company'),
	description,
	routing: {
		send: {
			type: 'body',
			property: 'companies',
			value: LIST_OF_STRINGS,
		},
	},
});

export const userCreateDescription: INodeProperties[] = [
	{
		displayName:
			'CallRail emails the new user an invitation right away. Only admin API keys can create users.',
		name: 'invitationNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'first_name' } },
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'last_name' } },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Address the invitation is sent to; it becomes the login',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'email' } },
	},
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
		displayOptions: show,
		routing: { send: { type: 'body', property: 'role' } },
	},
	{
		...companiesField('Companies the user can access (admins see all of them)'),
		required: true,
		displayOptions: { show: { ...show.show, role: ['manager', 'reporting'] } },
	},
];
