'use strict';
/**
 * Reads the GitHub Actions workflows (.github/workflows/*.yml) and the templates they follow (@n8n/node-cli's
 * `shared/default/.github/workflows`, rendered for npm as `n8n-node release --init-workflow` renders them), so that a
 * test can check triggers, permissions and steps of files that cannot run here. Also lists the commands
 * `n8n-node release` shells out to, read from the installed node-cli.
 */
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const root = path.resolve(__dirname, '..');
const nodeCli = path.join(root, 'node_modules', '@n8n', 'node-cli');

function readWorkflow(file) {
	return YAML.parse(fs.readFileSync(path.join(root, '.github', 'workflows', file), 'utf8'));
}

/** The template as node-cli renders it for npm (release.js initWorkflow: installCommand 'ci' for npm). */
function templateWorkflow(file) {
	const text = fs.readFileSync(path.join(nodeCli, 'dist', 'template', 'templates', 'shared', 'default', '.github', 'workflows', file), 'utf8');
	return YAML.parse(text.replace(/\{\{packageManager\.name\}\}/g, 'npm').replace(/\{\{packageManager\.installCommand\}\}/g, 'ci'));
}

/** Commands node-cli's release command runs besides the package manager: runCommand('<cmd>', …) and `npx <cmd>`. */
function releaseTools() {
	const source = fs.readFileSync(path.join(nodeCli, 'dist', 'commands', 'release.js'), 'utf8');
	const tools = new Set();
	for (const m of source.matchAll(/runCommand\)\('([\w@/.-]+)'/g)) tools.add(m[1]);
	for (const m of source.matchAll(/npx ([\w@/.-]+)/g)) tools.add(m[1]);
	tools.delete('npm');
	return [...tools].sort();
}

module.exports = { readWorkflow, templateWorkflow, releaseTools, nodeCliVersion: require(path.join(nodeCli, 'package.json')).version };
