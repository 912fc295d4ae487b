#!/usr/bin/env node
// Which n8n versions load this package: for each n8n version given, installs the n8n-core and n8n-workflow that
// version depends on (`npm view n8n@<v> dependencies`) into a cache folder outside the repository, then loads the
// packed package (npm pack of dist/, unpacked beside that engine) with that n8n-core's PackageDirectoryLoader, as n8n
// loads a community package, with that n8n-workflow as the only one (the package's own require('n8n-workflow')
// resolves to it), and checks every node and credential loaded. Prints one line per version; exit code 1 if any failed.
//
//   npm run build && node scripts/compat.mjs 1.82.3 1.85.4 1.123.81 2.40.7
//   node scripts/compat.mjs --jest 1.123.81     the whole jest suite with that n8n's n8n-core and n8n-workflow
//                                               (jest.compat.config.js; the harness uses createRunExecutionData,
//                                               which n8n 1.123's n8n-workflow has and 1.85's has not)
//
// This is the cheap part of the compatibility check: loading. Running workflows is what the e2e does, in a real
// n8n 1.123.x and 2.40.x (scripts/e2e/versions.mjs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'n8n-nodes-callrail', 'compat');

function depsOf(version) {
	const r = spawnSync('npm', ['view', `n8n@${version}`, 'dependencies', '--json'], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`npm view n8n@${version} failed: ${r.stderr.trim()}`);
	const deps = JSON.parse(r.stdout);
	return { core: deps['n8n-core'], workflow: deps['n8n-workflow'] };
}

function installEngine(version, { core, workflow }) {
	const dir = path.join(cache, `n8n-${version}`);
	const marker = path.join(dir, 'complete.json');
	if (fs.existsSync(marker)) return dir;
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'compat', private: true, dependencies: { 'n8n-core': core, 'n8n-workflow': workflow }, overrides: { 'n8n-workflow': workflow } }));
	const r = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`npm install n8n-core@${core} n8n-workflow@${workflow} failed:\n${r.stderr.slice(-1500)}`);
	fs.writeFileSync(marker, JSON.stringify({ core, workflow }));
	return dir;
}

/** The packed package, unpacked under the engine folder: its require('n8n-workflow') resolves to the engine's copy only. */
function unpack(dir, tarball) {
	const pkgDir = path.join(dir, 'user', 'nodes', 'node_modules', 'n8n-nodes-callrail');
	fs.rmSync(pkgDir, { recursive: true, force: true });
	fs.mkdirSync(pkgDir, { recursive: true });
	const r = spawnSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1'], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`tar failed: ${r.stderr}`);
	return pkgDir;
}

const probe = (pkgDir) => `
const { PackageDirectoryLoader } = require('n8n-core');
const workflow = require('n8n-workflow');
(async () => {
	const own = require.resolve('n8n-workflow', { paths: [${JSON.stringify(pkgDir)}] });
	if (own !== require.resolve('n8n-workflow')) throw new Error('the package would load another n8n-workflow: ' + own);
	const loader = new PackageDirectoryLoader(${JSON.stringify(pkgDir)});
	await loader.loadAll();
	const nodes = Object.entries(loader.nodeTypes);
	const creds = Object.keys(loader.credentialTypes);
	const pkg = require(${JSON.stringify(path.join(pkgDir, 'package.json'))});
	const wantNodes = pkg.n8n.nodes.length, wantCreds = pkg.n8n.credentials.length;
	const problems = [];
	if (nodes.length < wantNodes) problems.push('loaded ' + nodes.length + ' of ' + wantNodes + ' nodes');
	if (creds.length < wantCreds) problems.push('loaded ' + creds.length + ' of ' + wantCreds + ' credentials');
	for (const [name, { type }] of nodes) {
		const d = type.description;
		const conns = [...(d.inputs || []), ...(d.outputs || [])];
		if (conns.some((c) => c !== 'main')) problems.push(name + ': connection types ' + JSON.stringify(conns));
	}
	if (!workflow.NodeConnectionTypes) problems.push('n8n-workflow has no NodeConnectionTypes');
	console.log(JSON.stringify({ nodes: nodes.map(([n]) => n), credentials: creds, problems }));
})().catch((e) => { console.log(JSON.stringify({ error: String(e && e.stack || e).split('\\n').slice(0, 3).join(' | ') })); });
`;

if (process.argv[2] === '--jest') {
	const version = process.argv[3];
	const dir = installEngine(version, depsOf(version));
	const r = spawnSync('npx', ['jest', '-c', 'jest.compat.config.js', '--forceExit', ...process.argv.slice(4)], { cwd: root, stdio: 'inherit', env: { ...process.env, CALLRAIL_COMPAT_ENGINE: dir } });
	process.exit(r.status ?? 1);
}

const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'callrail-compat-'));
const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' });
if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
const tarball = path.join(packDir, JSON.parse(packed.stdout)[0].filename);

let failed = 0;
for (const version of process.argv.slice(2)) {
	try {
		const deps = depsOf(version);
		const dir = installEngine(version, deps);
		const pkgDir = unpack(dir, tarball);
		const r = spawnSync(process.execPath, ['-e', probe(pkgDir)], { cwd: dir, encoding: 'utf8', env: { ...process.env, N8N_USER_FOLDER: path.join(dir, 'user') } });
		const line = (r.stdout || '').trim().split('\n').pop();
		const out = line ? JSON.parse(line) : { error: r.stderr.trim().split('\n').slice(-3).join(' | ') };
		const ok = !out.error && out.problems.length === 0;
		if (!ok) failed++;
		process.stdout.write(`${ok ? 'LOADS' : 'FAILS'} n8n ${version} (n8n-core ${deps.core}, n8n-workflow ${deps.workflow}): ${out.error ?? (out.problems.length ? out.problems.join('; ') : `${out.nodes.length} nodes (${out.nodes.join(', ')}), ${out.credentials.length} credential`)}\n`);
	} catch (e) {
		failed++;
		process.stdout.write(`ERROR n8n ${version}: ${e.message}\n`);
	}
}
fs.rmSync(packDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
