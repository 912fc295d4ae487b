'use strict';
/**
 * The relative imports of the TypeScript files below nodes/, as paths relative to nodes/ (for the layout test).
 * JS because test .ts files may not import node: modules.
 */
const fs = require('node:fs');
const path = require('node:path');

const nodesDir = path.resolve(__dirname, '../../nodes');

function nodeImports(dir = nodesDir) {
	const found = [];
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) found.push(...nodeImports(full));
		else if (entry.name.endsWith('.ts')) {
			for (const m of fs.readFileSync(full, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
				const target = path.relative(nodesDir, path.resolve(path.dirname(full), m[1]));
				found.push({ file: path.relative(nodesDir, full).split(path.sep).join('/'), target: target.split(path.sep).join('/') });
			}
		}
	}
	return found;
}

module.exports = { nodeImports };
