import type { INodeProperties } from 'n8n-workflow';

import { accountShow, numericIdOption } from './fields';
import { outputChoiceFor } from '../../shared/output';

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
	...outputChoiceFor({ show: { resource: ['account'], operation: ['get'] } }, 'accounts'),
];
