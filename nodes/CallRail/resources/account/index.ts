import type { INodeProperties } from 'n8n-workflow';

import { listRouting, recordRouting } from '../../shared/routing';
import { accountGetDescription } from './get';
import { accountGetManyDescription } from './getMany';

export const accountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get an account',
				description: 'Retrieve one account',
				routing: recordRouting('GET', '=/v3/a/{{$parameter.accountId}}.json'),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many accounts',
				description: 'List the accounts the API key can see (an agency key may see several)',
				routing: listRouting('/v3/a.json', { envelope: 'accounts' }),
			},
		],
		default: 'getMany',
	},
	...accountGetDescription,
	...accountGetManyDescription,
];
