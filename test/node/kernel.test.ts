import { nodeImports } from '../harness/source-imports';

/**
 * The kernel (nodes/kernel) is what the three nodes share; a node folder is that node's alone. A trigger reaching
 * into the action node's folder, or the kernel into any node's, would make the layout lie.
 */
describe('one kernel beside the nodes', () => {
	const all = nodeImports();

	it('the kernel imports nothing from a node folder', () => {
		const wrong = all.filter((i) => i.file.startsWith('kernel/') && !i.target.startsWith('kernel') && !i.target.startsWith('../credentials'));
		expect(wrong).toEqual([]);
	});

	it('no node imports from another node folder', () => {
		const nodeOf = (p: string) => p.split('/')[0];
		const wrong = all.filter((i) => !i.file.startsWith('kernel/') && !i.target.startsWith('kernel') && !i.target.startsWith('../') && nodeOf(i.target) !== nodeOf(i.file));
		expect(wrong).toEqual([]);
	});

	it('all three nodes use the kernel', () => {
		for (const node of ['CallRail', 'CallRailTrigger', 'CallRailPollingTrigger']) {
			expect(all.some((i) => i.file.startsWith(`${node}/`) && i.target.startsWith('kernel/'))).toBe(true);
		}
	});
});
