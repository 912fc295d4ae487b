import type { INodeProperties } from 'n8n-workflow';

import { accountShow, numericIdOption } from './fields';

export const accountGetDescription: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: accountShow(['get']),
		options: [numericIdOption],
	},
];
