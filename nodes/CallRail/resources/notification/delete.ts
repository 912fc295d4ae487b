import type { OperationDeclaration } from '../../builder/operation';
import { deletedResult } from '../../builder/routing';
import { notificationIdField } from './fields';

export const deleteNotification: OperationDeclaration = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a notification',
	description: 'Stop the alerts of a notification',
	method: 'DELETE',
	path: 'notifications/{{$parameter.notificationId}}.json',
	fields: [notificationIdField('The notification to delete')],
	postReceive: deletedResult('notificationId'),
};
