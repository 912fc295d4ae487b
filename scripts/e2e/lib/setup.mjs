// Setup steps shared by the end-to-end scripts (run.mjs: one n8n on SQLite; queue.mjs: n8n's queue mode).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { check } from './runner.mjs';

/** `npm run build` (unless `build` is false), then `npm pack` into a fresh temporary folder. */
export function buildAndPack({ root, outDir, build = true, prefix = 'callrail-e2e-' }) {
	if (build) {
		const b = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
		fs.writeFileSync(path.join(outDir, 'build.log'), `${b.stdout}\n${b.stderr}`);
		check(b.status === 0, `npm run build failed (see ${path.join(outDir, 'build.log')}):\n${`${b.stdout}${b.stderr}`.split('\n').slice(-25).join('\n')}`);
	}
	const work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
	check(packed.status === 0, `npm pack failed:\n${packed.stderr}`);
	const info = JSON.parse(packed.stdout)[0];
	return {
		work,
		tarball: path.join(work, info.filename),
		pkg: JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')),
		files: info.files.map((f) => f.path),
		detail: `${info.filename}, ${info.files.length} files, ${Math.round(info.size / 1024)} kB`,
	};
}

/**
 * The package's node descriptions as n8n loaded them, by node name (`callRail`, `callRailTrigger`, …), checking that
 * every node of package.json `n8n.nodes` and the credential type are known to n8n.
 */
export async function loadDescriptions(api, pkg) {
	const prefix = pkg.name;
	const all = await api.allNodeTypes();
	const ours = all.filter((t) => t.name.startsWith(`${prefix}.`));
	const wanted = (pkg.n8n?.nodes ?? []).map((f) => path.basename(f, '.node.js')).map((c) => `${prefix}.${c.charAt(0).toLowerCase()}${c.slice(1)}`);
	const descriptions = {};
	for (const name of wanted) {
		const d = ours.find((t) => t.name === name);
		check(d, `${name} (from package.json n8n.nodes) is not among n8n's node types; ours: ${ours.map((t) => t.name).join(', ') || 'none'} — see the n8n log`);
		const [full] = await api.nodeTypes([{ name, version: Array.isArray(d.version) ? Math.max(...d.version) : d.version }]);
		descriptions[name.slice(prefix.length + 1)] = full;
	}
	const creds = await api.raw('GET', '/types/credentials.json');
	check(Array.isArray(creds.body) && creds.body.some((c) => c.name === 'callRailApi'), 'credential type callRailApi is not among /types/credentials.json');
	return { descriptions, names: ours.map((t) => t.name) };
}

/** A callRailApi credential in API-key mode pointed at the sandbox, checked with n8n's credential test. */
export async function createSandboxCredential(api, sb, name = 'CallRail sandbox') {
	const data = { authMode: 'apiKey', apiKey: sb.keys.agencyAdmin, baseUrlOverride: sb.url };
	const credential = await api.createCredential({ name, type: 'callRailApi', data });
	check(credential?.id, `no id in ${JSON.stringify(credential)}`);
	const test = await api.testCredential({ id: credential.id, name, type: 'callRailApi', data });
	check(test?.status === 'OK', `credential test: ${JSON.stringify(test)}`);
	return credential;
}
