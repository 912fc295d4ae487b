'use strict';
const { fail } = require('../lib/errors');
const { single } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { maskedId } = require('../lib/rng');
const { nowIso, requireFields, onlyKeys, bodyOf, companyOf, findIn, byAccount, ok, created, noContent } = require('./common');

const STEP_TYPES = ['schedule', 'sms_response', 'no_response', 'tag', 'forward_message'];
const DAYS = ['any_day', 'weekdays', 'weekends', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const HHMM = /^([01]\d|2[0-3])[0-5]\d$/;

/** `steps` may come as an array or as an object keyed by step id; it is stored as an array. */
function validateSteps(sb, req, companyId, steps, initial) {
	const list = Array.isArray(steps) ? steps : steps && typeof steps === 'object' ? Object.entries(steps).map(([id, s]) => ({ id, ...s })) : null;
	if (!list || !list.length) fail(400, 'steps must describe at least one step');
	const ids = new Set(list.map((s) => s.id));
	for (const step of list) {
		if (!step.id) fail(400, 'every step needs an id');
		if (!STEP_TYPES.includes(step.type)) fail(400, `Unknown step type: ${step.type}`);
		if (step.next_step_id && !ids.has(step.next_step_id)) fail(400, `next_step_id ${step.next_step_id} is not a step of this flow`);
		if (step.type === 'sms_response' && (!step.message || String(step.message).length > 1550)) fail(400, 'sms_response steps need a message of at most 1550 characters');
		if (step.type === 'forward_message' && !/^\+1[2-9]\d{2}[2-9]\d{6}$/.test(String(step.destination_number || ''))) fail(400, 'forward_message steps need a US or Canadian destination_number');
		if (step.type === 'tag') {
			if (!Array.isArray(step.tag_ids) || !step.tag_ids.length) fail(400, 'tag steps need tag_ids');
			for (const tid of step.tag_ids) if (!sb.store.tags.some((t) => String(t.id) === String(tid) && t.account_id === req.account.id && (t.company_id === companyId || t.tag_level === 'account'))) fail(400, `Unknown tag ${tid}`);
		}
		if (step.type === 'schedule') {
			if (!Array.isArray(step.branches) || !step.branches.length) fail(400, 'schedule steps need branches');
			for (const branch of step.branches) {
				if (branch.next_step_id && !ids.has(branch.next_step_id)) fail(400, `next_step_id ${branch.next_step_id} is not a step of this flow`);
				for (const t of branch.times || []) {
					if (!DAYS.includes(t.day) || !HHMM.test(String(t.start_time)) || !HHMM.test(String(t.end_time))) fail(400, 'schedule times need a valid day and HHMM start_time/end_time');
				}
			}
		}
	}
	if (!ids.has(initial)) fail(400, 'initial_step_id must be the id of one of the steps');
	return list.map((s) => ({ ...s, initial_step: s.id === initial, next_step_id: s.next_step_id ?? null }));
}

/** Client step ids ("tag-01") "will be replaced with a system-generated ID when the message flow is created". */
function assignStepIds(sb, steps, initial) {
	const ids = new Map(steps.map((st) => [st.id, /^MFS[0-9a-f]{32}$/.test(st.id) ? st.id : maskedId(sb.store.rng, 'MFS')]));
	const map = (id) => (id === null || id === undefined ? null : ids.get(id) ?? id);
	const mapped = steps.map((st) => ({
		...st,
		id: map(st.id),
		next_step_id: map(st.next_step_id),
		...(Array.isArray(st.branches) ? { branches: st.branches.map((b) => ({ ...b, next_step_id: map(b.next_step_id) })) } : {}),
	}));
	return { steps: mapped, initial: map(initial) };
}

/** The list shows id, name, updated_at and tracker_ids; a single flow adds initial_step_id and steps keyed by id. */
function present(sb, flow, full) {
	const out = {
		id: flow.id,
		name: flow.name,
		updated_at: flow.updated_at ?? flow.created_at,
		tracker_ids: sb.store.trackers.filter((t) => t.message_flow && t.message_flow.id === flow.id).map((t) => t.id),
	};
	if (!full) return out;
	return { ...out, initial_step_id: flow.initial_step_id, steps: Object.fromEntries(flow.steps.map((st) => [st.id, st])) };
}

/** company_id is optional: without it, every flow the key can see in the account. */
function listFlows(sb, req) {
	const companyId = single(req.query, 'company_id');
	const company = companyId ? companyOf(sb, req, companyId) : undefined;
	const flows = company ? sb.store.messageFlows.filter((f) => f.company_id === company.id) : byAccount(req, sb.store.messageFlows);
	const body = paginate(req.query, flows, 'message-flows');
	body['message-flows'] = body['message-flows'].map((f) => present(sb, f, false));
	return ok(body);
}

const findFlow = (sb, req, id) => findIn(req, sb.store.messageFlows, id, 'Message flow');

function createFlow(sb, req) {
	const body = bodyOf(req);
	onlyKeys(body, ['company_id', 'name', 'initial_step_id', 'steps']);
	requireFields(body, ['company_id', 'name', 'initial_step_id', 'steps']);
	const company = companyOf(sb, req, body.company_id);
	if (sb.store.messageFlows.some((f) => f.company_id === company.id && f.name === body.name)) fail(422, 'Name has already been taken');
	const { steps, initial } = assignStepIds(sb, validateSteps(sb, req, company.id, body.steps, body.initial_step_id), body.initial_step_id);
	const now = nowIso(sb);
	const flow = { id: maskedId(sb.store.rng, 'MFL'), account_id: req.account.id, company_id: company.id, name: String(body.name), initial_step_id: initial, steps, created_at: now, updated_at: now };
	sb.store.messageFlows.push(flow);
	return created(present(sb, flow, true));
}

function updateFlow(sb, req, id) {
	const flow = findFlow(sb, req, id);
	const body = bodyOf(req);
	onlyKeys(body, ['name', 'initial_step_id', 'steps']);
	if (body.name !== undefined && sb.store.messageFlows.some((f) => f !== flow && f.company_id === flow.company_id && f.name === body.name)) fail(422, 'Name has already been taken');
	const initial = body.initial_step_id || flow.initial_step_id;
	const assigned = assignStepIds(sb, validateSteps(sb, req, flow.company_id, body.steps !== undefined ? body.steps : flow.steps, initial), initial);
	Object.assign(flow, { steps: assigned.steps, initial_step_id: assigned.initial, updated_at: nowIso(sb) });
	if (body.name !== undefined) flow.name = String(body.name);
	return ok(present(sb, flow, true));
}

function deleteFlow(sb, req, id) {
	const flow = findFlow(sb, req, id);
	if (sb.store.trackers.some((t) => t.message_flow && t.message_flow.id === flow.id)) fail(400, 'This message flow is assigned to a tracker; unassign it first');
	sb.store.messageFlows.splice(sb.store.messageFlows.indexOf(flow), 1);
	return noContent();
}

const routes = [
	['GET', 'message-flows', listFlows],
	['POST', 'message-flows', createFlow],
	['GET', 'message-flows/:id', (sb, req, id) => ok(present(sb, findFlow(sb, req, id), true))],
	['PUT', 'message-flows/:id', updateFlow],
	['DELETE', 'message-flows/:id', deleteFlow],
];

module.exports = { routes };
