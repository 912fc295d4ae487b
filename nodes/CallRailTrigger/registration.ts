import type { IDataObject, IHookFunctions, IWebhookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { isCallRailError } from '../kernel/errors';
import { callRailApiRequest, callRailApiRequestAllItems } from '../kernel/transport';

export type WebhookConfig = Record<string, string[]>;

/** What the node keeps between activations, under `getWorkflowStaticData('node')`. */
export interface TriggerStaticData extends IDataObject {
	/** Per company: the id of its Webhooks integration and its signing key. */
	companies?: Record<string, { integrationId?: number | string; signingKey?: string }>;
	/** Per registered webhook URL (test and production differ): the companies it was added to. */
	registrations?: Record<string, string[]>;
	/** Digests of accepted deliveries, with when each was accepted (see replay.ts). */
	deliveries?: Record<string, number>;
	/** Record keys of events a record fires once, with when each was accepted (see replay.ts). */
	records?: Record<string, number>;
	/** Which process memory wrote `deliveries` and `records` last (see replay.ts). */
	memoryWriter?: string;
}

/** Each event gets its own URL, so a delivery says which event it is: `<webhook URL>?event=<config key>`. */
export const eventUrl = (base: string, event: string) => `${base}?event=${event}`;

/** Whether a URL in CallRail's config is one this node registered (any event). */
export const isOurUrl = (url: string, base: string) => url === base || url.startsWith(`${base}?`);

/** The config with our URL in each chosen key, our URLs gone from keys no longer chosen, everything else kept. */
export function mergeUrls(config: WebhookConfig, base: string, events: string[]): WebhookConfig {
	const next: WebhookConfig = {};
	for (const [key, urls] of Object.entries(config ?? {})) {
		next[key] = (Array.isArray(urls) ? urls : []).filter((url) => !isOurUrl(url, base) || (events.includes(key) && url === eventUrl(base, key)));
	}
	for (const event of events) {
		const urls = (next[event] ??= []);
		if (!urls.includes(eventUrl(base, event))) urls.push(eventUrl(base, event));
	}
	return next;
}

/**
 * The config without our URLs. A key we emptied is sent as `[]` rather than left out, so the result is the same
 * whether CallRail replaces the config or merges it.
 */
export function removeUrls(config: WebhookConfig, base: string): { config: WebhookConfig; changed: boolean } {
	let changed = false;
	const next: WebhookConfig = {};
	for (const [key, urls] of Object.entries(config ?? {})) {
		const list = Array.isArray(urls) ? urls : [];
		next[key] = list.filter((url) => !isOurUrl(url, base));
		if (next[key].length !== list.length) changed = true;
	}
	return { config: next, changed };
}

export function hasUrls(config: WebhookConfig, base: string, events: string[]): boolean {
	return events.every((event) => (config?.[event] ?? []).includes(eventUrl(base, event)));
}

const accountPath = (accountId: string, rest: string) => `/v3/a/${accountId}/${rest}`;

type TriggerContext = IHookFunctions | IWebhookFunctions;

/** Turns CallRail's 403 on integrations into the advice to register the URL by hand. */
function forbiddenToManual(ctx: TriggerContext, error: unknown): never {
	if (isCallRailError(error, 403)) {
		throw new NodeApiError(ctx.getNode(), (error.cause ?? { message: error.message }) as JsonObject, {
			httpCode: '403',
			message: "The API key's role cannot manage integrations, so the webhook cannot be registered automatically",
			description:
				'Use the key of an admin (or of a manager of these companies), or switch Setup Mode to Manual and paste the webhook URL into CallRail yourself, or use the CallRail Polling Trigger instead.',
		});
	}
	throw error;
}

/** n8n errors pass through; anything else is wrapped so the editor shows it properly. */
export function asNodeError(ctx: IHookFunctions, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(ctx.getNode(), error as Error);
}

/** Runs one integrations request and maps a 403 to the Setup Mode advice. */
async function integrationsRequest<T>(ctx: TriggerContext, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		forbiddenToManual(ctx, error);
	}
}

/** The company's Webhooks integration (with its signing key), if it has one. */
export async function findWebhooksIntegration(
	this: TriggerContext,
	accountId: string,
	companyId: string,
): Promise<IDataObject | undefined> {
	const integrations = await integrationsRequest(this, async () =>
		await callRailApiRequestAllItems.call(this, accountPath(accountId, 'integrations.json'), 'integrations', {
			company_id: companyId,
			fields: 'signing_key',
		}),
	);
	return integrations.find((integration) => integration.type === 'Webhooks');
}

/** Every enabled company of the account, for "all companies". */
export async function allCompanyIds(this: IHookFunctions, accountId: string): Promise<string[]> {
	const companies = await callRailApiRequestAllItems.call(this, accountPath(accountId, 'companies.json'), 'companies', {
		status: 'active',
	});
	return companies.filter((c) => c.status !== 'disabled').map((c) => String(c.id));
}

/** Adds our URLs to the company's Webhooks integration (creating it if needed); returns its id and signing key. */
export async function registerUrls(
	this: IHookFunctions,
	accountId: string,
	companyId: string,
	base: string,
	events: string[],
): Promise<{ integrationId: number | string; signingKey?: string }> {
	const existing = await findWebhooksIntegration.call(this, accountId, companyId);
	if (existing) {
		// Without the key no delivery could be verified: refuse before touching the integration.
		if (!existing.signing_key) throw missingKey(this, companyId);
		const config = mergeUrls((existing.config ?? {}) as WebhookConfig, base, events);
		await integrationsRequest(this, async () =>
			await callRailApiRequest.call(this, {
				method: 'PUT',
				path: accountPath(accountId, `integrations/${String(existing.id)}.json`),
				body: { config, state: 'active' },
				purpose: { resource: 'integration', operation: 'update' },
			}),
		);
		return { integrationId: existing.id as number, signingKey: existing.signing_key as string | undefined };
	}
	const created = await integrationsRequest(this, async () =>
		await callRailApiRequest.call(this, {
			method: 'POST',
			path: accountPath(accountId, 'integrations.json'),
			body: { type: 'Webhooks', company_id: companyId, config: mergeUrls({}, base, events) },
			purpose: { resource: 'integration', operation: 'create' },
		}),
	);
	let signingKey = created.signing_key as string | undefined;
	if (!signingKey) signingKey = (await findWebhooksIntegration.call(this, accountId, companyId))?.signing_key as string | undefined;
	if (!signingKey) {
		await unregisterUrls.call(this, accountId, companyId, base);
		throw missingKey(this, companyId);
	}
	return { integrationId: created.id as number, signingKey };
}

function missingKey(ctx: IHookFunctions, companyId: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `CallRail did not return the signing key of company ${companyId}'s Webhooks integration`, {
		description:
			'Without it no delivery could be verified, so nothing was registered. Switch Setup Mode to Manual and paste the signing key from CallRail (Settings > Integrations > Webhooks).',
	});
}

/** Fetches a company's current signing key (after a rotation in CallRail); undefined if it has no Webhooks integration. */
export async function fetchSigningKey(
	this: IWebhookFunctions,
	accountId: string,
	companyId: string,
): Promise<{ integrationId?: number | string; signingKey?: string }> {
	const integration = await findWebhooksIntegration.call(this, accountId, companyId);
	return { integrationId: integration?.id as number | undefined, signingKey: integration?.signing_key as string | undefined };
}

/** Removes only our URLs from the company's Webhooks integration; never disables it. */
export async function unregisterUrls(
	this: IHookFunctions,
	accountId: string,
	companyId: string,
	base: string,
): Promise<void> {
	let existing: IDataObject | undefined;
	try {
		existing = await findWebhooksIntegration.call(this, accountId, companyId);
	} catch (error) {
		if (isCallRailError(error, 404)) {
			this.logger.warn(`CallRail company ${companyId} is gone; nothing to unregister`);
			return;
		}
		throw asNodeError(this, error);
	}
	if (!existing) return;
	const { config, changed } = removeUrls((existing.config ?? {}) as WebhookConfig, base);
	if (!changed) return;
	await integrationsRequest(this, async () =>
		await callRailApiRequest.call(this, {
			method: 'PUT',
			path: accountPath(accountId, `integrations/${String(existing.id)}.json`),
			body: { config },
			purpose: { resource: 'integration', operation: 'update' },
		}),
	);
}
