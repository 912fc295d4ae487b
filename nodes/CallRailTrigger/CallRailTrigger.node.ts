import type {
	IDataObject,
	IHookFunctions,
	ILoadOptionsFunctions,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import * as listSearch from '../CallRail/listSearch';
import { accountLocator } from '../CallRail/shared/descriptions';
import { callRailApiRequestAllItems } from '../CallRail/shared/transport';
import { checkedAccountId } from '../CallRail/shared/validation';
import { dedupeKey, type EventFilters, filterOut, inferEvent, WEBHOOK_EVENT_OPTIONS, WEBHOOK_EVENTS } from './events';
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
import { findSigningKey, isFresh } from './signature';

/** How many recent deliveries are remembered to drop repeats. */
const SEEN_LIMIT = 1000;
/** A delivery no stored key verifies makes the node re-read that company's key at most this often. */
const KEY_RECHECK_MS = 10 * 60_000;

/**
 * The company's signing key may have been regenerated in CallRail since activation. For a company this workflow
 * registered, fetch its key again (at most once per KEY_RECHECK_MS, so forged deliveries cannot spend the API quota)
 * and return it if it signed this delivery.
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
	const now = Date.now();
	if (entry.keyCheckedAt !== undefined && now - entry.keyCheckedAt < KEY_RECHECK_MS) return undefined;
	let fetched: { integrationId?: number | string; signingKey?: string } = {};
	try {
		fetched = await fetchSigningKey.call(ctx, accountIdOf(ctx), companyId);
	} catch (error) {
		ctx.logger.warn(`CallRail Trigger could not re-read the signing key of company ${companyId}: ${(error as Error).message}`);
	}
	const signingKey = fetched.signingKey ?? entry.signingKey;
	data.companies = {
		...data.companies,
		[companyId]: { ...entry, integrationId: fetched.integrationId ?? entry.integrationId, signingKey, keyCheckedAt: now },
	};
	return signingKey && signingKey !== entry.signingKey ? findSigningKey([signingKey], rawBody, signature) : undefined;
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

export class CallRailTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CallRail Trigger',
		name: 'callRailTrigger',
		icon: { light: 'file:../../icons/callrail.svg', dark: 'file:../../icons/callrail.dark.svg' },
		group: ['trigger'],
		version: 1,
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
					'In CallRail, open Settings > Integrations > Webhooks for the company and paste the Production URL shown under Webhook URLs above into each chosen event, adding <code>?event=</code> and the event key (for example <code>?event=post_call_webhook</code>). Then copy the signing key from that page below.',
				name: 'manualNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { setupMode: ['manual'] } },
			},
			{
				displayName: 'Signing Key',
				name: 'signingKey',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				required: true,
				displayOptions: { show: { setupMode: ['manual'] } },
				description:
					"The company's signing key from CallRail's Webhooks page; deliveries not signed with it are rejected. Separate several companies' keys with commas.",
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				description: 'Events that do not match are acknowledged but do not start the workflow',
				options: [
					{
						displayName: 'Answer Status',
						name: 'answerStatus',
						type: 'options',
						default: 'answered',
						description: 'Call events only',
						options: [
							{ name: 'Answered', value: 'answered' },
							{ name: 'Missed', value: 'missed' },
							{ name: 'Voicemail', value: 'voicemail' },
						],
					},
					{
						displayName: 'Changes (Call Modified)',
						name: 'changes',
						type: 'multiOptions',
						default: [],
						description: 'Only Call Modified events where at least one of these changed',
						options: [
							{ name: 'Auto Score', value: 'auto_score' },
							{ name: 'Call Summary', value: 'call_summary' },
							{ name: 'Lead Status', value: 'lead_status' },
							{ name: 'Manual Score', value: 'manual_score' },
							{ name: 'Note', value: 'note' },
							{ name: 'Recording', value: 'recording' },
							{ name: 'Recording Duration', value: 'recording_duration' },
							{ name: 'Tags', value: 'tags' },
							{ name: 'Transcription', value: 'transcription_text' },
							{ name: 'Value', value: 'value' },
						],
					},
					{
						displayName: 'Direction',
						name: 'direction',
						type: 'options',
						default: 'inbound',
						description: 'Call events only',
						options: [
							{ name: 'Inbound', value: 'inbound' },
							{ name: 'Outbound', value: 'outbound' },
						],
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
						options: [
							{ name: 'Good Lead', value: 'good_lead' },
							{ name: 'Not a Lead', value: 'not_a_lead' },
							{ name: 'Not Scored', value: 'not_scored' },
						],
					},
					{
						displayName: 'Minimum Duration (Seconds)',
						name: 'minDuration',
						type: 'number',
						default: 0,
						typeOptions: { minValue: 0 },
						description: 'Call events only',
					},
					{
						displayName: 'Tags',
						name: 'tags',
						type: 'string',
						default: '',
						placeholder: 'Sales, Quote',
						description: 'Comma-separated tag names; the event passes if it carries any of them',
					},
					{
						displayName: 'Tracker IDs',
						name: 'trackerIds',
						type: 'string',
						default: '',
						placeholder: 'TRK0123456789abcdef0123456789abcdef',
						description: 'Comma-separated tracker IDs; call events only',
					},
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Replay Window (Minutes)',
						name: 'replayWindow',
						type: 'number',
						default: 15,
						typeOptions: { minValue: 0 },
						description:
							"Reject deliveries whose timestamp is further than this from now, so a captured request cannot be replayed later. 0 turns the check off.",
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
				const events = this.getNodeParameter('events', []) as string[];
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
				const events = this.getNodeParameter('events', []) as string[];
				if (!events.length) throw new NodeOperationError(this.getNode(), 'Choose at least one event');
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

		if (!req.rawBody && typeof req.readRawBody === 'function') await req.readRawBody();
		const rawBody: Buffer | undefined = req.rawBody;
		if (!rawBody?.length) return reject('Missing body');
		let payload = this.getBodyData() as IDataObject;
		if (!payload || typeof payload !== 'object' || !Object.keys(payload).length) {
			try {
				payload = JSON.parse(rawBody.toString('utf8')) as IDataObject;
			} catch {
				return reject('The body is not JSON');
			}
		}

		const headers = this.getHeaderData();
		const signatureHeader = headers.signature;
		const signature = Array.isArray(signatureHeader) ? signatureHeader[0] : signatureHeader;
		if (!signature) return reject('Missing Signature header');

		const data = this.getWorkflowStaticData('node') as TriggerStaticData;
		const manual = isManual(this);
		const companyId = String(payload.company_resource_id ?? payload.company_id ?? '');
		let keys: string[];
		if (manual) {
			keys = String(this.getNodeParameter('signingKey', ''))
				.split(',')
				.map((k) => k.trim())
				.filter(Boolean);
		} else {
			// The sending company's key first, then the others (a payload may name the company by an older id).
			const stored = data.companies ?? {};
			const own = stored[companyId]?.signingKey;
			const others = Object.values(stored)
				.map((c) => c.signingKey)
				.filter((k): k is string => Boolean(k) && k !== own);
			keys = own ? [own, ...others] : others;
		}
		let verified = findSigningKey(keys, rawBody, signature);
		if (!verified && !manual) verified = await refreshedKey(this, data, companyId, rawBody, signature);
		if (!verified) {
			if (!keys.length) this.logger.warn('CallRail Trigger has no signing key to check a delivery against; it was rejected');
			return reject('Invalid signature');
		}

		const options = this.getNodeParameter('options', {}) as IDataObject;
		const replayWindow = Number(options.replayWindow ?? 15);
		if (!isFresh(payload.timestamp, replayWindow)) return reject('Stale delivery');

		const listening = this.getNodeParameter('events', []) as string[];
		const query = this.getQueryData() as IDataObject;
		const event = WEBHOOK_EVENTS.includes(String(query.event)) ? String(query.event) : inferEvent(payload, listening);
		if (!listening.includes(event)) return {};

		const filters = this.getNodeParameter('filters', {}) as EventFilters;
		if (filterOut(event, payload, filters)) return {};

		const key = dedupeKey(event, payload);
		if (key) {
			const seen = data.seen ?? [];
			if (seen.includes(key)) return {};
			seen.push(key);
			data.seen = seen.slice(-SEEN_LIMIT);
		}

		return { workflowData: [this.helpers.returnJsonArray({ event, ...payload })] };
	}
}
