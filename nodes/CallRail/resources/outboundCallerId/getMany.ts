import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { maxRateLimitWaitOption, returnAllAndLimit } from '../../shared/descriptions';
import { outputChoiceFor } from '../../shared/output';

const show = { show: { resource: ['outboundCallerId'], operation: ['getMany'] } };

export const outboundCallerIdGetManyDescription: INodeProperties[] = [
	{
		...companyLocator({ description: 'CallRail lists the caller IDs of one company at a time' }),
		displayOptions: show,
		routing: { send: { type: 'query', property: 'company_id' } },
	},
	...returnAllAndLimit(show),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [maxRateLimitWaitOption],
	},
	...outputChoiceFor({ show: { resource: ['outboundCallerId'], operation: ['getMany'] } }, 'caller_ids'),
];
