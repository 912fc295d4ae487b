import { companyLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';

export const getManyMessageFlows: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many message flows',
	description: 'List the message flows of the account or of one company',
	method: 'GET',
	path: 'message-flows.json',
	output: 'message-flows',
	list: {
		envelope: 'message-flows',
		filters: [
			{
				...companyLocator({
					required: false,
					description: 'Only the message flows of this company; without it, every company the key can see',
				}),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
		],
	},
};
