#!/usr/bin/env node
// End-to-end test of the packed n8n-nodes-callrail in a real n8n (see versions.mjs), against the CallRail sandbox.
//
//   node scripts/e2e/run.mjs                 everything (installs n8n into the cache first if needed)
//   node scripts/e2e/run.mjs --no-build      pack the existing dist/ without `npm run build`
//   node scripts/e2e/run.mjs --no-ui         skip the editor screenshots
//   node scripts/e2e/run.mjs --keep          keep the temporary n8n user folder
//   node scripts/e2e/run.mjs --only=trigger  run only the suites whose file name contains "trigger" (after the setup)
//   E2E_POLL_CONFIRM=0 ...                   do not wait for a second poll to confirm no duplicate
//
// The setup (install, pack, sandbox, n8n, owner, credential) is here; the checks live in suites/*.mjs, run in file-name
// order, each a default export that receives the context below. A new suite is a new file: nothing else lists them.
// Exit code 0 when every step passed; otherwise 1, with the failed steps and their reasons at the end.
// Output (logs, screenshots) goes to scripts/e2e/out/.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { install } from './install-n8n.mjs';
import { Check, Skip, check, createRunner, secs, sleep, waitFor } from './lib/runner.mjs';
import { buildAndPack, createSandboxCredential, loadDescriptions } from './lib/setup.mjs';
import { findOption, latestVersion, locator, triggerParameters, workflowBuilders } from './lib/workflows.mjs';
import { OWNER, executionError, installPackage, nodeOutput, setupOwner, startN8n } from './n8n.mjs';
import { N8N_VERSION, paths } from './versions.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const outDir = path.join(here, 'out');
const args = process.argv.slice(2);
const argv = new Set(args);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const require = createRequire(import.meta.url);

const t0 = Date.now();
const { log, step, skip, summary } = createRunner({ t0 });

const started = [];
const ctx = {};

async function main() {
	fs.mkdirSync(outDir, { recursive: true });
	log(`output: ${outDir}`);

	await step('install or reuse n8n in the cache', async () => {
		const p = await install();
		return `${p.root}`;
	}, { critical: true });

	await step('npm run build + npm pack', async () => {
		const packed = buildAndPack({ root, outDir, build: !argv.has('--no-build') });
		Object.assign(ctx, { work: packed.work, tarball: packed.tarball, pkg: packed.pkg, files: packed.files });
		return packed.detail;
	}, { critical: true });

	await step('start the CallRail sandbox (in-process)', async () => {
		const { startSandbox } = require('../../sandbox');
		ctx.sb = await startSandbox({ port: 0 });
		started.push(['sandbox', () => ctx.sb.close()]);
		ctx.accountId = ctx.sb.ids.accounts[0];
		ctx.companyId = ctx.sb.ids.companies[ctx.accountId][0];
		return `${ctx.sb.url}, account ${ctx.accountId}, company ${ctx.companyId}`;
	}, { critical: true });

	await step('install the tarball into <userFolder>/.n8n/nodes', async () => {
		ctx.userFolder = path.join(ctx.work, 'user');
		fs.mkdirSync(ctx.userFolder, { recursive: true });
		const r = installPackage(ctx.tarball, ctx.userFolder);
		const installed = path.join(r.dir, 'node_modules', ctx.pkg.name, 'package.json');
		check(fs.existsSync(installed), `${installed} is missing after npm install`);
		return r.dir;
	}, { critical: true });

	await step('start n8n', async () => {
		const logFile = path.join(outDir, 'n8n.log');
		fs.rmSync(logFile, { force: true });
		ctx.n8n = await startN8n({ userFolder: ctx.userFolder, logFile });
		started.push(['n8n', () => ctx.n8n.stop()]);
		return `${ctx.n8n.url} ready after ${secs(ctx.n8n.startMs)} (log ${logFile})`;
	}, { critical: true });

	await step('set up the owner and log in (REST)', async () => {
		ctx.api = await setupOwner(ctx.n8n.url);
		return OWNER.email;
	}, { critical: true });

	const nodeFiles = ctx.pkg.n8n?.nodes ?? [];
	const prefix = ctx.pkg.name;

	await step('node types known to n8n', async () => {
		const loaded = await loadDescriptions(ctx.api, ctx.pkg);
		ctx.descriptions = loaded.descriptions;
		return loaded.names.join(', ');
	}, { critical: true });

	await step('create the callRailApi credential (API key mode, sandbox URL)', async () => {
		ctx.credential = await createSandboxCredential(ctx.api, ctx.sb);
		return `id ${ctx.credential.id}, credential test OK`;
	}, { critical: true });

	const hasNode = (n) => nodeFiles.some((f) => f.endsWith(`/${n}.node.js`));
	const builders = workflowBuilders({ prefix, credential: () => ({ id: ctx.credential.id, name: 'CallRail sandbox' }) });
	const context = {
		// runner
		step, skip, check, Check, Skip, log, sleep, waitFor, secs,
		// state shared by the setup and every suite: api (N8nClient), n8n ({url, stop}), sb (sandbox), accountId,
		// companyId, credential, descriptions (loaded node descriptions by node name), pkg, tarball, work, userFolder
		ctx,
		// workflows
		...builders, locator, findOption, latestVersion, triggerParameters, hasNode, prefix,
		// n8n helpers and facts
		executionError, nodeOutput, OWNER, N8N_VERSION,
		// the run
		argv, outDir, root, started,
	};

	const suitesDir = path.join(here, 'suites');
	const suites = fs.readdirSync(suitesDir).filter((f) => f.endsWith('.mjs')).sort();
	for (const file of suites) {
		if (only && !file.includes(only)) continue;
		const suite = await import(pathToFileURL(path.join(suitesDir, file)).href);
		log(`== suite ${file}`);
		await suite.default(context);
	}
}

async function cleanup() {
	for (const [name, stop] of started.reverse()) {
		const s = Date.now();
		try {
			await stop();
			log(`stopped ${name} (${secs(Date.now() - s)})`);
		} catch (e) {
			log(`could not stop ${name}: ${e.message}`);
		}
	}
	if (ctx.work && !argv.has('--keep')) fs.rmSync(ctx.work, { recursive: true, force: true });
	else if (ctx.work) log(`kept ${ctx.work}`);
}

let fatal = null;
const onSignal = (sig) => {
	log(`${sig}: stopping`);
	cleanup().finally(() => process.exit(130));
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
try {
	await main();
} catch (e) {
	fatal = e;
} finally {
	await cleanup();
}
process.exit(summary({ title: `n8n ${paths().n8nDir}`, fatal }));
