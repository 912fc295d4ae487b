import type { OperationDeclaration } from '../../builder/operation';
import { flagResult } from '../../builder/routing';
import { COMPANY_PATH, companyIdField } from './fields';

export const disableCompany: OperationDeclaration = {
	value: 'delete',
	name: 'Disable',
	action: 'Disable a company',
	description: 'Turn a company off together with its tracking numbers and swap script',
	method: 'DELETE',
	path: COMPANY_PATH,
	fields: [
		{
			displayName:
				'Disabling a company also disables all its tracking numbers (calls to them are no longer tracked or forwarded) and its swap script. CallRail refuses to disable the last active company of an account.',
			name: 'disableNotice',
			type: 'notice',
			default: '',
		},
		companyIdField('The company to disable'),
	],
	postReceive: flagResult('disabled', 'companyId'),
};
