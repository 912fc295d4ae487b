import type { INodeProperties, INodeType } from 'n8n-workflow';

import { tagNames } from '../../nodes/kernel/vocabulary';
import { loadPackage, nodeTypeName } from '../harness/n8n';

/** Every parameter named `tags`, with the versions of the node that show it. */
function tagParameters(list: INodeProperties[], versions: number[] = []): Array<{ p: INodeProperties; versions: number[] }> {
	return list.flatMap((p) => {
		const own = (p.displayOptions?.show?.['@version'] as number[] | undefined) ?? versions;
		const hidden = (p.displayOptions?.hide?.['@version'] as number[] | undefined) ?? [];
		const shown = own.length ? own : [1, 1.1].filter((v) => !hidden.includes(v));
		const children = ((p.options ?? []) as INodeProperties[]).filter((o) => 'type' in o);
		return [...(p.name === 'tags' ? [{ p, versions: shown }] : []), ...tagParameters(children, shown)];
	});
}

describe('tags: one type for the three nodes', () => {
	it('reads a list, text with commas, and the names of tag objects alike', () => {
		expect(tagNames([' Sales ', '', 'Quote, Hot'])).toEqual(['Sales', 'Quote', 'Hot']);
		expect(tagNames('Quote, Sales,')).toEqual(['Quote', 'Sales']);
		expect(tagNames([{ name: 'Sales, East', color: 'red' }, 'Quote'])).toEqual(['Sales, East', 'Quote']);
		expect(tagNames(undefined)).toEqual([]);
	});

	it('is a list of names wherever a new node shows Tags; only version 1 triggers keep text', async () => {
		const { nodeTypes } = await loadPackage();
		let lists = 0;
		for (const name of ['callRail', 'callRailTrigger', 'callRailPollingTrigger']) {
			const type = nodeTypes.getByNameAndVersion(nodeTypeName(name)) as INodeType;
			const latest = Number(type.description.defaultVersion ?? type.description.version);
			for (const { p, versions } of tagParameters(type.description.properties)) {
				if (versions.includes(latest)) {
					expect([p.type, p.typeOptions?.multipleValues, p.default]).toEqual(['string', true, []]);
					lists++;
				} else {
					expect(name).not.toBe('callRail');
					expect(versions).toEqual([1]);
					expect(p.type).toBe('string');
				}
			}
		}
		expect(lists).toBeGreaterThanOrEqual(8);
	});
});
