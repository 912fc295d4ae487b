import type { INodeProperties, INodeType } from 'n8n-workflow';

import { tagNames } from '../../nodes/kernel/vocabulary';
import { loadPackage, nodeTypeName } from '../harness/n8n';

/** Every parameter named `tags`, collections included. */
function tagParameters(list: INodeProperties[]): INodeProperties[] {
	return list.flatMap((p) => {
		const children = ((p.options ?? []) as INodeProperties[]).filter((o) => 'type' in o);
		return [...(p.name === 'tags' ? [p] : []), ...tagParameters(children)];
	});
}

describe('tags: one type for the three nodes', () => {
	it('reads a list, text with commas, and the names of tag objects alike', () => {
		expect(tagNames([' Sales ', '', 'Quote, Hot'])).toEqual(['Sales', 'Quote', 'Hot']);
		expect(tagNames('Quote, Sales,')).toEqual(['Quote', 'Sales']);
		expect(tagNames([{ name: 'Sales, East', color: 'red' }, 'Quote'])).toEqual(['Sales, East', 'Quote']);
		expect(tagNames(undefined)).toEqual([]);
	});

	it('is a list of names wherever a node shows Tags', async () => {
		const { nodeTypes } = await loadPackage();
		let lists = 0;
		for (const name of ['callRail', 'callRailTrigger', 'callRailPollingTrigger']) {
			const type = nodeTypes.getByNameAndVersion(nodeTypeName(name)) as INodeType;
			for (const p of tagParameters(type.description.properties)) {
				expect([p.type, p.typeOptions?.multipleValues, p.default]).toEqual(['string', true, []]);
				lists++;
			}
		}
		expect(lists).toBeGreaterThanOrEqual(8);
	});
});
