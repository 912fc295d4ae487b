import type { OperationDeclaration } from '../../builder/operation';
import { timeZoneField } from './fields';
import { collection } from '../../../kernel/collections';

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
		collection('Additional Fields', [{ ...timeZoneField, description: `${timeZoneField.description}. Empty means CallRail's default.` }]),
	],
};
