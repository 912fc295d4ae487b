import type { INodeProperties } from 'n8n-workflow';

import { companyLocator, userLocator } from '../../../shared/locators';
import { maxRateLimitWaitOption, returnAllAndLimit } from '../../shared/descriptions';
import { FREQUENCIES } from './fields';
import { outputChoiceFor } from '../../shared/output';

const show = { show: { resource: ['summaryEmail'], operation: ['getMany'] } };

export const summaryEmailGetManyDescription: INodeProperties[] = [
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
				...companyLocator({ required: false, description: 'Only the summary emails of this company' }),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Only the summary emails sent to this address',
				routing: { send: { type: 'query', property: 'email' } },
			},
			{
				displayName: 'Frequency',
				name: 'frequency',
				type: 'multiOptions',
				default: [],
				options: FREQUENCIES,
				description: 'Only summary emails sent this often',
				routing: { send: { type: 'query', property: 'frequency', value: '={{ $value.length ? $value : undefined }}' } },
			},
			{
				...userLocator({ required: false, description: 'Only the summary emails of this user' }),
				routing: { send: { type: 'query', property: 'user_id' } },
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
	...outputChoiceFor({ show: { resource: ['summaryEmail'], operation: ['getMany'] } }, 'summary_emails'),
];
