import { SORT_BY_NAME } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { numericIdOption } from './fields';

export const getManyAccounts: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many accounts',
	description: 'List the accounts the API key can see (an agency key may see several)',
	method: 'GET',
	path: '/v3/a.json',
	output: 'accounts',
	list: {
		envelope: 'accounts',
		filters: [
			{
				displayName: 'HIPAA Account',
				name: 'hipaaAccount',
				type: 'boolean',
				default: true,
				description: 'Whether to list only HIPAA accounts (on) or only the other accounts (off)',
				routing: { send: { type: 'query', property: 'hipaa_account' } },
			},
		],
		options: [numericIdOption],
		sort: { fields: SORT_BY_NAME, default: 'name', order: 'asc' },
	},
};
