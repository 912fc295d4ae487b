import type { INodeProperties } from 'n8n-workflow';

import { maxRateLimitWaitOption, returnAllAndLimit } from '../../shared/descriptions';
import { userLocator } from '../../../shared/locators';
import { outputChoiceFor } from '../../shared/output';

const show = { show: { resource: ['notification'], operation: ['getMany'] } };

export const notificationGetManyDescription: INodeProperties[] = [
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
				displayName: 'Delivery',
				name: 'notificationType',
				type: 'options',
				default: 'send_email',
				options: [
					{ name: 'Desktop', value: 'send_desktop' },
					{ name: 'Email', value: 'send_email' },
					{ name: 'Push', value: 'send_push' },
				],
				description: 'Only notifications delivered this way',
				routing: { send: { type: 'query', property: 'notification_type' } },
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Only the notifications of this email-only recipient',
				routing: { send: { type: 'query', property: 'email' } },
			},
			{
				...userLocator({ required: false, description: 'Only the notifications of this user' }),
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
	...outputChoiceFor({ show: { resource: ['notification'], operation: ['getMany'] } }, 'notifications'),
];
