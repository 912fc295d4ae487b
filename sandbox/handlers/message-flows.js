'use strict';
const { fail } = require('../lib/errors');
const { single } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { maskedId } = require('../lib/rng');
const { nowIso, requireFields, onlyKeys, bodyOf, companyOf, findIn, byAccount, ok, created, noContent } = require('./common');

const STEP_TYPES = ['schedule', 'sms_response', 'no_response', 'tag', 'forward_message'];
const DAYS = ['any_day', 'weekdays', 'weekends', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const HHMM = /^([01]\d|2[0-3])[0-5]\d$/;

const E164 = /^\+[1-9]\d{7,14}$/;
// Keys each step type requires beyond the common ones (reference, "Configuring message flows" request tables).
const TYPE_KEYS = { schedule: ['branches'], sms_response: ['message', 'first_text'], no_response: [], tag: ['tag_ids'], forward_message: ['destination_number'] };

/**
 * Checks steps sent by a client as the reference's request tables require them, answering 400 (the reference's
 * "invalid request parameters") with a message naming the step and the missing key: "All step types require id,
 * type, initial_step, and next_step_id", response steps `message` and `first_text`, schedule steps `branches` with
 * `times` of `day`, `start_time`, `end_time`, tag steps `tag_ids`, forward steps `destination_number`. initial_step
 * "must be true for the step matching initial_step_id and false for all other steps"; next_step_id is null on the
 * last step. `steps` is "an object where the key of each object attribute is the same value as the id of the step";
 * an array of steps is accepted too. Steps already stored (an update without `steps`) are not checked again.
 */
function validateSteps(sb, req, companyId, steps, initial, { stored = false } = {}) {
	const entries = Array.isArray(steps) ? steps.map((st) => [st && st.id, st]) : steps && typeof steps === 'object' ? Object.entries(steps) : null;
	if (!entries || !entries.length) fail(400, 'steps must describe at least one step');
	const ids = new Set(entries.map(([key, st]) => (st && st.id) ?? key));
	const list = entries.map(([key, step]) => {
		const name = `Step ${JSON.stringify(String(key))}`;
		if (!step || typeof step !== 'object' || Array.isArray(step)) fail(400, `${name} must be an object`);
		if (!stored) {
			for (const k of ['id', 'type', 'initial_step', 'next_step_id']) if (!(k in step)) fail(400, `${name} is missing ${k}: all step types require id, type, initial_step and next_step_id`);
			if (!Array.isArray(steps) && String(step.id) !== key) fail(400, `${name} has id ${JSON.stringify(step.id)}: each step's key must be its id`);
			if (!STEP_TYPES.includes(step.type)) fail(400, `${name} has an unknown type ${JSON.stringify(step.type)}. Use one of ${STEP_TYPES.join(', ')}`);
			for (const k of TYPE_KEYS[step.type]) if (!(k in step)) fail(400, `${name} is missing ${k}: ${step.type} steps require ${TYPE_KEYS[step.type].join(' and ')}`);
			if (typeof step.initial_step !== 'boolean') fail(400, `${name}: initial_step must be true or false`);
			if (step.initial_step !== (step.id === initial)) fail(400, `${name}: initial_step must be true for the step matching initial_step_id and false for all other steps`);
			if (step.type === 'sms_response' && typeof step.first_text !== 'boolean') fail(400, `${name}: first_text must be true or false`);
		}
		if (!step.id) fail(400, `${name} is missing id`);
		if (!STEP_TYPES.includes(step.type)) fail(400, `${name} has an unknown type ${JSON.stringify(step.type)}`);
		if (step.next_step_id && !ids.has(step.next_step_id)) fail(400, `${name}: next_step_id ${step.next_step_id} is not a step of this flow`);
		if (step.type === 'sms_response' && (!step.message || String(step.message).length > 1550)) fail(400, `${name}: message must be 1 to 1550 characters`);
		if (step.type === 'forward_message' && !E164.test(String(step.destination_number || ''))) fail(400, `${name}: destination_number must be a phone number in E.164 format`);
		if (step.type === 'tag') {
			if (!Array.isArray(step.tag_ids) || !step.tag_ids.length) fail(400, `${name}: tag_ids must list at least one tag ID`);
			for (const tid of step.tag_ids) if (!sb.store.tags.some((t) => String(t.id) === String(tid) && t.account_id === req.account.id && (t.company_id === companyId || t.tag_level === 'account'))) fail(400, `${name}: unknown tag ${tid}`);
		}
		if (step.type === 'schedule') {
			// "Each schedule step must have at least 1 branch"; "Each branch must have at least 1 time defined".
			if (!Array.isArray(step.branches) || !step.branches.length) fail(400, `${name}: branches must have at least 1 branch`);
			for (const branch of step.branches) {
				if (!branch || !Array.isArray(branch.times) || !branch.times.length) fail(400, `${name}: each branch must have at least 1 time in times`);
				if (branch.next_step_id && !ids.has(branch.next_step_id)) fail(400, `${name}: next_step_id ${branch.next_step_id} is not a step of this flow`);
				for (const t of branch.times) {
					for (const k of ['day', 'start_time', 'end_time']) if (!t || !(k in t)) fail(400, `${name} has a time missing ${k}`);
					if (!DAYS.includes(t.day)) fail(400, `${name}: day must be one of ${DAYS.join(', ')}`);
					if (!HHMM.test(String(t.start_time)) || !HHMM.test(String(t.end_time))) fail(400, `${name}: start_time and end_time are military times such as 0800`);
					if (String(t.start_time) >= String(t.end_time)) fail(400, `${name}: start_time must be before end_time`);
				}
			}
		}
		return { ...step, id: step.id };
	});
	if (!ids.has(initial)) fail(400, 'initial_step_id must be the id of one of the steps');
	return list.map((st) => ({ ...st, initial_step: st.id === initial, next_step_id: st.next_step_id ?? null }));
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
	const sent = body.steps !== undefined;
	const assigned = assignStepIds(sb, validateSteps(sb, req, flow.company_id, sent ? body.steps : flow.steps, initial, { stored: !sent }), initial);
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
