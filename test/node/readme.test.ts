import { readmeStatus } from '../../scripts/operations-table.cjs';

describe('README', () => {
	it('lists exactly the operations the built node has (run `node scripts/operations-table.cjs --write` after adding one)', () => {
		const { current, expected } = readmeStatus();
		expect(current).toBe(expected);
	});
});
