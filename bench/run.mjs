#!/usr/bin/env node
/**
 * `npm run bench`: measures, side by side in one run against the CallRail sandbox on loopback,
 *   1. requests to fetch N calls with Return All: this node vs n8n's HTTP Request node (the default setup, and the best
 *      one: 250 per page) vs the floor ceil(N/250);
 *   2. wall time and peak memory of the same fetches, contenders interleaved round by round: this node vs both HTTP
 *      Request setups (all in n8n's engine) vs a raw undici loop; ratios with their spread over the rounds;
 *   3. requests per idle and busy poll of the polling trigger, and per day at a 1-minute interval;
 *   4. time from the sandbox firing a signed webhook to the workflow starting (in-process);
 *   5. package size and the time n8n takes to load the package;
 *   6. 100 recordings downloaded as files in one run, in memory and filesystem binary mode (bench/media.mjs).
 *   7. in a real n8n, single process and queue mode: signed delivery → execution start (p50, p95) and sustained
 *      deliveries per second, CallRail Trigger vs n8n's Webhook node (bench/webhook-n8n.mjs; BENCH_N8N=0 skips it).
 * Results are printed and written to bench/results.json. Set BENCH_SIZES=1000,10000 to choose N.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { median, runJsonWorker } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const repeats = Number(process.env.BENCH_REPEATS ?? 7);
const cache = process.env.CALLRAIL_BENCH_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'n8n-nodes-callrail', 'bench-http-node');
const HTTP_NODE_VERSION = '2.40.2';
const log = (s) => console.log(s);
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], ...opts });

function ensureHttpRequestNode() {
	const pkg = path.join(cache, 'node_modules', 'n8n-nodes-base');
	if (fs.existsSync(path.join(cache, '.complete'))) return pkg;
	log(`  installing n8n-nodes-base@${HTTP_NODE_VERSION} (n8n's HTTP Request node) into ${cache} …`);
	fs.mkdirSync(cache, { recursive: true });
	fs.writeFileSync(path.join(cache, 'package.json'), '{"name":"bench-http-node","private":true}\n');
	sh('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', `n8n-nodes-base@${HTTP_NODE_VERSION}`], { cwd: cache });
	fs.writeFileSync(path.join(cache, '.complete'), new Date().toISOString());
	return pkg;
}

function worker(contender, settings) {
	return runJsonWorker({
		script: path.join(root, 'bench/worker.mjs'),
		args: [contender, JSON.stringify(settings)],
		cwd: root,
		env: { N8N_USER_FOLDER: path.join(root, '.build', 'n8n-user') },
		label: `${contender} worker`,
	});
}
/** Median and min–max of per-round ratios a[i]/b[i] (contenders measured in the same round): "1.31x (1.22–1.40)". */
const pairedRatio = (a, b) => {
	const r = a.map((x, i) => x / b[i]);
	return { median: median(r), min: Math.min(...r), max: Math.max(...r) };
};
const fmtRatio = (r) => `${r.median.toFixed(2)}x (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;

log('Preparing');
sh('npm', ['run', '--silent', 'build']);
sh('npm', ['run', '--silent', 'build:harness']);
const httpNodePackage = ensureHttpRequestNode();
const { startSandbox } = require(path.join(root, 'sandbox'));

const results = { machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, date: new Date().toISOString(), repeats, fetch: [] };

// Contenders run interleaved: every round runs each once, in a rotated order, so a slow moment of this shared machine
// hits all of them alike; ratios are taken within a round and summarised as median (min–max) over the rounds.
const CONTENDERS = ['node', 'http', 'http250', 'raw'];
log(`\n1–2. Return All over N calls (${repeats} interleaved rounds; medians; ratios within a round, median (min–max); requests counted by the sandbox)`);
log('     N | requests: node http http250 floor | time ms: node   http http250    raw | node/raw            | node/http250        | retained MB: node  http | peak RSS MB: node  http');
for (const n of sizes) {
	const sandbox = await startSandbox({ rateLimit: false });
	const accountId = sandbox.ids.accounts[2];
	const existing = sandbox.store.calls.filter((c) => c.account_id === accountId).length;
	sandbox.seedCalls(accountId, n - existing);
	const settings = { url: sandbox.url, key: sandbox.keys.agencyAdmin, accountId, httpNodePackage };
	const row = { n, floor: Math.ceil(n / 250) };
	const runs = Object.fromEntries(CONTENDERS.map((c) => [c, []]));
	for (let round = 0; round < repeats; round++) {
		const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length]);
		for (const contender of order) {
			const before = sandbox.requests.length;
			const run = await worker(contender, settings);
			run.requests = sandbox.requests.length - before - run.warmupRequests;
			if (run.items !== n) throw new Error(`${contender} fetched ${run.items} calls, expected ${n}`);
			runs[contender].push(run);
		}
	}
	for (const contender of CONTENDERS) {
		const r = runs[contender];
		row[contender] = {
			requests: r[0].requests,
			ms: median(r.map((x) => x.ms)),
			msMin: Math.min(...r.map((x) => x.ms)),
			msMax: Math.max(...r.map((x) => x.ms)),
			heapGrowthMB: median(r.map((x) => x.heapGrowthMB)),
			retainedMB: median(r.map((x) => x.retainedMB)),
			maxRssMB: median(r.map((x) => x.maxRssMB)),
		};
	}
	const ms = (c) => runs[c].map((x) => x.ms);
	row.ratios = { nodeRaw: pairedRatio(ms('node'), ms('raw')), nodeHttp250: pairedRatio(ms('node'), ms('http250')), nodeHttp: pairedRatio(ms('node'), ms('http')) };
	await sandbox.close();
	results.fetch.push(row);
	log(
		`${String(n).padStart(6)} | ${String(row.node.requests).padStart(14)} ${String(row.http.requests).padStart(4)} ${String(row.http250.requests).padStart(7)} ${String(row.floor).padStart(5)} | ` +
			`${row.node.ms.toFixed(0).padStart(12)} ${row.http.ms.toFixed(0).padStart(6)} ${row.http250.ms.toFixed(0).padStart(7)} ${row.raw.ms.toFixed(0).padStart(6)} | ${fmtRatio(row.ratios.nodeRaw).padEnd(19)} | ${fmtRatio(row.ratios.nodeHttp250).padEnd(19)} | ` +
			`${row.node.retainedMB.toFixed(1).padStart(16)} ${row.http.retainedMB.toFixed(1).padStart(5)} | ` +
			`${row.node.maxRssMB.toFixed(0).padStart(16)} ${row.http.maxRssMB.toFixed(0).padStart(5)}`,
	);
}

const extra = path.join(root, 'bench/triggers.cjs');
if (fs.existsSync(extra)) {
	results.triggers = await require(extra).measure({ root, startSandbox, log });
}

if (process.env.BENCH_N8N !== '0') {
	// Real n8n, single process and queue mode: skipped with BENCH_N8N=0.
	const { measure } = await import('./webhook-n8n.mjs');
	results.webhookN8n = await measure({ root, startSandbox, log });
}

log('\n5. Package');
const pack = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0];
globalThis.PACKAGE_ROOT = root;
const { PackageDirectoryLoader } = require('n8n-core');
const loads = [];
for (let i = 0; i < 5; i++) {
	const started = process.hrtime.bigint();
	const loader = new PackageDirectoryLoader(root);
	await loader.loadAll();
	loads.push(Number(process.hrtime.bigint() - started) / 1e6);
	for (const file of Object.keys(require.cache)) if (file.startsWith(path.join(root, 'dist'))) delete require.cache[file];
}
results.package = { tarballKB: pack.size / 1024, unpackedKB: pack.unpackedSize / 1024, files: pack.entryCount, loadMs: median(loads) };
log(`  npm pack: ${results.package.tarballKB.toFixed(1)} KB packed, ${results.package.unpackedKB.toFixed(1)} KB unpacked, ${pack.entryCount} files`);
log(`  n8n PackageDirectoryLoader.loadAll(): ${results.package.loadMs.toFixed(1)} ms (median of 5, cold require each time)`);

results.media = await (await import('./media.mjs')).measure({ startSandbox, log, repeats });

fs.writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
log('\nWritten to bench/results.json');
