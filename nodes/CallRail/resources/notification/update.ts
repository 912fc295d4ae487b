import type { OperationDeclaration } from '../../builder/operation';
import { notificationIdField, notificationSettingOptions } from './fields';
import { collection } from '../../../kernel/collections';

export const updateNotification: OperationDeclaration = {
	value: 'update',
	name: 'Update',
	action: 'Update a notification',
	description: 'Change the scope, alert type or delivery of a notification',
	method: 'PUT',
	path: 'notifications/{{$parameter.notificationId}}.json',
	fields: [
		{
			displayName:
				'The recipient of a notification cannot change: to alert another user or address, delete this notification and create a new one',
			name: 'recipientNotice',
			type: 'notice',
			default: '',
		},
		notificationIdField('The notification to change'),
		collection('Update Fields', notificationSettingOptions, {
			description: 'Only the fields added here are sent; the others keep their values',
		}),
	],
};
