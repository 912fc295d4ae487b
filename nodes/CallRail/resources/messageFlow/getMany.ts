import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { maxRateLimitWaitOption, returnAllAndLimit } from '../../shared/descriptions';
import { outputChoiceFor } from '../../shared/output';

const show = { show: { resource: ['messageFlow'], operation: ['getMany'] } };

export const messageFlowGetManyDescription: INodeProperties[] = [
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
				...companyLocator({ required: false, description: 'Only the message flows of this company; without it, every company the key can see' }),
				routing: { send: { type: 'query', property: 'company_id' } },
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
		options: [maxRateLimitWaitOption],
	},
	...outputChoiceFor({ show: { resource: ['messageFlow'], operation: ['getMany'] } }, 'message-flows'),
];
