#!/usr/bin/env node
/**
 * `npm run demo`: builds the package, starts the CallRail sandbox and a scripted OpenAI-compatible model on loopback,
 * and runs the workflows of examples/ through n8n's real engine (n8n-core's WorkflowExecute and RoutingNode),
 * printing what each produced. No CallRail account, no secrets, no network beyond 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startScriptedOpenAi } from './e2e/scripted-openai.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const started = Date.now();
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s);
const step = (s) => console.log(`\n${bold(s)}`);
const progress = (s) => console.log(dim(`  … ${s} (${((Date.now() - started) / 1000).toFixed(1)} s)`));

/** The scripted model's answer to the call-scoring prompt: a booking is a lead. */
function scoreCall(body) {
	const transcript = body.messages?.at(-1)?.content ?? '';
	return /\b(book|appointment|schedule|quote)\b/i.test(transcript)
		? JSON.stringify({ score: 9, lead: true, reason: 'The caller booked an appointment.' })
		: JSON.stringify({ score: 2, lead: false, reason: 'The caller did not ask for a service.' });
}

function run(command, args) {
	execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

step('Preparing');
progress('building the package (n8n-node build)');
run('npm', ['run', '--silent', 'build']);
progress('compiling the in-process n8n harness');
run('npm', ['run', '--silent', 'build:harness']);
process.env.N8N_USER_FOLDER ??= path.join(root, '.build', 'n8n-user');
globalThis.PACKAGE_ROOT = root;

const { registerNodeType, runWorkflow } = require(path.join(root, '.build/test/harness/n8n.js'));
const { startSandbox } = require(path.join(root, 'sandbox'));
const demos = require(path.join(root, 'scripts/demo/workflows.cjs'));
const { registerStandIns } = require(path.join(root, 'scripts/demo/stand-ins.cjs'));

const sandbox = await startSandbox({ rateLimit: false });
progress(`CallRail sandbox listening on ${sandbox.url}`);
const model = await startScriptedOpenAi({ reply: scoreCall });
progress(`scripted model (OpenAI-compatible) listening on ${model.url}`);
registerStandIns(registerNodeType, { modelUrl: model.url });
const credentials = { authMode: 'apiKey', apiKey: sandbox.keys.agencyAdmin, baseUrlOverride: sandbox.url };
const context = { sandbox, credentials, runWorkflow, step, progress, root };

let failed = 0;
try {
	for (const demo of demos.list) {
		step(`${demo.title} (examples/${demo.file})`);
		console.log(dim(`  ${demo.explain}`));
		const before = sandbox.requests.length;
		try {
			await demo.run(context);
			console.log(dim(`  CallRail requests: ${sandbox.requests.length - before}`));
		} catch (error) {
			failed++;
			console.log(`  FAILED: ${error.message}`);
		}
	}
} finally {
	await sandbox.close();
	await model.close();
}
step(failed ? `${failed} example(s) failed` : `All examples ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
