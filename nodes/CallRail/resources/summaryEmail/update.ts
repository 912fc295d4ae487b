import type { INodeProperties } from 'n8n-workflow';

import { frequencyField, leadStatusField, sectionsField, summaryEmailIdField } from './fields';

const show = { show: { resource: ['summaryEmail'], operation: ['update'] } };

export const summaryEmailUpdateDescription: INodeProperties[] = [
	summaryEmailIdField(['update']),
	{
		...sectionsField,
		description: 'What the email contains. CallRail needs the sections on every update; those left out are switched off.',
		displayOptions: show,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here change',
		displayOptions: show,
		options: [frequencyField(false), leadStatusField],
	},
];
