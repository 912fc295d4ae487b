import { userLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';

export const getManyNotifications: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many notifications',
	description: 'List the call and text alerts of the account',
	method: 'GET',
	path: 'notifications.json',
	output: 'notifications',
	list: {
		envelope: 'notifications',
		filters: [
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
				placeholder: 'e.g. name@email.com',
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
};
