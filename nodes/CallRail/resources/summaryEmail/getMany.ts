import { companyLocator, userLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';
import { FREQUENCIES } from './fields';

export const getManySummaryEmails: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many summary emails',
	description: 'List summary email subscriptions; keys other than admin see only their own',
	method: 'GET',
	// The reference's list path has no .json.
	path: 'summary_emails',
	output: 'summary_emails',
	list: {
		envelope: 'summary_emails',
		filters: [
			{
				...companyLocator({ required: false, description: 'Only the summary emails of this company' }),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. name@email.com',
				default: '',
				description: 'Only the summary emails sent to this address',
				routing: { send: { type: 'query', property: 'email' } },
			},
			{
				displayName: 'Frequency',
				name: 'frequency',
				type: 'multiOptions',
				default: [],
				options: FREQUENCIES,
				description: 'Only summary emails sent this often',
				routing: { send: { type: 'query', property: 'frequency', value: '={{ $value.length ? $value : undefined }}' } },
			},
			{
				...userLocator({ required: false, description: 'Only the summary emails of this user' }),
				routing: { send: { type: 'query', property: 'user_id' } },
			},
		],
	},
};
