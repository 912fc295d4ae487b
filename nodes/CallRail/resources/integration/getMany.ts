import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { maxRateLimitWaitOption, returnAllAndLimit } from '../../shared/descriptions';
import { signingKeyOption } from './get';
import { outputChoiceFor } from '../../shared/output';

const show = { show: { resource: ['integration'], operation: ['getMany'] } };

export const integrationGetManyDescription: INodeProperties[] = [
	{
		...companyLocator({ description: 'CallRail lists the integrations of one company at a time' }),
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
		options: [signingKeyOption, maxRateLimitWaitOption],
	},
	...outputChoiceFor({ show: { resource: ['integration'], operation: ['getMany'] } }, 'integrations'),
];
