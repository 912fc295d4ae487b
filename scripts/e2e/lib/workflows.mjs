// Building workflows for the end-to-end tests from the node descriptions n8n actually loaded.
import { randomUUID } from 'node:crypto';

import { Check } from './runner.mjs';

const flatProps = (desc) => desc.properties ?? [];
const optionValues = (p) => (p.options ?? []).filter((o) => o && 'value' in o).map((o) => o.value);

export const latestVersion = (desc) => (Array.isArray(desc.version) ? Math.max(...desc.version) : desc.version);

/** The first property whose options contain a value matching one of `res` (tried in order), and that value. */
export function findOption(desc, res, { exclude = [] } = {}) {
	for (const re of [].concat(res)) {
		for (const p of flatProps(desc)) {
			if (!['options', 'multiOptions'].includes(p.type) || exclude.includes(p.name)) continue;
			const v = optionValues(p).find((x) => re.test(String(x)));
			if (v !== undefined) return { prop: p, value: p.type === 'multiOptions' ? [v] : v };
		}
	}
	return null;
}

export const locator = (value) => ({ __rl: true, mode: 'id', value });

/**
 * Parameters for a trigger from its loaded description: the account (resource locator `accountId`), one company
 * (`companyId` locator, or `companyScope: 'selected'` + `companyIds`), the event (the first option matching `eventRes`)
 * and automatic setup when the node offers a choice.
 */
export function triggerParameters(desc, { accountId, companyId, eventRes, extra = {} }) {
	const params = {};
	const props = flatProps(desc);
	const names = new Set(props.map((p) => p.name));
	if (names.has('accountId')) params.accountId = locator(accountId);
	if (companyId && names.has('companyId')) params.companyId = locator(companyId);
	if (companyId && names.has('companyIds')) {
		const scope = props.find((p) => p.name === 'companyScope');
		if (scope) params.companyScope = optionValues(scope).find((v) => /select/i.test(String(v))) ?? 'selected';
		params.companyIds = [companyId];
	}
	const ev = findOption(desc, eventRes);
	if (!ev) throw new Check(`no parameter of ${desc.name} offers an option matching ${[].concat(eventRes).join(' or ')} (properties: ${[...names].join(', ')})`);
	params[ev.prop.name] = ev.value;
	const auto = findOption(desc, /^automatic$/i, { exclude: [ev.prop.name] });
	if (auto) params[auto.prop.name] = auto.value;
	return { ...params, ...extra };
}

/** Workflow builders bound to one package prefix and one credential. */
export function workflowBuilders({ prefix, credential }) {
	const credRef = () => ({ callRailApi: { id: credential().id, name: credential().name } });
	/** Manual Trigger → CallRail (action node) with `parameters`. */
	const manualWorkflow = (name, parameters, { nodeName = 'CallRail' } = {}) => ({
		name,
		nodes: [
			{ id: randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{ id: randomUUID(), name: nodeName, type: `${prefix}.callRail`, typeVersion: 1, position: [220, 0], parameters, credentials: credRef() },
		],
		connections: { Start: { main: [[{ node: nodeName, type: 'main', index: 0 }]] } },
	});
	/** A workflow of one trigger node of this package (`callRailTrigger`, `callRailPollingTrigger`). */
	const triggerWorkflow = (name, { type, desc, nodeName, parameters, webhook = false }) => ({
		name,
		nodes: [
			{
				id: randomUUID(),
				name: nodeName,
				type: `${prefix}.${type}`,
				typeVersion: latestVersion(desc),
				position: [0, 0],
				...(webhook ? { webhookId: randomUUID() } : {}),
				parameters,
				credentials: credRef(),
			},
		],
		connections: {},
	});
	return { credRef, manualWorkflow, triggerWorkflow };
}

/**
 * Appends n8n's Set node (v3.4) to a workflow, recording which n8n process ran the execution: `ranOn` is
 * `$env.CALLRAIL_E2E_PROCESS` (queue-stack.mjs gives each process its role there), the incoming fields are kept.
 */
export function recordingProcess(workflow, { after, name = 'Ran On' }) {
	const set = {
		id: randomUUID(),
		name,
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		position: [440, 0],
		parameters: {
			assignments: { assignments: [{ id: randomUUID(), name: 'ranOn', value: '={{ $env.CALLRAIL_E2E_PROCESS }}', type: 'string' }] },
			includeOtherFields: true,
			options: {},
		},
	};
	return { ...workflow, nodes: [...workflow.nodes, set], connections: { ...workflow.connections, [after]: { main: [[{ node: name, type: 'main', index: 0 }]] } } };
}
