import type { INodeProperties } from 'n8n-workflow';

import { userIdField, userShow } from './get';

export const userDeleteDescription: INodeProperties[] = [
	{
		displayName: 'Deleting a user removes their login and cannot be undone. Only admin API keys can delete users.',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
		displayOptions: userShow(['delete']),
	},
	userIdField(['delete'], 'The user to delete'),
];
