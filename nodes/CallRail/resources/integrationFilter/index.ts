import type { INodeProperties } from 'n8n-workflow';

import { accountPath, checkIdParameter, deletedResult, listRouting, recordRouting, withPreSend } from '../../shared/routing';
import { integrationFilterCreateDescription } from './create';
import { integrationFilterDeleteDescription } from './delete';
import { integrationFilterGetDescription } from './get';
import { integrationFilterGetManyDescription } from './getMany';
import { integrationFilterUpdateDescription } from './update';

const recordPath = accountPath('integration_triggers/{{$parameter.integrationFilterId}}.json');
const checkFilterId = checkIdParameter('integrationFilterId', 'integrationFilter');

export const integrationFilterDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['integrationFilter'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an integration filter',
				description: 'Limit which calls an integration receives (call type, duration, lead status, trackers)',
				routing: recordRouting('POST', accountPath('integration_triggers.json')),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an integration filter',
				description: 'Remove a filter so the integration receives every call again',
				routing: withPreSend(
					recordRouting('DELETE', recordPath, { postReceive: deletedResult('integrationFilterId') }),
					checkFilterId,
				),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an integration filter',
				description: 'Retrieve one integration filter',
				routing: withPreSend(recordRouting('GET', recordPath), checkFilterId),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many integration filters',
				description: 'List the integration filters of a company',
				routing: listRouting(accountPath('integration_triggers.json'), { envelope: 'integration_criteria' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an integration filter',
				description: 'Change the conditions of a filter',
				routing: withPreSend(recordRouting('PUT', recordPath), checkFilterId),
			},
		],
		default: 'getMany',
	},
	...integrationFilterCreateDescription,
	...integrationFilterDeleteDescription,
	...integrationFilterGetDescription,
	...integrationFilterGetManyDescription,
	...integrationFilterUpdateDescription,
];
