import type { INodeProperties } from 'n8n-workflow';

import { maxRateLimitWaitOption, returnAllAndLimit, SORT_BY_NAME, sortOptions } from '../../shared/descriptions';
import { accountShow, numericIdOption } from './fields';
import { outputChoiceFor } from '../../shared/output';

const show = accountShow(['getMany']);

export const accountGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'HIPAA Account',
				name: 'hipaaAccount',
				type: 'boolean',
				default: true,
				description: 'Whether to list only HIPAA accounts (on) or only the other accounts (off)',
				routing: { send: { type: 'query', property: 'hipaa_account' } },
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			numericIdOption,
			maxRateLimitWaitOption,
			...sortOptions(SORT_BY_NAME, 'name', 'asc'),
		],
	},
	...outputChoiceFor({ show: { resource: ['account'], operation: ['getMany'] } }, 'accounts'),
];
