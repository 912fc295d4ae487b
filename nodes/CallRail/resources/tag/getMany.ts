import { companyLocator } from '../../../kernel/locators';
import { SORT_BY_NAME } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';

export const getManyTags: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many tags',
	description: 'List the tags of the account or of a company',
	method: 'GET',
	path: 'tags.json',
	output: 'tags',
	list: {
		envelope: 'tags',
		filters: [
			{
				...companyLocator({
					required: false,
					description: "The company's tags plus the account-level tags. Cannot be combined with Level.",
				}),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
			{
				displayName: 'Level',
				name: 'tagLevel',
				type: 'options',
				default: 'company',
				options: [
					{ name: 'Account', value: 'account' },
					{ name: 'Company', value: 'company' },
				],
				description: 'Only account-level or only company-level tags. Cannot be combined with Company.',
				routing: { send: { type: 'query', property: 'tag_level' } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'enabled',
				options: [
					{ name: 'Disabled', value: 'disabled' },
					{ name: 'Enabled', value: 'enabled' },
				],
				routing: { send: { type: 'query', property: 'status' } },
			},
		],
		sort: { fields: SORT_BY_NAME, default: 'name', order: 'asc' },
	},
};
