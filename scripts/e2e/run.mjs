#!/usr/bin/env node
// End-to-end test of the packed n8n-nodes-callrail in a real n8n (see versions.mjs), against the CallRail sandbox.
//
//   node scripts/e2e/run.mjs                 everything (installs n8n into the cache first if needed)
//   node scripts/e2e/run.mjs --no-build      pack the existing dist/ without `npm run build`
//   node scripts/e2e/run.mjs --no-ui         skip the editor screenshots
//   node scripts/e2e/run.mjs --screenshots   also copy the README's pictures to docs/screenshots (E2E_SCREENSHOTS=<dir> to choose)
//   node scripts/e2e/run.mjs --keep          keep the temporary n8n user folder
//   node scripts/e2e/run.mjs --only=trigger  run only the suites whose file name contains "trigger" (after the setup)
//   node scripts/e2e/run.mjs --n8n=1         the same against the last n8n 1.x (or E2E_N8N=1; default 2, see versions.mjs)
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
import { Check, Skip, check, createRunner, runToTheEnd, secs, sleep, waitFor } from './lib/runner.mjs';
import { buildAndPack, createSandboxCredential, loadDescriptions } from './lib/setup.mjs';
import { findOption, latestVersion, locator, triggerParameters, workflowBuilders } from './lib/workflows.mjs';
import { OWNER, executionError, installLikeCommunityNodes, installPackage, installerDrift, nodeOutput, setupOwner, startN8n } from './n8n.mjs';
import { N8N_MAJOR, N8N_VERSION, NODE_VERSION, paths } from './versions.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
// n8n 2.x writes to out/ (the README's screenshots and the benchmarks' webhook latency come from there), 1.x to out/n8n-1.
const outDir = N8N_MAJOR >= 2 ? path.join(here, 'out') : path.join(here, 'out', `n8n-${N8N_MAJOR}`);
const args = process.argv.slice(2);
const argv = new Set(args);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (argv.has('--screenshots')) process.env.E2E_SCREENSHOTS ??= path.join(root, 'docs', 'screenshots');
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

	await step("install the tarball as Settings → Community Nodes does (n8n's downloadPackage, step for step)", async () => {
		ctx.userFolder = path.join(ctx.work, 'user');
		fs.mkdirSync(ctx.userFolder, { recursive: true });
		const drift = installerDrift();
		check(drift.length === 0, `n8n ${N8N_VERSION}'s installer changed; update installLikeCommunityNodes in n8n.mjs:\n${drift.join('\n')}`);
		const r = installLikeCommunityNodes(ctx.tarball, ctx.userFolder);
		const installed = path.join(r.packageDirectory, 'package.json');
		check(fs.existsSync(installed), `${installed} is missing after the install`);
		const stripped = JSON.parse(fs.readFileSync(installed, 'utf8'));
		check(!stripped.devDependencies && !stripped.peerDependencies && !stripped.optionalDependencies, `package.json still has dependencies n8n strips: ${Object.keys(stripped).join(', ')}`);
		check(r.packages.length === 1 && r.packages[0] === ctx.pkg.name, `${r.dir}/node_modules holds ${r.packages.join(', ')}; expected ${ctx.pkg.name} alone (no runtime dependencies)`);
		check(r.dependencies[ctx.pkg.name] === ctx.pkg.version, `the ledger ${r.dir}/package.json lists ${JSON.stringify(r.dependencies)}`);
		return `${r.packageDirectory} (ledger: ${ctx.pkg.name}@${r.dependencies[ctx.pkg.name]})`;
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
		ctx.nodeTypeNames = [...loaded.names].sort();
		return loaded.names.join(', ');
	}, { critical: true });

	await step("codex categories of the package are ones n8n's own nodes use", async () => {
		const codexFiles = (dir) => fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.node.json')).map((f) => path.join(dir, String(f)));
		const categoriesIn = (files) => new Set(files.flatMap((f) => JSON.parse(fs.readFileSync(f, 'utf8')).categories ?? []));
		const n8nModules = path.join(paths().n8nDir, 'node_modules');
		const theirs = categoriesIn(['n8n-nodes-base', '@n8n/n8n-nodes-langchain'].map((p) => path.join(n8nModules, p, 'dist')).filter((d) => fs.existsSync(d)).flatMap(codexFiles));
		const installedDist = path.join(ctx.userFolder, '.n8n', 'nodes', 'node_modules', ctx.pkg.name, 'dist', 'nodes');
		const ours = codexFiles(installedDist);
		check(ours.length === nodeFiles.length, `${ours.length} codex files in ${installedDist}, ${nodeFiles.length} nodes`);
		const unknown = [...categoriesIn(ours)].filter((c) => !theirs.has(c));
		check(unknown.length === 0, `categories n8n ${N8N_VERSION}'s nodes never use: ${unknown.join(', ')} (n8n's: ${[...theirs].sort().join(', ')})`);
		return `${[...categoriesIn(ours)].join(', ')} (all among the ${theirs.size} of n8n ${N8N_VERSION})`;
	});

	await step('create the callRailApi credential (API key mode, sandbox URL)', async () => {
		ctx.credential = await createSandboxCredential(ctx.api, ctx.sb);
		return `id ${ctx.credential.id}, credential test OK`;
	}, { critical: true });

	await step("credential test: a wrong key gets the 401 message (the credential's on 2.x, n8n's on 1.x), without the key", async () => {
		// Saved first, as the editor does (n8n 1.x requires the credential's id in the test request).
		const data = { authMode: 'apiKey', apiKey: 'not-a-real-key-e2e', baseUrlOverride: ctx.sb.url };
		const saved = await ctx.api.createCredential({ name: 'CallRail wrong key', type: 'callRailApi', data });
		const test = await ctx.api.testCredential({ id: saved.id, name: 'CallRail wrong key', type: 'callRailApi', data });
		check(test?.status === 'Error', `credential test: ${JSON.stringify(test)}`);
		// n8n 1.x never applies a credential's responseCode rules (its NodeApiError drops the HTTP error as `cause`,
		// see credentialRulesApply in test/harness/n8n.ts) and shows its own 401 text.
		const expected = N8N_MAJOR >= 2 ? /^CallRail rejected the key \(401\)\. / : /^Authorization failed - please check your credentials$/;
		check(expected.test(test.message), `message: ${JSON.stringify(test.message)}, expected ${expected}`);
		check(!test.message.includes('not-a-real-key-e2e'), 'the message contains the key');
		return test.message;
	});

	const hasNode = (n) => nodeFiles.some((f) => f.endsWith(`/${n}.node.js`));
	const builders = workflowBuilders({ prefix, credential: () => ({ id: ctx.credential.id, name: 'CallRail sandbox' }) });
	const context = {
		// runner
		step, skip, check, Check, Skip, log, sleep, waitFor, secs,
		// state shared by the setup and every suite: api (N8nClient), n8n ({url, stop}), sb (sandbox), accountId,
		// companyId, credential, descriptions (loaded node descriptions by node name), nodeTypeNames (every type n8n
		// lists for the package, AI tool variants included), pkg, tarball, work, userFolder
		ctx,
		// workflows
		...builders, locator, findOption, latestVersion, triggerParameters, hasNode, prefix,
		// n8n helpers and facts: N8N_MAJOR (1 or 2, chosen by E2E_N8N / --n8n, see versions.mjs) for the few places
		// where n8n 1.x and 2.x differ; installPackage (the README's manual install), startN8n and setupOwner for a
		// suite that needs an n8n of its own (stop it before returning, or push it to `started`)
		executionError, nodeOutput, OWNER, N8N_VERSION, N8N_MAJOR, NODE_VERSION, installPackage, startN8n, setupOwner,
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

const fatal = await runToTheEnd(main, { started, log, work: () => ctx.work, keep: argv.has('--keep') });
process.exit(summary({ title: `n8n ${N8N_VERSION} on Node ${NODE_VERSION}, ${paths().n8nDir}`, fatal }));
