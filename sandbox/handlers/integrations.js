'use strict';
const { fail } = require('../lib/errors');
const { single, requestedFields } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { requireIntegrationAdmin } = require('../lib/auth');
const { WEBHOOK_EVENTS } = require('../lib/events');
const { strip, requireFields, onlyKeys, bodyOf, companyOf, findIn, ok, created, noContent } = require('./common');

const OPTIONAL = new Set(['signing_key']);
const CREATABLE = ['Webhooks', 'Custom'];

/** signing_key belongs to the company and only shows for Webhooks, on POST or with fields=signing_key. */
function present(sb, integration, fields) {
	const out = { id: integration.id, type: integration.type, state: integration.state, config: JSON.parse(JSON.stringify(integration.config)), company_id: integration.company_id };
	if (fields.includes('signing_key') && integration.type === 'Webhooks') out.signing_key = sb.store.companies.find((c) => c.id === integration.company_id).signing_key;
	return out;
}

function validateConfig(type, config) {
	if (!config || typeof config !== 'object' || Array.isArray(config)) fail(400, 'config must be an object');
	if (type === 'Webhooks') {
		for (const [key, urls] of Object.entries(config)) {
			if (!WEBHOOK_EVENTS.includes(key)) fail(400, `Unknown webhook configuration key: ${key}. Use ${WEBHOOK_EVENTS.join(', ')}`);
			if (!Array.isArray(urls) || urls.some((u) => typeof u !== 'string' || !/^https?:\/\/[^\s/]+/.test(u))) fail(400, `${key} must be an array of http(s) URLs`);
		}
	} else if (type === 'Custom') {
		onlyKeys(config, ['grab_cookies']);
		if (!Array.isArray(config.grab_cookies) || !config.grab_cookies.length) fail(400, 'grab_cookies is required');
	}
}

function listIntegrations(sb, req) {
	const fields = requestedFields(req.query, OPTIONAL);
	const company = companyOf(sb, req, single(req.query, 'company_id'));
	const body = paginate(req.query, sb.store.integrations.filter((i) => i.company_id === company.id), 'integrations');
	body.integrations = body.integrations.map((i) => present(sb, i, fields));
	return ok(body);
}

const findIntegration = (sb, req, id) => findIn(req, sb.store.integrations, id, 'Integration');

/** One integration of each type per company; a second one is refused (clients must update the existing one). */
function createIntegration(sb, req) {
	const body = bodyOf(req);
	requireFields(body, ['company_id', 'type', 'config']);
	const company = companyOf(sb, req, body.company_id);
	requireIntegrationAdmin(req, company.id);
	if (!CREATABLE.includes(body.type)) fail(400, 'Only Webhooks and Custom integrations can be created through the API');
	validateConfig(body.type, body.config);
	if (sb.store.integrations.some((i) => i.company_id === company.id && i.type === body.type)) fail(422, `This company already has a ${body.type} integration`);
	const integration = { id: ++sb.store.seq.integration, company_id: company.id, account_id: req.account.id, type: body.type, state: 'active', config: JSON.parse(JSON.stringify(body.config)) };
	sb.store.integrations.push(integration);
	return created(present(sb, integration, ['signing_key']));
}

/** PUT replaces `config` with what is sent: a client adding one URL must send the merged configuration. */
function updateIntegration(sb, req, id) {
	const integration = findIntegration(sb, req, id);
	requireIntegrationAdmin(req, integration.company_id);
	const body = bodyOf(req);
	onlyKeys(body, ['state', 'config']);
	if (!CREATABLE.includes(integration.type)) fail(400, `${integration.type} integrations cannot be changed through the API`);
	if (body.state !== undefined && !['active', 'disabled'].includes(body.state)) fail(400, 'state must be active or disabled');
	if (body.config !== undefined) {
		validateConfig(integration.type, body.config);
		integration.config = JSON.parse(JSON.stringify(body.config));
	}
	if (body.state !== undefined) integration.state = body.state;
	return ok(present(sb, integration, requestedFields(req.query, OPTIONAL)));
}

function disableIntegration(sb, req, id) {
	const integration = findIntegration(sb, req, id);
	requireIntegrationAdmin(req, integration.company_id);
	integration.state = 'disabled';
	return noContent();
}

// ---- integration filters ("integration triggers"); envelope `integration_criteria`
const CALL_TYPES = [null, 'first_call', 'vm', 'missed_and_vm'];

/** "the integration will be sideloaded when displaying the integration filters" (reference, Integration Filters). */
function presentTrigger(trigger) {
	const { type, ...rest } = strip(trigger);
	return { ...rest, integration: { id: trigger.integration_id, type } };
}

function listTriggers(sb, req) {
	const company = companyOf(sb, req, single(req.query, 'company_id'));
	const body = paginate(req.query, sb.store.integrationTriggers.filter((t) => t.company_id === company.id), 'integration_criteria');
	body.integration_criteria = body.integration_criteria.map(presentTrigger);
	return ok(body);
}

function triggerFields(sb, req, body, trigger) {
	if (body.call_type !== undefined && !CALL_TYPES.includes(body.call_type)) fail(400, 'call_type must be first_call, vm, missed_and_vm or null');
	if (body.lead_status !== undefined && ![null, 'good_lead', 'not_a_lead'].includes(body.lead_status)) fail(400, 'lead_status must be good_lead, not_a_lead or null');
	if (body.tracker_ids !== undefined) {
		if (!Array.isArray(body.tracker_ids)) fail(400, 'tracker_ids must be an array');
		for (const tid of body.tracker_ids) if (!sb.store.trackers.some((t) => t.id === tid && t.company.id === trigger.company_id)) fail(400, `Tracker ${tid} is not a tracker of this company`);
	}
	for (const key of ['min_duration', 'max_duration']) {
		if (body[key] !== undefined && body[key] !== null && !(Number.isInteger(Number(body[key])) && Number(body[key]) >= 0)) fail(400, `${key} must be a whole number of seconds`);
	}
	const min = body.min_duration !== undefined ? body.min_duration : trigger.min_duration;
	const max = body.max_duration !== undefined ? body.max_duration : trigger.max_duration;
	if (min !== null && max !== null && min !== undefined && max !== undefined && Number(min) > Number(max)) fail(400, 'min_duration must not exceed max_duration');
	for (const key of ['tracker_ids', 'call_type', 'min_duration', 'max_duration', 'lead_status']) if (body[key] !== undefined) trigger[key] = body[key];
}

const DEFAULT_TRIGGER_TYPE = 'All (Default Integration Trigger)';

/**
 * integration_id null creates the company's default filter: "An optional default integration filter can be defined
 * for a company. This default filter applies to all integrations that do not have a specific integration filter
 * defined"; the list sample shows it as integration_id null with integration { id: null, type: "All (Default
 * Integration Trigger)" }. One filter per integration, and one default per company ("400 Bad Request with a helpful
 * message if a integration filter already exists").
 */
function createTrigger(sb, req) {
	const body = bodyOf(req);
	requireFields(body, ['company_id']);
	if (body.integration_id === undefined || body.integration_id === '') fail(400, 'integration_id is required (null for the company\'s default filter)');
	const company = companyOf(sb, req, body.company_id);
	requireIntegrationAdmin(req, company.id);
	const integration = body.integration_id === null ? null : findIntegration(sb, req, body.integration_id);
	if (integration && integration.company_id !== company.id) fail(400, 'The integration does not belong to this company');
	const taken = integration
		? sb.store.integrationTriggers.some((t) => String(t.integration_id) === String(integration.id))
		: sb.store.integrationTriggers.some((t) => t.company_id === company.id && t.integration_id === null);
	if (taken) fail(400, integration ? 'This integration already has a filter' : 'This company already has a default integration filter');
	const trigger = {
		id: ++sb.store.seq.integrationTrigger, account_id: req.account.id, company_id: company.id, integration_id: integration ? integration.id : null,
		type: integration ? integration.type : DEFAULT_TRIGGER_TYPE, tracker_ids: [], call_type: null, min_duration: null, max_duration: null, lead_status: null,
	};
	triggerFields(sb, req, body, trigger);
	sb.store.integrationTriggers.push(trigger);
	return created(presentTrigger(trigger));
}

const findTrigger = (sb, req, id) => findIn(req, sb.store.integrationTriggers, id, 'Integration trigger');

function updateTrigger(sb, req, id) {
	const trigger = findTrigger(sb, req, id);
	requireIntegrationAdmin(req, trigger.company_id);
	const body = bodyOf(req);
	onlyKeys(body, ['tracker_ids', 'call_type', 'min_duration', 'max_duration', 'lead_status']);
	triggerFields(sb, req, body, trigger);
	return ok(presentTrigger(trigger));
}

function deleteTrigger(sb, req, id) {
	const trigger = findTrigger(sb, req, id);
	requireIntegrationAdmin(req, trigger.company_id);
	sb.store.integrationTriggers.splice(sb.store.integrationTriggers.indexOf(trigger), 1);
	return noContent();
}

const routes = [
	['GET', 'integrations', listIntegrations],
	['POST', 'integrations', createIntegration],
	['GET', 'integrations/:id', (sb, req, id) => ok(present(sb, findIntegration(sb, req, id), requestedFields(req.query, OPTIONAL)))],
	['PUT', 'integrations/:id', updateIntegration],
	['DELETE', 'integrations/:id', disableIntegration],
	['GET', 'integration_triggers', listTriggers],
	['POST', 'integration_triggers', createTrigger],
	['GET', 'integration_triggers/:id', (sb, req, id) => ok(presentTrigger(findTrigger(sb, req, id)))],
	['PUT', 'integration_triggers/:id', updateTrigger],
	['DELETE', 'integration_triggers/:id', deleteTrigger],
];

module.exports = { routes };
