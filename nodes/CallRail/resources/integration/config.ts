import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { callRailApiRequest } from '../../../shared/transport';
import { failItem, splitList } from '../../shared/routing';
import { WEBHOOK_EVENT_NAMES } from '../../../shared/vocabulary';

/** The documented webhook events, by the config key CallRail stores their URLs under. Sorted by display name. */
export const WEBHOOK_EVENTS: Array<{ name: string; parameter: string; key: string; description: string }> = [
	{ name: WEBHOOK_EVENT_NAMES.updated_call_webhook, parameter: 'updatedCall', key: 'updated_call_webhook', description: 'An inbound call changed after it ended (tags, note, value, recording, transcript, score)' },
	{ name: WEBHOOK_EVENT_NAMES.answered_call_webhook, parameter: 'answeredCall', key: 'answered_call_webhook', description: 'An inbound call reached its destination' },
	{ name: WEBHOOK_EVENT_NAMES.form_captured_webhook, parameter: 'formCaptured', key: 'form_captured_webhook', description: 'A form was captured (Form Tracking on)' },
	{ name: WEBHOOK_EVENT_NAMES.updated_outbound_call_webhook, parameter: 'updatedOutboundCall', key: 'updated_outbound_call_webhook', description: 'An outbound call changed after it ended' },
	{ name: WEBHOOK_EVENT_NAMES.post_outbound_call_webhook, parameter: 'postOutboundCall', key: 'post_outbound_call_webhook', description: 'An outbound call ended' },
	{ name: WEBHOOK_EVENT_NAMES.post_call_webhook, parameter: 'postCall', key: 'post_call_webhook', description: 'An inbound call ended and its recording and transcript were attached (up to 20 minutes later)' },
	{ name: WEBHOOK_EVENT_NAMES.pre_call_webhook, parameter: 'preCall', key: 'pre_call_webhook', description: 'An inbound call arrived, before it is connected' },
	{ name: WEBHOOK_EVENT_NAMES.sms_received_webhook, parameter: 'smsReceived', key: 'sms_received_webhook', description: 'A tracking number received a text' },
	{ name: WEBHOOK_EVENT_NAMES.sms_sent_webhook, parameter: 'smsSent', key: 'sms_sent_webhook', description: 'A text was sent from a tracking number' },
];

export const COOKIE_KEY = 'grab_cookies';

/** Webhook URLs per event and cookie names, shown for the given operations of the integration resource. */
export function configFields(operation: string, typeParameter: string): INodeProperties[] {
	const show = (type: string) => ({
		show: { resource: ['integration'], operation: [operation], [typeParameter]: [type] },
	});
	return [
		{
			displayName: 'Webhook URLs',
			name: 'webhookUrls',
			type: 'collection',
			placeholder: 'Add Event',
			default: {},
			description: 'URLs CallRail posts each event to. Add only the events you need.',
			displayOptions: show('Webhooks'),
			options: WEBHOOK_EVENTS.map((event) => ({
				displayName: `${event.name} URLs`,
				name: event.parameter,
				type: 'string' as const,
				typeOptions: { multipleValues: true },
				default: [],
				placeholder: 'https://example.com/callrail',
				description: `${event.description}. Sent as ${event.key}.`,
			})),
		},
		{
			displayName: 'Cookie Names',
			name: 'cookieNames',
			type: 'string',
			typeOptions: { multipleValues: true },
			default: [],
			placeholder: '_my_cookie',
			description: 'Names of the website cookies CallRail captures with each call and form (sent as grab_cookies)',
			displayOptions: show('Custom'),
		},
	];
}

/** The config lists the user entered, keyed by CallRail's config keys. Only keys the user added are present. */
export function configFromParameters(ctx: IExecuteSingleFunctions, type: string): Record<string, string[]> {
	const config: Record<string, string[]> = {};
	if (type === 'Custom') {
		const cookies = splitList(ctx.getNodeParameter('cookieNames', []));
		if (cookies.length) config[COOKIE_KEY] = cookies;
		return config;
	}
	const urls = ctx.getNodeParameter('webhookUrls', {}) as IDataObject;
	for (const event of WEBHOOK_EVENTS) {
		if (urls[event.parameter] === undefined) continue;
		const list = splitList(urls[event.parameter]);
		for (const url of list) {
			if (!/^https?:\/\/[^\s/]+/i.test(url)) {
				failItem(ctx, `"${url}" is not a web address`, `The ${event.name} URLs must start with https:// or http://.`);
			}
		}
		config[event.key] = list;
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
	const integrationId = String(this.getNodeParameter('integrationId', '')).trim();
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
