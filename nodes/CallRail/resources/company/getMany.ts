import { SORT_BY_NAME, statusFilter } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { companyFieldsOption } from './fields';

export const getManyCompanies: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many companies',
	description: 'List the companies of the account',
	method: 'GET',
	path: 'companies.json',
	output: 'companies',
	list: {
		envelope: 'companies',
		filters: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'One term matched against company names',
				routing: { send: { type: 'query', property: 'search' } },
			},
			statusFilter('Without it, disabled companies are listed too'),
		],
		options: [companyFieldsOption],
		sort: { fields: SORT_BY_NAME, default: 'name', order: 'asc' },
	},
};
