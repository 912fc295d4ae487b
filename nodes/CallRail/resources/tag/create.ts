import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { colorField, tagShow } from './fields';

const show = tagShow(['create']);

export const tagCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Existing customer',
		description: 'Must be unique within the company (and among account-level tags)',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Level',
		name: 'tagLevel',
		type: 'options',
		default: 'company',
		options: [
			{
				name: 'Account',
				value: 'account',
				description: 'The tag is available in every company of the account (admin keys only)',
			},
			{ name: 'Company', value: 'company', description: 'The tag belongs to one company' },
		],
		displayOptions: show,
		routing: { send: { type: 'body', property: 'tag_level' } },
	},
	{
		...companyLocator({ description: 'The company the tag belongs to' }),
		displayOptions: { show: { ...show.show, tagLevel: ['company'] } },
		routing: { send: { type: 'body', property: 'company_id' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [colorField],
	},
];
