import type { INodeProperties } from 'n8n-workflow';

import { accountShow, numericIdOption } from './fields';
import { outputChoice } from '../../shared/output';

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
	...outputChoice({ show: { resource: ['account'], operation: ['get'] } }, 'accounts'),
];
