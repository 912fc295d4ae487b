import type { INodeProperties, INodePropertyCollection, INodePropertyOptions, INodeType, IVersionedNodeType } from 'n8n-workflow';

import { loadPackage } from '../harness/n8n';
import { ANSWER_STATUS_OPTIONS, LEAD_STATUS_FILTER_OPTIONS } from '../../nodes/kernel/vocabulary';
import { REGISTRABLE_EVENTS } from '../../nodes/kernel/webhookEvents';

type Property = INodeProperties | INodePropertyCollection;

/** Every parameter of a description, with those nested in collections and fixed collections. */
function* walk(properties: Property[], path = ''): Generator<[string, INodeProperties]> {
	for (const property of properties) {
		const here = `${path}${property.name}`;
		if ('type' in property) yield [here, property];
		for (const child of ((property as { options?: unknown[] }).options ?? []) as Array<Property | INodePropertyOptions>) {
			if (typeof child === 'object' && child !== null && ('type' in child || 'values' in child)) yield* walk([child as Property], `${here}.`);
		}
		if ('values' in property) yield* walk(property.values, `${here}.`);
	}
}

describe('built node descriptions', () => {
	const descriptions: Array<[string, INodeType['description']]> = [];

	beforeAll(async () => {
		const { loader } = await loadPackage();
		for (const [name, { type }] of Object.entries(loader.nodeTypes)) {
			const versioned = type as IVersionedNodeType;
			if (versioned.nodeVersions) {
				for (const [version, node] of Object.entries(versioned.nodeVersions)) descriptions.push([`${name}@${version}`, node.description]);
			} else descriptions.push([name, (type as INodeType).description]);
		}
	});

	// The strict lint checks this only for literal option lists; shared lists (nodes/kernel/vocabulary.ts) are spread in.
	it('every options parameter defaults to one of its options, and a multi-options one to some of them', () => {
		let checked = 0;
		for (const [node, description] of descriptions) {
			for (const [path, property] of walk(description.properties)) {
				if (property.type !== 'options' && property.type !== 'multiOptions') continue;
				if (property.typeOptions?.loadOptionsMethod || !Array.isArray(property.options)) continue;
				if (typeof property.default === 'string' && property.default.startsWith('=')) continue;
				const values = (property.options as INodePropertyOptions[]).map((o) => o.value);
				const defaults = property.type === 'multiOptions' ? (property.default as unknown[]) : [property.default];
				for (const value of defaults) expect({ node, path, value, ok: values.includes(value as string) }).toEqual({ node, path, value, ok: true });
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(100);
	});

	it('the answer status and lead status filters of all three nodes offer the same values', () => {
		const answer = ANSWER_STATUS_OPTIONS.map((o) => o.value);
		const lead = LEAD_STATUS_FILTER_OPTIONS.map((o) => o.value);
		const found: Record<string, string[]> = {};
		for (const [node, description] of descriptions) {
			for (const [path, property] of walk(description.properties)) {
				if (property.name !== 'answerStatus' && property.name !== 'leadStatus') continue;
				// Summary emails filter by CallRail's display names ("Lead", "Not Scored"), another field of another API.
				if (property.routing?.send?.property === 'filters.lead_status') continue;
				const values = (property.options as INodePropertyOptions[]).map((o) => String(o.value));
				found[`${node} ${path}`] = values;
			}
		}
		const nodes = new Set(Object.keys(found).map((key) => key.split(/[@ ]/)[0]));
		expect(nodes).toEqual(new Set(['callRail', 'callRailTrigger', 'callRailPollingTrigger']));
		for (const [where, values] of Object.entries(found)) {
			const name = where.endsWith('answerStatus') ? 'answer' : 'lead';
			const own = name === 'answer' ? answer : lead;
			// Summaries add "all", Update operations "clear"/"any"; none leaves one of CallRail's values out or invents one.
			const extra = values.filter((v) => !own.includes(v));
			expect({ where, extra: extra.filter((v) => !['all', 'clear', 'any'].includes(v)) }).toEqual({ where, extra: [] });
			if (name === 'answer') expect({ where, missing: answer.filter((v) => !values.includes(String(v))) }).toEqual({ where, missing: [] });
		}
	});

	it('the CallRail Trigger and Integration › Webhook URLs name every webhook event alike, as the reference does', () => {
		const find = (node: string, name: string) =>
			descriptions
				.filter(([n]) => n.split('@')[0] === node)
				.flatMap(([, description]) => [...walk(description.properties)])
				.find(([, property]) => property.name === name)?.[1];
		const trigger = find('callRailTrigger', 'events')!;
		const urls = find('callRail', 'webhookUrls')!;
		const triggerNames = Object.fromEntries((trigger.options as INodePropertyOptions[]).map((o) => [o.value, o.name]));
		const urlNames = Object.fromEntries(
			(urls.options as INodeProperties[]).map((o) => [/Sent as (\w+)\./.exec(String(o.description))![1], o.displayName.replace(/ URLs$/, '')]),
		);
		for (const { value: key, name } of REGISTRABLE_EVENTS) {
			expect({ key, trigger: triggerNames[key], integration: urlNames[key] }).toEqual({ key, trigger: name, integration: name });
		}
		expect(Object.keys(urlNames).sort()).toEqual(REGISTRABLE_EVENTS.map((event) => event.value).sort());
	});
});
