import type { INodeProperties } from 'n8n-workflow';

import { notificationIdField, notificationSettingOptions } from './fields';

const show = { show: { resource: ['notification'], operation: ['update'] } };

export const notificationUpdateDescription: INodeProperties[] = [
	{
		displayName:
			'The recipient of a notification cannot change: to alert another user or address, delete this notification and create a new one',
		name: 'recipientNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	notificationIdField(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent; the others keep their values',
		displayOptions: show,
		options: notificationSettingOptions,
	},
];
