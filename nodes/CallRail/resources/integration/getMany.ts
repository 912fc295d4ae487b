import { companyLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';
import { signingKeyOption } from './fields';

export const getManyIntegrations: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many integrations',
	description: 'List the integrations of a company',
	method: 'GET',
	path: 'integrations.json',
	output: 'integrations',
	fields: [
		{
			...companyLocator({ description: 'CallRail lists the integrations of one company at a time' }),
			routing: { send: { type: 'query', property: 'company_id' } },
		},
	],
	list: { envelope: 'integrations', options: [signingKeyOption] },
};
