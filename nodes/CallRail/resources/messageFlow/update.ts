import type { INodeProperties } from 'n8n-workflow';

import { initialStepIdField, messageFlowIdField, nameField, stepsField } from './fields';

export const messageFlowUpdateDescription: INodeProperties[] = [
	messageFlowIdField(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here change. Steps replace all the steps of the flow.',
		displayOptions: { show: { resource: ['messageFlow'], operation: ['update'] } },
		options: [initialStepIdField, nameField, stepsField],
	},
];
