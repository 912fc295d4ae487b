'use strict';
/**
 * Builds the README's operations table from the built node's own description, so the table cannot drift from the
 * code. `node scripts/operations-table.cjs --write` rewrites the README between the markers; the test suite checks it.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';

function prettyPath(url) {
	return String(url)
		.replace(/^=/, '')
		.replace(/\{\{\s*\$parameter\.accountId\s*\}\}/g, '{account}')
		.replace(/\{\{\s*\$parameter(?:\.|\[["'])(\w+)(?:["']\])?\s*\}\}/g, (_, name) => `{${name.replace(/Id$/, '')}}`)
		.replace(/\{\{[^}]*\}\}/g, '{…}');
}

function operationsTable() {
	const { CallRail } = require(path.join(root, 'dist/nodes/CallRail/CallRail.node.js'));
	const { properties } = new CallRail().description;
	const resources = properties.find((p) => p.name === 'resource').options;
	const rows = [];
	for (const resource of resources) {
		const operation = properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value));
		for (const option of operation.options) {
			const request = option.routing?.request ?? {};
			const endpoint = request.url ? `\`${request.method ?? 'GET'} ${prettyPath(request.url)}\`` : '';
			rows.push(`| ${resource.name} | ${option.name} | ${option.description ?? option.action} | ${endpoint} |`);
		}
	}
	return ['| Resource | Operation | What it does | CallRail endpoint |', '|---|---|---|---|', ...rows].join('\n');
}

function readmeWithTable(readme) {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start === -1 || end === -1) throw new Error(`README.md needs the markers ${START} and ${END}`);
	return `${readme.slice(0, start + START.length)}\n${operationsTable()}\n${readme.slice(end)}`;
}

/** The README as it is and as it should be, for the test that keeps them equal. */
function readmeStatus() {
	const current = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
	return { current, expected: readmeWithTable(current) };
}

module.exports = { operationsTable, readmeWithTable, readmeStatus };

if (require.main === module) {
	const file = path.join(root, 'README.md');
	const updated = readmeWithTable(fs.readFileSync(file, 'utf8'));
	if (process.argv.includes('--write')) fs.writeFileSync(file, updated);
	else process.stdout.write(`${operationsTable()}\n`);
}
