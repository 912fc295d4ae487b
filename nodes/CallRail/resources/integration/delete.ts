import type { OperationDeclaration } from '../../builder/operation';
import { flagResult } from '../../builder/routing';
import { integrationIdField, listCompanyField } from './fields';

export const disableIntegration: OperationDeclaration = {
	value: 'delete',
	name: 'Disable',
	action: 'Disable an integration',
	description: 'Turn an integration off; for Webhooks this stops every webhook of the company',
	method: 'DELETE',
	path: 'integrations/{{$parameter.integrationId}}.json',
	fields: [
		{
			displayName:
				'Disabling a Webhooks integration stops every webhook of that company, including those other tools (Zapier, CRMs, other workflows) rely on. To remove only your URLs, use Update with Remove URLs.',
			name: 'disableNotice',
			type: 'notice',
			default: '',
		},
		listCompanyField,
		integrationIdField('The integration to disable'),
	],
	postReceive: flagResult('disabled', 'integrationId'),
};
