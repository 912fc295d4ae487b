#!/usr/bin/env node
/**
 * `npm run live-check`: every read operation of the CallRail node once (limit 1) through n8n's engine against a
 * real account, compared with the contract fixtures (test/contract/fixtures). See README › Checking against a real
 * account. Read-only unless --write, which adds one reversible round on a tag (create, rename, delete).
 *
 *   CALLRAIL_API_KEY=… [CALLRAIL_ACCOUNT_ID=ACC…] npm run live-check
 *   MATON_API_KEY=… [MATON_CONNECTION_ID=…] [MATON_BASE_URL=…] npm run live-check
 *   npm run live-check -- --dry        (against the local sandbox: no account, no secrets)
 *   options: --write, --no-build
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const dry = args.has('--dry');
const write = args.has('--write');

let connection;
if (dry) connection = null;
else if (process.env.CALLRAIL_API_KEY) {
	connection = { mode: 'apiKey', apiKey: process.env.CALLRAIL_API_KEY, baseUrl: process.env.CALLRAIL_BASE_URL || 'https://api.callrail.com' };
} else if (process.env.MATON_API_KEY) {
	connection = {
		mode: 'maton',
		apiKey: process.env.MATON_API_KEY,
		baseUrl: process.env.MATON_BASE_URL || 'https://api.maton.ai/callrail',
		connectionId: process.env.MATON_CONNECTION_ID || '',
	};
} else {
	console.error('Set CALLRAIL_API_KEY (or MATON_API_KEY), or run with --dry against the sandbox.');
	process.exit(2);
}

if (!args.has('--no-build')) {
	for (const script of ['build', 'build:harness']) execFileSync('npm', ['run', '--silent', script], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}
process.env.N8N_USER_FOLDER ??= path.join(root, '.build', 'n8n-user');
process.env.N8N_LOG_LEVEL ??= 'silent';
globalThis.PACKAGE_ROOT = root;
const { runNode } = require(path.join(root, '.build/test/harness/n8n.js'));
const { liveCheck, formatTable } = require(path.join(root, 'test/contract/live-check.js'));

let sandbox;
if (dry) {
	const { startSandbox } = require(path.join(root, 'sandbox'));
	sandbox = await startSandbox({ rateLimit: false });
	connection = { mode: 'apiKey', apiKey: sandbox.keys.agencyAdmin, baseUrl: sandbox.url };
}
try {
	console.log(`Live check ${dry ? 'against the local sandbox (dry mode)' : `through ${connection.mode === 'maton' ? 'the Maton gateway' : 'the CallRail API'}`}${write ? ', with one tag write round' : ', read-only'}\n`);
	const accountId = process.env.CALLRAIL_ACCOUNT_ID || (dry ? sandbox.ids.accounts[0] : undefined);
	const { rows, requests } = await liveCheck({ runNode, connection, accountId, write });
	console.log(formatTable(rows));
	const failed = rows.filter((r) => typeof r.status === 'number' && r.status >= 400);
	const drift = rows.filter((r) => r.missing.length);
	console.log(`\n${requests} requests spent; ${rows.filter((r) => r.status === 'skipped').length} operations skipped (no record to read); ${failed.length} failed; ${drift.length} with fixture fields missing.`);
	process.exitCode = failed.length || drift.length ? 1 : 0;
} finally {
	await sandbox?.close();
}
