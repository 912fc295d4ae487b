import type { INodeProperties } from 'n8n-workflow';

import { messageFlowIdField } from './fields';

export const messageFlowDeleteDescription: INodeProperties[] = [
	{
		displayName:
			'CallRail refuses to delete a flow that a tracking number still uses: switch the tracker to another flow (Tracker > Update) first',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['messageFlow'], operation: ['delete'] } },
	},
	messageFlowIdField(['delete']),
];
