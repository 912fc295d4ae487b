import { companyLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';
import { buildCreateConfig, configFields } from './config';
import { integrationTypeField } from './fields';

export const createIntegration: OperationDeclaration = {
	value: 'create',
	name: 'Create',
	action: 'Create an integration',
	description: 'Create the Webhooks or Custom (cookie capture) integration of a company',
	method: 'POST',
	path: 'integrations.json',
	fields: [
		{
			displayName:
				'A company has at most one integration of each type. If it already has a Webhooks integration (other tools may have created it), use Update with Add URLs instead.',
			name: 'createNotice',
			type: 'notice',
			default: '',
		},
		{
			...companyLocator(),
			routing: { send: { type: 'body', property: 'company_id' } },
		},
		{
			...integrationTypeField('Only Webhooks and Custom integrations can be created through the API'),
			routing: { send: { type: 'body', property: 'type' } },
		},
		...configFields,
	],
	preSend: [buildCreateConfig],
};
