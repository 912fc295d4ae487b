import { fieldOptions } from '../../../kernel/fieldNames';
import { companyLocator } from '../../../kernel/locators';
import { FIELDS_VALUE } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';

export const getManyLeads: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many leads',
	description: 'List leads (people), newest first',
	method: 'GET',
	path: 'leads.json',
	output: 'leads',
	list: {
		envelope: 'leads',
		filters: [
			{
				...companyLocator({ required: false, description: 'Only the leads of this company' }),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
		],
		options: [
			{
				displayName: 'Include Fields',
				name: 'fields',
				type: 'multiOptions',
				default: [],
				options: fieldOptions(['company_id', 'company_name', 'created_at', 'email', 'id', 'name', 'phone']),
				description: 'Return only these fields of each lead (all of them when none is chosen)',
				routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
			},
		],
		sort: { fields: fieldOptions(['created_at', 'email', 'name']), default: 'created_at', order: 'desc' },
	},
};
