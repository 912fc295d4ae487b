import type { INodeProperties } from 'n8n-workflow';

import { integrationIdField } from './get';

export const integrationDeleteDescription: INodeProperties[] = [
	{
		displayName:
			"Disabling a Webhooks integration stops every webhook of that company, including those other tools (Zapier, CRMs, other workflows) rely on. To remove only your URLs, use Update with Remove URLs.",
		name: 'disableNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['integration'], operation: ['delete'] } },
	},
	integrationIdField(['delete']),
];
