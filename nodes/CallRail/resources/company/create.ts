import type { OperationDeclaration } from '../../builder/operation';
import { timeZoneField } from './fields';

export const createCompany: OperationDeclaration = {
	value: 'create',
	name: 'Create',
	action: 'Create a company',
	description: 'Add a company to the account (admin keys only)',
	method: 'POST',
	path: 'companies.json',
	fields: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Acme Plumbing',
			routing: { send: { type: 'body', property: 'name' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [{ ...timeZoneField, description: `${timeZoneField.description}. Empty means CallRail's default.` }],
		},
	],
};
