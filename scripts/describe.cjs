'use strict';
/**
 * Prints the built descriptions of the package's nodes and credential as JSON (functions by name), for comparing a
 * refactor before and after:
 *   npm run build && node scripts/describe.cjs > /tmp/before.json   (then again after, and diff the two)
 */
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const pkg = require(path.join(root, 'package.json'));

const described = {};
for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
	const exported = require(path.join(root, file));
	for (const [name, Type] of Object.entries(exported)) {
		if (typeof Type !== 'function') continue;
		const instance = new Type();
		described[name] = instance.description ?? instance;
	}
}
// Keys sorted, so that a diff shows what changed and not where a key moved.
const replacer = (_key, value) => {
	if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
	if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
	return Object.fromEntries(Object.keys(value).sort().map((key) => [key, value[key]]));
};
process.stdout.write(`${JSON.stringify(described, replacer, 1)}\n`);
