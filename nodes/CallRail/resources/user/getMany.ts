import { companyLocator } from '../../../kernel/locators';
import { fieldOptions } from '../../../kernel/fieldNames';
import type { OperationDeclaration } from '../../builder/operation';

export const getManyUsers: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many users',
	description: 'List the users of the account',
	method: 'GET',
	path: 'users.json',
	output: 'users',
	list: {
		envelope: 'users',
		filters: [
			{
				...companyLocator({ required: false, description: 'Only the users with access to this company' }),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'One term, matched against first name, last name and email',
				routing: { send: { type: 'query', property: 'search' } },
			},
		],
		sort: { fields: fieldOptions(['created_at', 'email']), default: 'email', order: 'asc' },
	},
};
