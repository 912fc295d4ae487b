import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { configFields } from './config';

const show = { show: { resource: ['integration'], operation: ['create'] } };

export const integrationTypeField = (operation: string, description: string): INodeProperties => ({
	displayName: 'Integration Type',
	name: 'integrationType',
	type: 'options',
	default: 'Webhooks',
	options: [
		{ name: 'Custom (Cookie Capture)', value: 'Custom', description: 'Captures the named website cookies with each call and form' },
		{ name: 'Webhooks', value: 'Webhooks', description: 'Posts call, text and form events to your URLs' },
	],
	description,
	displayOptions: { show: { resource: ['integration'], operation: [operation] } },
});

export const integrationCreateDescription: INodeProperties[] = [
	{
		displayName:
			'A company has at most one integration of each type. If it already has a Webhooks integration (other tools may have created it), use Update with Add URLs instead.',
		name: 'createNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	{
		...companyLocator(),
		displayOptions: show,
		routing: { send: { type: 'body', property: 'company_id' } },
	},
	{
		...integrationTypeField('create', 'Only Webhooks and Custom integrations can be created through the API'),
		routing: { send: { type: 'body', property: 'type' } },
	},
	...configFields('create', 'integrationType'),
];
