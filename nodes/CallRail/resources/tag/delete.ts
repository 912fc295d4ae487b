import type { INodeProperties } from 'n8n-workflow';

import { tagIdField, tagShow } from './fields';

export const tagDeleteDescription: INodeProperties[] = [
	{
		displayName:
			'Deleting a tag cannot be undone: it is removed from every call, form and text that carries it and from automation rules. Disable it (Update) to keep the history instead.',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
		displayOptions: tagShow(['delete']),
	},
	tagIdField(['delete'], 'The tag to delete'),
];
