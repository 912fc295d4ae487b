import type { INodeProperties } from 'n8n-workflow';

import { numericIdField } from '../../shared/descriptions';
import { outputChoiceFor } from '../../shared/output';

export const integrationIdField = (operations: string[]): INodeProperties =>
	numericIdField('integration', operations, 'integrationId', 'Integration ID', 'The integration, a whole number such as 4 (Get Many lists them)');

export const signingKeyOption: INodeProperties = {
	displayName: 'Include Signing Key',
	name: 'includeSigningKey',
	type: 'boolean',
	default: false,
	description:
		'Whether to include the signing_key of Webhooks integrations, the secret that verifies the Signature header of each webhook',
	routing: { send: { type: 'query', property: 'fields', value: '={{ $value ? "signing_key" : undefined }}' } },
};

export const integrationGetDescription: INodeProperties[] = [
	integrationIdField(['get']),
	{
		...signingKeyOption,
		displayOptions: { show: { resource: ['integration'], operation: ['get'] } },
	},
	...outputChoiceFor({ show: { resource: ['integration'], operation: ['get'] } }, 'integrations'),
];
