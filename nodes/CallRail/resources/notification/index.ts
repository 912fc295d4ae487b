import type { ResourceDeclaration } from '../../builder/operation';
import { createNotification } from './create';
import { deleteNotification } from './delete';
import { getManyNotifications } from './getMany';
import { updateNotification } from './update';

export const notification: ResourceDeclaration = {
	name: 'Notification',
	value: 'notification',
	operations: [createNotification, deleteNotification, getManyNotifications, updateNotification],
};
