import type { INodeProperties } from 'n8n-workflow';

import { companyShow, timeZoneField } from './fields';

const show = companyShow(['create']);

export const companyCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Acme Plumbing',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [{ ...timeZoneField, description: `${timeZoneField.description}. Empty means CallRail's default.` }],
	},
];
