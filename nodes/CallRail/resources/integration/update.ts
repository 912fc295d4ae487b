import type { OperationDeclaration } from '../../builder/operation';
import { buildUpdateConfig, configFields } from './config';
import { integrationIdField, integrationTypeField, listCompanyField } from './fields';

export const updateIntegration: OperationDeclaration = {
	value: 'update',
	name: 'Update',
	action: 'Update an integration',
	description: 'Add or remove webhook URLs without touching the others, replace the config, or change the state',
	method: 'PUT',
	path: 'integrations/{{$parameter.integrationId}}.json',
	fields: [
		listCompanyField,
		integrationIdField('The integration to change'),
		integrationTypeField('The type of the integration being updated; it decides which settings are shown'),
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
		},
		{
			displayName:
				"Replace Config overwrites the company's whole webhook configuration: URLs added by other tools (Zapier, CRMs, other n8n workflows) and by the CallRail app are dropped and those tools stop receiving events",
			name: 'replaceNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { updateMode: ['replace'] } },
		},
		...configFields,
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
			routing: { send: { type: 'body', property: 'state', value: '={{ $value === "unchanged" ? undefined : $value }}' } },
		},
	],
	preSend: [buildUpdateConfig],
};
