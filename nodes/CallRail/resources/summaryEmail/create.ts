import type { INodeProperties } from 'n8n-workflow';

import { companyLocator, userLocator } from '../../shared/descriptions';
import { frequencyField, leadStatusField, sectionsField } from './fields';

const show = { resource: ['summaryEmail'], operation: ['create'] };

export const summaryEmailCreateDescription: INodeProperties[] = [
	{
		displayName: 'Recipient',
		name: 'recipient',
		type: 'options',
		default: 'user',
		options: [
			{ name: 'CallRail User', value: 'user' },
			{ name: 'Email Address', value: 'email', description: 'Someone without a CallRail login; needs a company' },
		],
		description: 'Who receives the summary email',
		displayOptions: { show },
	},
	{
		...userLocator({ description: 'The user who receives the summary email' }),
		displayOptions: { show: { ...show, recipient: ['user'] } },
		routing: { send: { type: 'body', property: 'user_id' } },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Address that receives the summary email',
		displayOptions: { show: { ...show, recipient: ['email'] } },
		routing: { send: { type: 'body', property: 'email' } },
	},
	{
		...companyLocator({
			required: false,
			description:
				'The company the email reports on. Required for an email address; for a user, leave empty to cover the whole account.',
		}),
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'company_id', value: '={{ $value || undefined }}' } },
	},
	{ ...frequencyField(true), displayOptions: { show } },
	{ ...sectionsField, displayOptions: { show } },
	{ ...leadStatusField, displayOptions: { show } },
];
