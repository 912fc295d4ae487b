import type { INodeProperties } from 'n8n-workflow';

import { companyLocator, integrationLocator } from '../../../kernel/locators';

/** The integration a record operation works on (its whole-number ID goes into the URL). */
export const integrationIdField = (description: string): INodeProperties => integrationLocator({ description });

/** CallRail lists integrations per company: the company whose integrations From List shows. Never sent. */
export const listCompanyField: INodeProperties = {
	...companyLocator({
		required: false,
		description: 'The company whose integrations Integration › From List shows (CallRail lists them one company at a time); not needed By ID',
	}),
};

export const integrationTypeField = (description: string): INodeProperties => ({
	displayName: 'Integration Type',
	name: 'integrationType',
	type: 'options',
	default: 'Webhooks',
	options: [
		{ name: 'Custom (Cookie Capture)', value: 'Custom', description: 'Captures the named website cookies with each call and form' },
		{ name: 'Webhooks', value: 'Webhooks', description: 'Posts call, text and form events to your URLs' },
	],
	description,
});

export const signingKeyOption: INodeProperties = {
	displayName: 'Include Signing Key',
	name: 'includeSigningKey',
	type: 'boolean',
	default: false,
	description:
		'Whether to include the signing_key of Webhooks integrations, the secret that verifies the Signature header of each webhook',
	routing: { send: { type: 'query', property: 'fields', value: '={{ $value ? "signing_key" : undefined }}' } },
};
