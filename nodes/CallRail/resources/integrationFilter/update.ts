import type { INodeProperties } from 'n8n-workflow';

import { filterConditionOptions, integrationFilterIdField } from './fields';

export const integrationFilterUpdateDescription: INodeProperties[] = [
	integrationFilterIdField(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the conditions added here change; Any (or 0) removes a condition',
		displayOptions: { show: { resource: ['integrationFilter'], operation: ['update'] } },
		options: filterConditionOptions,
	},
];
