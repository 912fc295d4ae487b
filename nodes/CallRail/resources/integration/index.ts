import type { INodeProperties } from 'n8n-workflow';

import { accountPath, checkIdParameter, flagResult, listRouting, recordRouting, withPostReceive, withPreSend } from '../../shared/routing';
import { buildCreateConfig, buildUpdateConfig } from './config';
import { integrationCreateDescription } from './create';
import { integrationDeleteDescription } from './delete';
import { integrationGetDescription } from './get';
import { integrationGetManyDescription } from './getMany';
import { integrationUpdateDescription } from './update';

const recordPath = accountPath('integrations/{{$parameter.integrationId}}.json');
const checkIntegrationId = checkIdParameter('integrationId', 'integration');

export const integrationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['integration'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an integration',
				description: 'Create the Webhooks or Custom (cookie capture) integration of a company',
				routing: withPreSend(recordRouting('POST', accountPath('integrations.json')), buildCreateConfig),
			},
			{
				name: 'Disable',
				value: 'delete',
				action: 'Disable an integration',
				description: 'Turn an integration off; for Webhooks this stops every webhook of the company',
				routing: withPostReceive(
					withPreSend(recordRouting('DELETE', recordPath), checkIntegrationId),
					flagResult('disabled', 'integrationId'),
				),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an integration',
				description: 'Retrieve one integration, optionally with its webhook signing key',
				routing: withPreSend(recordRouting('GET', recordPath), checkIntegrationId),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many integrations',
				description: 'List the integrations of a company',
				routing: listRouting(accountPath('integrations.json'), { envelope: 'integrations' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an integration',
				description: 'Add or remove webhook URLs without touching the others, replace the config, or change the state',
				routing: withPreSend(recordRouting('PUT', recordPath), checkIntegrationId, buildUpdateConfig),
			},
		],
		default: 'getMany',
	},
	...integrationCreateDescription,
	...integrationDeleteDescription,
	...integrationGetDescription,
	...integrationGetManyDescription,
	...integrationUpdateDescription,
];
