import type {
	IDataObject,
	IDisplayOptions,
	IHookFunctions,
	ILoadOptionsFunctions,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import * as listSearch from '../shared/listSearch';
import { accountLocator } from '../shared/locators';
import { callRailApiRequestAllItems } from '../shared/transport';
import { attachEventFiles, attachFilesOption } from '../shared/media';
import { checkedAccountId, exampleId } from '../shared/ids';
import { parseDelivery } from './delivery';
import {
	CHANGE_OPTIONS,
	CONVERT_ASSIST_EVENT,
	type EventFilters,
	filterOut,
	inferEvent,
	normalizeTypes,
	recordKey,
	REGISTRABLE_EVENTS,
	WEBHOOK_EVENT_OPTIONS,
	WEBHOOK_EVENTS,
} from './events';
import {
	allCompanyIds,
	fetchSigningKey,
	findWebhooksIntegration,
	hasUrls,
	registerUrls,
	type TriggerStaticData,
	unregisterUrls,
	type WebhookConfig,
} from './registration';
import { admitDelivery, deliveryDigest, memoryScope } from './replay';
import { findSigningKey, splitKeys } from './signature';
import { ANSWER_STATUS_OPTIONS, DIRECTION_OPTIONS, LEAD_STATUS_FILTER_OPTIONS, tagNamesParameter, tagNamesTextParameter } from '../shared/vocabulary';

/** A delivery no stored key verifies makes the node re-read that company's key at most this often. */
const KEY_RECHECK_MS = 10 * 60_000;

/**
 * Per trigger node and company, in the process: when the key was last re-read and what CallRail returned. Kept out of
 * static data so that forged requests store nothing; a key that verifies a delivery is then saved in static data.
 */
const keyChecks = new Map<string, { at: number; signingKey?: string }>();

/** Forgets when keys were last re-read (tests use it to stand for the 10 minutes passing). */
export function forgetKeyChecks(): void {
	keyChecks.clear();
}

/**
 * The company's signing key may have been regenerated in CallRail since activation. For a company this workflow
 * registered, fetch its key again (at most once per KEY_RECHECK_MS, so forged deliveries cannot spend the API quota)
 * and return it if it signed this delivery; only then is it saved in static data.
 */
async function refreshedKey(
	ctx: IWebhookFunctions,
	data: TriggerStaticData,
	companyId: string,
	rawBody: Buffer,
	signature: string,
): Promise<string | undefined> {
	const entry = data.companies?.[companyId];
	if (!entry) return undefined;
	const checkKey = `${memoryScope(ctx.getWorkflow().id, ctx.getNode().id, false)}:${companyId}`;
	const now = Date.now();
	let check = keyChecks.get(checkKey);
	if (!check || now - check.at >= KEY_RECHECK_MS) {
		let signingKey: string | undefined;
		try {
			signingKey = (await fetchSigningKey.call(ctx, accountIdOf(ctx), companyId)).signingKey;
		} catch (error) {
			ctx.logger.warn(`CallRail Trigger could not re-read the signing key of company ${companyId}: ${(error as Error).message}`);
		}
		check = { at: now, signingKey };
		keyChecks.set(checkKey, check);
	}
	const fetched = check.signingKey;
	if (!fetched || fetched === entry.signingKey || !findSigningKey([fetched], rawBody, signature)) return undefined;
	data.companies = { ...data.companies, [companyId]: { ...entry, signingKey: fetched } };
	return fetched;
}

function accountIdOf(ctx: IHookFunctions | IWebhookFunctions): string {
	return checkedAccountId(ctx.getNode(), ctx.getNodeParameter('accountId', '', { extractValue: true }));
}

async function chosenCompanies(ctx: IHookFunctions): Promise<string[]> {
	const accountId = accountIdOf(ctx);
	if (ctx.getNodeParameter('companyScope', 'all') === 'all') return await allCompanyIds.call(ctx, accountId);
	const ids = (ctx.getNodeParameter('companyIds', []) as string[]).map(String).filter(Boolean);
	if (!ids.length) throw new NodeOperationError(ctx.getNode(), 'Choose at least one company');
	return ids;
}

function webhookBase(ctx: IHookFunctions): string {
	const url = ctx.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(ctx.getNode(), 'n8n did not provide a webhook URL');
	return url;
}

const isManual = (ctx: IHookFunctions | IWebhookFunctions) => ctx.getNodeParameter('setupMode', 'automatic') === 'manual';

/** The chosen events automatic setup can register (Convert Assist Complete has no documented configuration key). */
function registrableEvents(ctx: IHookFunctions): string[] {
	return (ctx.getNodeParameter('events', []) as string[]).filter((event) => REGISTRABLE_EVENTS.includes(event));
}

/**
 * The Filters of the trigger. Version 1 took Tags as comma-separated text; from 1.1 Tags is a list like everywhere
 * else in the package. Both are read with `tagNames`, so a version 1 workflow keeps working unchanged.
 */
function eventFilters(tags: INodeProperties, show: IDisplayOptions): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'Events that do not match are acknowledged but do not start the workflow',
		displayOptions: show,
		options: [
			{
				displayName: 'Answer Status',
				name: 'answerStatus',
				type: 'options',
				default: 'answered',
				description: 'Call events only',
				options: [...ANSWER_STATUS_OPTIONS],
			},
			{
				displayName: 'Changes (Call Modified)',
				name: 'changes',
				type: 'multiOptions',
				default: [],
				description: 'Only Call Modified events where at least one of these changed',
				options: [...CHANGE_OPTIONS],
			},
			{
				displayName: 'Direction',
				name: 'direction',
				type: 'options',
				default: 'inbound',
				description: 'Call events only',
				options: [...DIRECTION_OPTIONS],
			},
			{
				displayName: 'First Call Only',
				name: 'firstCallOnly',
				type: 'boolean',
				default: true,
				description: "Whether to pass only a caller's first call (and a person's first form)",
			},
			{
				displayName: 'Lead Status',
				name: 'leadStatus',
				type: 'options',
				default: 'good_lead',
				options: [...LEAD_STATUS_FILTER_OPTIONS],
			},
			{
				displayName: 'Minimum Duration (Seconds)',
				name: 'minDuration',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0 },
				description: 'Call events only',
			},
			tags,
			{
				displayName: 'Tracker IDs',
				name: 'trackerIds',
				type: 'string',
				default: '',
				placeholder: exampleId('tracker'),
				description: 'Comma-separated tracker IDs; call events only',
			},
		],
	};
}

export class CallRailTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CallRail Trigger',
		name: 'callRailTrigger',
		icon: { light: 'file:../../icons/callrail.svg', dark: 'file:../../icons/callrail.dark.svg' },
		group: ['trigger'],
		// 1.1: Tags is a list of names (version 1: comma-separated text).
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{ $parameter["events"].join(", ") }}',
		description: 'Starts the workflow when CallRail sends a webhook: calls, texts and form submissions',
		defaults: { name: 'CallRail Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'callRailApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['post_call_webhook'],
				options: WEBHOOK_EVENT_OPTIONS,
				description: 'The CallRail events that start the workflow',
			},
			accountLocator,
			{
				displayName: 'Companies',
				name: 'companyScope',
				type: 'options',
				default: 'all',
				options: [
					{ name: 'All Companies of the Account', value: 'all', description: 'Every active company when the workflow is activated' },
					{ name: 'Selected Companies', value: 'selected' },
				],
			},
			{
				displayName: 'Company Names or IDs',
				name: 'companyIds',
				type: 'multiOptions',
				default: [],
				typeOptions: { loadOptionsMethod: 'getCompanies', loadOptionsDependsOn: ['accountId.value'] },
				displayOptions: { show: { companyScope: ['selected'] } },
				description:
					'Companies whose events start the workflow. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Setup Mode',
				name: 'setupMode',
				type: 'options',
				default: 'automatic',
				options: [
					{
						name: 'Automatic',
						value: 'automatic',
						description: "Adds this workflow's URL to each company's Webhooks integration and removes it again; other URLs stay",
					},
					{
						name: 'Manual',
						value: 'manual',
						description: 'You paste the URL into CallRail yourself (for keys whose role cannot manage integrations)',
					},
				],
			},
			{
				displayName:
					'In CallRail, open Settings > Integrations > Webhooks for the company and paste the Production URL shown under Webhook URLs above into each chosen event, adding <code>?event=</code> and the event key (for example <code>?event=post_call_webhook</code>). Then copy the signing key from that page into the Webhook Signing Keys field of the CallRail API credential.',
				name: 'manualNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { setupMode: ['manual'] } },
			},
			{
				displayName:
					'CallRail documents no configuration key for Convert Assist Complete, so automatic setup cannot register it: in CallRail, add the Production URL with <code>?event=convert_assist_complete</code> to the Convert Assist webhook yourself. The other events are registered automatically.',
				name: 'convertAssistNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { setupMode: ['automatic'], events: [CONVERT_ASSIST_EVENT] } },
			},
			{
				// Where the manual-setup key used to be (exported with the workflow): still read, no longer shown.
				// Keys now belong in the credential's Webhook Signing Keys.
				displayName: 'Signing Key (Legacy)',
				name: 'signingKey',
				type: 'hidden',
				default: '',
			},
			eventFilters(tagNamesTextParameter('Comma-separated tag names; the event passes if it carries any of them'), { show: { '@version': [1] } }),
			eventFilters(tagNamesParameter('The event passes if it carries any of these tag names'), { hide: { '@version': [1] } }),
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					attachFilesOption,
					{
						displayName: 'Normalize Types',
						name: 'normalizeTypes',
						type: 'boolean',
						default: false,
						description:
							'Whether to turn the values CallRail sends as text ("true", "13") into booleans and numbers in the output (answered, first_call, voicemail, duration, recording_duration...). Off: the item is the payload exactly as CallRail sent it.',
					},
				],
			},
		],
	};

	methods = {
		listSearch,
		loadOptions: {
			async getCompanies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
				const accountId = this.getCurrentNodeParameter('accountId', { extractValue: true }) as string | undefined;
				if (!accountId) return [];
				const companies = await callRailApiRequestAllItems.call(this, `/v3/a/${accountId}/companies.json`, 'companies', {
					sort: 'name',
				});
				return companies.map((c) => ({
					name: c.status === 'disabled' ? `${String(c.name)} (disabled)` : String(c.name),
					value: String(c.id),
				}));
			},
		},
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				if (isManual(this)) return true;
				const base = webhookBase(this);
				const events = registrableEvents(this);
				// Nothing to register: let create() say why.
				if (!events.length) return false;
				const accountId = accountIdOf(this);
				const data = this.getWorkflowStaticData('node') as TriggerStaticData;
				const companies = await chosenCompanies(this);
				for (const companyId of companies) {
					const integration = await findWebhooksIntegration.call(this, accountId, companyId);
					if (!integration || integration.state !== 'active') return false;
					if (!hasUrls((integration.config ?? {}) as WebhookConfig, base, events)) return false;
					data.companies = {
						...data.companies,
						[companyId]: { integrationId: integration.id as number, signingKey: integration.signing_key as string },
					};
				}
				data.registrations = { ...data.registrations, [base]: companies };
				return true;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				if (isManual(this)) return true;
				const base = webhookBase(this);
				const events = registrableEvents(this);
				if (!events.length) {
					const chosen = this.getNodeParameter('events', []) as string[];
					if (!chosen.length) throw new NodeOperationError(this.getNode(), 'Choose at least one event');
					throw new NodeOperationError(this.getNode(), 'Automatic setup cannot register Convert Assist Complete', {
						description:
							'CallRail documents no configuration key for it. Switch Setup Mode to Manual, paste the webhook URL with ?event=convert_assist_complete into CallRail and put the signing key in the credential, or add another event.',
					});
				}
				const accountId = accountIdOf(this);
				const data = this.getWorkflowStaticData('node') as TriggerStaticData;
				const companies = await chosenCompanies(this);
				for (const companyId of companies) {
					const result = await registerUrls.call(this, accountId, companyId, base, events);
					data.companies = { ...data.companies, [companyId]: result };
					data.registrations = { ...data.registrations, [base]: [...new Set([...(data.registrations?.[base] ?? []), companyId])] };
				}
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				if (isManual(this)) return true;
				const base = webhookBase(this);
				const accountId = accountIdOf(this);
				const data = this.getWorkflowStaticData('node') as TriggerStaticData;
				const companies = data.registrations?.[base] ?? (await chosenCompanies(this));
				for (const companyId of companies) {
					await unregisterUrls.call(this, accountId, companyId, base);
				}
				const registrations = { ...data.registrations };
				delete registrations[base];
				data.registrations = registrations;
				if (!Object.keys(registrations).length) delete data.companies;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const req = this.getRequestObject();
		const res = this.getResponseObject();
		const reject = (message: string): IWebhookResponseData => {
			res.status(401).send(message);
			return { noWebhookResponse: true };
		};

		if (!req.rawBody && typeof req.readRawBody === 'function') {
			try {
				await req.readRawBody();
			} catch {
				return reject('Unreadable body');
			}
		}
		const rawBody: Buffer | undefined = req.rawBody;
		if (!rawBody?.length) return reject('Missing body');
		const signatureHeader = this.getHeaderData().signature;
		const signature = Array.isArray(signatureHeader) ? signatureHeader[0] : signatureHeader;
		if (!signature) return reject('Missing Signature header');

		// Read only to choose which key to try first; nothing in it is used before the signature passes.
		const { format, payload } = parseDelivery(rawBody);
		const data = this.getWorkflowStaticData('node') as TriggerStaticData;
		const manual = isManual(this);
		const companyId = String(payload.company_resource_id ?? payload.company_id ?? '');
		let keys: string[];
		if (manual) {
			keys = splitKeys(this.getNodeParameter('signingKey', ''));
		} else {
			// The sending company's key first, then the others (a payload may name the company by an older id).
			const stored = data.companies ?? {};
			const own = stored[companyId]?.signingKey;
			const others = Object.values(stored)
				.map((c) => c.signingKey)
				.filter((k): k is string => Boolean(k) && k !== own);
			keys = [...(own ? [own] : []), ...others];
		}
		let verified = findSigningKey(keys, rawBody, signature);
		// The credential's keys only when those did not verify: in n8n 2.x every credential read evaluates the
		// credential's fields in a fresh expression isolate, tens of milliseconds per delivery on a busy machine.
		if (!verified) {
			let credentialKeys: string[] = [];
			try {
				credentialKeys = splitKeys((await this.getCredentials('callRailApi')).webhookSigningSecrets);
			} catch (error) {
				this.logger.warn(`CallRail Trigger could not read its credential: ${(error as Error).message}`);
			}
			keys = [...keys, ...credentialKeys];
			verified = findSigningKey(credentialKeys, rawBody, signature);
		}
		if (!verified && !manual) verified = await refreshedKey(this, data, companyId, rawBody, signature);
		if (!verified) {
			if (!keys.length) {
				this.logger.warn(
					manual
						? "CallRail Trigger has no signing key to check a delivery against (Manual setup reads the credential's Webhook Signing Keys); it was rejected"
						: 'CallRail Trigger has no signing key to check a delivery against; it was rejected',
				);
			}
			return reject('Invalid signature');
		}

		// From here on the delivery is CallRail's: it is answered 2xx whatever happens to it.
		const listening = this.getNodeParameter('events', []) as string[];
		let queryEvent = (this.getQueryData() as IDataObject).event;
		if (Array.isArray(queryEvent)) queryEvent = queryEvent[0];
		const named = WEBHOOK_EVENTS.includes(String(queryEvent)) ? String(queryEvent) : undefined;
		let event: string;
		if (format === 'text') {
			event = named ?? 'unknown';
			this.logger.warn(
				`CallRail Trigger received a signed delivery that is neither JSON nor form data (${rawBody.length} bytes); it is passed on as text in "body"`,
			);
			if (named && !listening.includes(named)) return {};
		} else {
			event = named ?? inferEvent(payload, listening);
			if (!listening.includes(event)) return {};
			const filters = this.getNodeParameter('filters', {}) as EventFilters;
			if (filterOut(event, payload, filters)) return {};
		}

		const scope = memoryScope(this.getWorkflow().id, this.getNode().id, this.getMode() === 'manual');
		let records = data.records;
		// Record keys kept by earlier versions (`<event>:<id>`, newest last) are carried over.
		if (Array.isArray(data.seen)) {
			const now = Date.now();
			records = { ...records };
			for (const key of data.seen) if (typeof key === 'string' && key.split(':').length === 2) records[key] ??= now;
		}
		const { verdict, toStore } = admitDelivery(
			scope,
			{ deliveries: data.deliveries, records, writer: data.memoryWriter },
			// Per event: two events of one call could carry the same bytes; a replay is the same bytes for the same event.
			`${event}:${deliveryDigest(rawBody)}`,
			format === 'text' ? undefined : recordKey(event, payload),
		);
		if (toStore) {
			data.deliveries = toStore.deliveries;
			data.records = toStore.records;
			data.memoryWriter = toStore.writer;
			if (data.seen !== undefined) delete data.seen;
		}
		if (verdict !== 'new') {
			this.logger.debug(`CallRail Trigger dropped a ${verdict === 'replay' ? 'replayed delivery' : 'second delivery of one record'} (${event})`);
			return { webhookResponse: { message: 'Already received' } };
		}

		const options = this.getNodeParameter('options', {}) as IDataObject;
		const item = options.normalizeTypes === true && format !== 'text' ? normalizeTypes(payload) : payload;
		const items = this.helpers.returnJsonArray({ ...item, event });
		return { workflowData: [await attachEventFiles.call(this, accountIdOf(this), event, items)] };
	}
}
