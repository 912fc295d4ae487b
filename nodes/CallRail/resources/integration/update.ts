import type { INodeProperties } from 'n8n-workflow';

import { configFields } from './config';
import { integrationTypeField } from './create';
import { integrationIdField } from './get';

const show = { show: { resource: ['integration'], operation: ['update'] } };

export const integrationUpdateDescription: INodeProperties[] = [
	integrationIdField(['update']),
	integrationTypeField('update', 'The type of the integration being updated; it decides which settings are shown'),
	{
		displayName: 'Update Mode',
		name: 'updateMode',
		type: 'options',
		default: 'add',
		options: [
			{
				name: 'Add URLs',
				value: 'add',
				description: 'Read the integration, then add the given URLs (or cookie names) to it; everything else stays',
			},
			{
				name: 'Remove URLs',
				value: 'remove',
				description: 'Read the integration, then remove only the given URLs (or cookie names); everything else stays',
			},
			{
				name: 'Replace Config',
				value: 'replace',
				description: 'Send exactly the settings given here as the whole config',
			},
		],
		description: 'How the given URLs combine with those the integration already has',
		displayOptions: show,
	},
	{
		displayName:
			"Replace Config overwrites the company's whole webhook configuration: URLs added by other tools (Zapier, CRMs, other n8n workflows) and by the CallRail app are dropped and those tools stop receiving events",
		name: 'replaceNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { ...show.show, updateMode: ['replace'] } },
	},
	...configFields('update', 'integrationType'),
	{
		displayName: 'State',
		name: 'state',
		type: 'options',
		default: 'unchanged',
		options: [
			{ name: 'Active', value: 'active' },
			{ name: 'Disabled', value: 'disabled', description: 'Stops every webhook of the integration' },
			{ name: 'Unchanged', value: 'unchanged' },
		],
		displayOptions: show,
		routing: { send: { type: 'body', property: 'state', value: '={{ $value === "unchanged" ? undefined : $value }}' } },
	},
];
