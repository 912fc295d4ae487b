import type {
	IDataObject,
	IHookFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import * as listSearch from '../kernel/listSearch';
import { accountLocator } from '../kernel/locators';
import { callRailApiRequestAllItems } from '../kernel/transport';
import { attachEventFiles, attachFilesOption } from '../kernel/media';
import { accountIdOf, exampleId } from '../kernel/ids';
import { ANSWER_STATUS_OPTIONS, DIRECTION_OPTIONS, LEAD_STATUS_FILTER_OPTIONS, tagNamesParameter } from '../kernel/vocabulary';
import { webhookEvent, WEBHOOK_EVENTS } from '../kernel/webhookEvents';
import { type Delivery, readDelivery } from './delivery';
import {
	CHANGE_OPTIONS,
	CONVERT_ASSIST_EVENT,
	type EventFilters,
	filterOut,
	inferEvent,
	normalizeTypes,
	recordKey,
	WEBHOOK_EVENT_OPTIONS,
} from './events';
import {
	allCompanyIds,
	findWebhooksIntegration,
	hasUrls,
	registerUrls,
	type TriggerStaticData,
	unregisterUrls,
	type WebhookConfig,
} from './registration';
import { admitIntoStaticData, deliveryDigest, memoryScope } from './replay';
import { verifyingKey } from './signingKeys';
import { collection } from '../kernel/collections';

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
	return (ctx.getNodeParameter('events', []) as string[]).filter((value) => webhookEvent(value)?.registrable);
}

/** Answers 401 itself: the delivery is not CallRail's. */
function refuse(ctx: IWebhookFunctions, message: string): IWebhookResponseData {
	ctx.getResponseObject().status(401).send(message);
	return { noWebhookResponse: true };
}

/** The event of a verified delivery if the workflow wants it: one it listens to that passes the Filters. */
function wantedEvent(ctx: IWebhookFunctions, { format, payload, rawBody }: Delivery): string | undefined {
	const listening = ctx.getNodeParameter('events', []) as string[];
	const query = (ctx.getQueryData() as IDataObject).event;
	const named = webhookEvent(Array.isArray(query) ? query[0] : query)?.value;
	if (format === 'text') {
		ctx.logger.warn(
			`CallRail Trigger received a signed delivery that is neither JSON nor form data (${rawBody.length} bytes); it is passed on as text in "body"`,
		);
		// Nothing to infer an event from or filter on.
		return named && !listening.includes(named) ? undefined : (named ?? 'unknown');
	}
	const event = named ?? inferEvent(payload, listening);
	if (!listening.includes(event)) return undefined;
	return filterOut(event, payload, ctx.getNodeParameter('filters', {}) as EventFilters) ? undefined : event;
}

/** Whether the delivery is new: not the same bytes again, nor a second delivery of a record that fires the event once. */
function isNew(ctx: IWebhookFunctions, data: TriggerStaticData, event: string, { format, payload, rawBody }: Delivery): boolean {
	const scope = memoryScope(ctx.getWorkflow().id, ctx.getNode().id, ctx.getMode() === 'manual');
	// Per event: two events of one call could carry the same bytes; a replay is the same bytes for the same event.
	const key = `${event}:${deliveryDigest(rawBody)}`;
	const verdict = admitIntoStaticData(scope, data, key, format === 'text' ? undefined : recordKey(event, payload));
	if (verdict !== 'new') {
		ctx.logger.debug(`CallRail Trigger dropped a ${verdict === 'replay' ? 'replayed delivery' : 'second delivery of one record'} (${event})`);
	}
	return verdict === 'new';
}

async function eventItems(ctx: IWebhookFunctions, event: string, { format, payload }: Delivery): Promise<INodeExecutionData[]> {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const json = options.normalizeTypes === true && format !== 'text' ? normalizeTypes(payload) : payload;
	return await attachEventFiles.call(ctx, accountIdOf(ctx), webhookEvent(event)?.files, ctx.helpers.returnJsonArray({ ...json, event }));
}

/** The chosen events by name, as the editor lists them (`Post-Call, Call Modified`). */
const SUBTITLE = `={{ $parameter["events"].map(value => (${JSON.stringify(
	Object.fromEntries(WEBHOOK_EVENTS.map((event) => [event.value, event.name])),
)})[value] || value).join(", ") }}`;

export class CallRailTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CallRail Trigger',
		name: 'callRailTrigger',
		icon: { light: 'file:../../icons/callrail.svg', dark: 'file:../../icons/callrail.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: SUBTITLE,
		description: 'Starts the workflow when CallRail sends a webhook: calls, texts and form submissions',
		defaults: { name: 'CallRail Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'callRailApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Trigger On',
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
					{ name: 'All Companies', value: 'all', description: 'Every active company when the workflow is activated' },
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
			collection('Filters', [
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
				tagNamesParameter('The event passes if it carries any of these tag names'),
				{
					displayName: 'Tracker IDs',
					name: 'trackerIds',
					type: 'string',
					default: '',
					placeholder: exampleId('tracker'),
					description: 'Comma-separated tracker IDs; call events only',
				},
			], {
				description: 'Events that do not match are acknowledged but do not start the workflow',
			}),
			collection('Options', [
				attachFilesOption,
				{
					displayName: 'Convert Numbers and Booleans',
					name: 'normalizeTypes',
					type: 'boolean',
					default: false,
					description:
						'Whether to turn the numbers and true/false values CallRail sends as text ("13", "true"), such as duration and answered, into real numbers and booleans',
				},
			]),
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
		const delivery = await readDelivery(this);
		if ('refusal' in delivery) return refuse(this, delivery.refusal);
		const data = this.getWorkflowStaticData('node') as TriggerStaticData;
		if (!(await verifyingKey(this, data, delivery, isManual(this)))) return refuse(this, 'Invalid signature');

		// From here on the delivery is CallRail's: it is answered 2xx whatever happens to it.
		const event = wantedEvent(this, delivery);
		if (event === undefined) return {};
		if (!isNew(this, data, event, delivery)) return { webhookResponse: { message: 'Already received' } };
		return { workflowData: [await eventItems(this, event, delivery)] };
	}
}
