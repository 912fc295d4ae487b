import { companyLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';
import { colorField } from './fields';
import { collection } from '../../../kernel/collections';

export const createTag: OperationDeclaration = {
	value: 'create',
	name: 'Create',
	action: 'Create a tag',
	description: 'Create a tag for one company, or for the whole account',
	method: 'POST',
	path: 'tags.json',
	fields: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Existing customer',
			description: 'Must be unique within the company (and among account-level tags)',
			routing: { send: { type: 'body', property: 'name' } },
		},
		{
			displayName: 'Level',
			name: 'tagLevel',
			type: 'options',
			default: 'company',
			options: [
				{
					name: 'Account',
					value: 'account',
					description: 'The tag is available in every company of the account (admin keys only)',
				},
				{ name: 'Company', value: 'company', description: 'The tag belongs to one company' },
			],
			routing: { send: { type: 'body', property: 'tag_level' } },
		},
		{
			...companyLocator({ description: 'The company the tag belongs to' }),
			displayOptions: { show: { tagLevel: ['company'] } },
			routing: { send: { type: 'body', property: 'company_id' } },
		},
		collection('Additional Fields', [colorField]),
	],
};
