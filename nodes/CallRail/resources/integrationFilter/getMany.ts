import { companyLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';

export const getManyIntegrationFilters: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many integration filters',
	description: 'List the integration filters of a company',
	method: 'GET',
	path: 'integration_triggers.json',
	output: 'integration_criteria',
	fields: [
		{
			...companyLocator({ description: 'CallRail lists the filters of one company at a time' }),
			routing: { send: { type: 'query', property: 'company_id' } },
		},
	],
	list: { envelope: 'integration_criteria' },
};
