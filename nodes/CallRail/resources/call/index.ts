import type { INodeProperties } from 'n8n-workflow';

import { accountPath, listRouting, recordRouting } from '../../shared/descriptions';
import { simplifyCall } from './fields';
import { callGetDescription } from './get';
import { callGetManyDescription } from './getMany';

const showOnlyForCalls = { resource: ['call'] };

export const callDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForCalls },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a call',
				description: 'Retrieve one call with optional extra fields',
				routing: recordRouting('GET', accountPath('calls/{{$parameter.callId}}.json')),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many calls',
				description: 'List calls with filters, newest first',
				routing: listRouting(accountPath('calls.json'), {
					envelope: 'calls',
					relative: true,
					simplify: simplifyCall,
				}),
			},
		],
		default: 'getMany',
	},
	...callGetDescription,
	...callGetManyDescription,
];
