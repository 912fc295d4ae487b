import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { callRailApiRequest } from '../../../kernel/transport';
import { failItem, splitList } from '../../builder/routing';
import { REGISTRABLE_EVENTS } from '../../../kernel/webhookEvents';

/**
 * The webhook events whose URLs a Webhooks integration holds, by the config key CallRail stores them under (the
 * kernel's event table, so Integration and the CallRail Trigger name them alike). Sorted by name.
 */
export const WEBHOOK_URL_EVENTS = REGISTRABLE_EVENTS.map((event) => ({
	...event,
	// `updated_call_webhook` → `updatedCall`: the parameter under Webhook URLs.
	parameter: event.value.replace(/_webhook$/, '').replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()),
}));

export const COOKIE_KEY = 'grab_cookies';

/** Webhook URLs per event (Webhooks integrations) and cookie names (Custom integrations). */
export const configFields: INodeProperties[] = [
	{
		displayName: 'Webhook URLs',
		name: 'webhookUrls',
		type: 'collection',
		placeholder: 'Add Event',
		default: {},
		description: 'URLs CallRail posts each event to. Add only the events you need.',
		displayOptions: { show: { integrationType: ['Webhooks'] } },
		options: WEBHOOK_URL_EVENTS.map((event) => ({
			displayName: `${event.name} URLs`,
			name: event.parameter,
			type: 'string' as const,
			typeOptions: { multipleValues: true },
			default: [],
			placeholder: 'e.g. https://example.com/callrail',
			description: `${event.description}. Sent as ${event.value}.`,
		})),
	},
	{
		displayName: 'Cookie Names',
		name: 'cookieNames',
		type: 'string',
		typeOptions: { multipleValues: true },
		default: [],
		placeholder: 'e.g. _my_cookie',
		description: 'Names of the website cookies CallRail captures with each call and form (sent as grab_cookies)',
		displayOptions: { show: { integrationType: ['Custom'] } },
	},
];

/** The config lists the user entered, keyed by CallRail's config keys. Only keys the user added are present. */
export function configFromParameters(ctx: IExecuteSingleFunctions, type: string): Record<string, string[]> {
	const config: Record<string, string[]> = {};
	if (type === 'Custom') {
		const cookies = splitList(ctx.getNodeParameter('cookieNames', []));
		if (cookies.length) config[COOKIE_KEY] = cookies;
		return config;
	}
	const urls = ctx.getNodeParameter('webhookUrls', {}) as IDataObject;
	for (const event of WEBHOOK_URL_EVENTS) {
		if (urls[event.parameter] === undefined) continue;
		const list = splitList(urls[event.parameter]);
		for (const url of list) {
			if (!/^https?:\/\/[^\s/]+/i.test(url)) {
				failItem(ctx, `"${url}" is not a web address`, `The ${event.name} URLs must start with https:// or http://.`);
			}
		}
		config[event.value] = list;
	}
	return config;
}

/** Create: the config the user entered goes into the body as it is. */
export async function buildCreateConfig(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const type = this.getNodeParameter('integrationType', 'Webhooks') as string;
	const config = configFromParameters(this, type);
	if (type === 'Custom' && !config[COOKIE_KEY]) {
		failItem(this, 'Add at least one cookie name', 'A Custom integration captures the cookies named in Cookie Names.');
	}
	if (type === 'Webhooks' && !Object.values(config).some((urls) => urls.length)) {
		failItem(this, 'Add at least one webhook URL', 'Choose an event under Webhook URLs and enter the address CallRail should post it to.');
	}
	requestOptions.body = { ...((requestOptions.body as IDataObject) ?? {}), config };
	return requestOptions;
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * Update: the PUT body carries the config as a whole, and a company has one Webhooks integration shared by every tool.
 * Add and Remove therefore read the current config first and change only the given URLs (or cookie names);
 * Replace sends exactly what was entered.
 */
export async function buildUpdateConfig(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const mode = this.getNodeParameter('updateMode', 'add') as 'add' | 'remove' | 'replace';
	const type = this.getNodeParameter('integrationType', 'Webhooks') as string;
	const given = configFromParameters(this, type);
	const body = { ...((requestOptions.body as IDataObject) ?? {}) };
	const hasConfig = Object.keys(given).length > 0;

	if (!hasConfig) {
		if (body.state === undefined) {
			failItem(
				this,
				'Nothing to update',
				type === 'Custom' ? 'Enter cookie names or choose a new state.' : 'Add webhook URLs or choose a new state.',
			);
		}
		requestOptions.body = body;
		return requestOptions;
	}

	if (mode === 'replace') {
		requestOptions.body = { ...body, config: given };
		return requestOptions;
	}

	const accountId = this.getNodeParameter('accountId', '', { extractValue: true }) as string;
	const integrationId = String(this.getNodeParameter('integrationId', '', { extractValue: true })).trim();
	const current = await callRailApiRequest.call(this, {
		method: 'GET',
		path: `/v3/a/${accountId}/integrations/${integrationId}.json`,
		purpose: { resource: 'integration', operation: 'update' },
	});
	if (current.type !== undefined && current.type !== type) {
		failItem(
			this,
			`Integration ${integrationId} is a ${String(current.type)} integration, not ${type}`,
			'Set Integration Type to the type of the integration you are updating.',
		);
	}
	const config: IDataObject = { ...((current.config as IDataObject | undefined) ?? {}) };
	for (const [key, values] of Object.entries(given)) {
		const existing = Array.isArray(config[key]) ? (config[key] as string[]) : [];
		config[key] =
			mode === 'add' ? unique([...existing, ...values]) : existing.filter((value) => !values.includes(value));
	}
	requestOptions.body = { ...body, config };
	return requestOptions;
}
