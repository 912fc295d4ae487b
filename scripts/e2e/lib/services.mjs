// Postgres and Redis for n8n's queue mode, from Debian's packages: installed with apt-get when missing, started on
// 127.0.0.1 on free ports in temporary data folders (never the system's own clusters), stopped by the caller.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { freePort } from '../n8n.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const isRoot = () => process.getuid?.() === 0;

/** The newest installed Postgres server's bin folder (Debian: /usr/lib/postgresql/<major>/bin), or null. */
function postgresBin() {
	const base = '/usr/lib/postgresql';
	if (!fs.existsSync(base)) return null;
	const majors = fs.readdirSync(base).filter((d) => fs.existsSync(path.join(base, d, 'bin', 'postgres'))).sort((a, b) => Number(b) - Number(a));
	return majors.length ? path.join(base, majors[0], 'bin') : null;
}

const redisBin = () => ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((f) => fs.existsSync(f)) ?? null;

/**
 * Installs the Debian packages that are missing (`apt-get update` first). Debian bookworm ships Postgres 15 and
 * Redis 7. The packages' maintainer scripts would start the system's own services; a policy-rc.d answering 101
 * for the duration of the install keeps them stopped (we only ever run our own instances). Returns what it did.
 */
export function ensureQueueServices({ log = () => {} } = {}) {
	const missing = [];
	if (!postgresBin()) missing.push('postgresql');
	if (!redisBin()) missing.push('redis-server');
	if (!missing.length) return { installed: [], ms: 0 };
	if (!isRoot()) throw new Error(`${missing.join(' and ')} missing; install them (apt-get install -y ${missing.join(' ')}) or run as root`);
	const t0 = Date.now();
	const policy = '/usr/sbin/policy-rc.d';
	const hadPolicy = fs.existsSync(policy);
	if (!hadPolicy) fs.writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
	try {
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const opts = { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] };
		const lock = ['-o', 'DPkg::Lock::Timeout=600'];
		log(`apt-get update && apt-get install -y ${missing.join(' ')}`);
		let r = spawnSync('apt-get', [...lock, 'update', '-qq'], opts);
		if (r.status !== 0) throw new Error(`apt-get update failed (${r.status}):\n${r.stderr.slice(-2000)}`);
		r = spawnSync('apt-get', [...lock, 'install', '-y', '-qq', '--no-install-recommends', ...missing], opts);
		if (r.status !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed (${r.status}):\n${r.stdout.slice(-1500)}${r.stderr.slice(-1500)}`);
	} finally {
		if (!hadPolicy) fs.rmSync(policy, { force: true });
	}
	if (!postgresBin() || !redisBin()) throw new Error('after apt-get install, postgres or redis-server is still missing');
	return { installed: missing, ms: Date.now() - t0 };
}

/** Spawn options that run Postgres as the unprivileged `postgres` user when we are root (it refuses to run as root). */
function postgresUser() {
	if (!isRoot()) return {};
	const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
	const uid = id('-u');
	const gid = id('-g');
	if (!Number.isInteger(uid) || !uid) throw new Error('running as root, but there is no `postgres` user to run Postgres as');
	return { uid, gid };
}

function tail(file, n = 30) {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
	} catch {
		return '(no log)';
	}
}

/** Stops a server started detached: `signal` to its process group, SIGKILL after `timeoutMs`. */
function stopper(child, signal = 'SIGTERM', timeoutMs = 20_000) {
	let exited = child.exitCode !== null || child.signalCode !== null;
	const done = new Promise((resolve) => child.once('exit', () => resolve((exited = true))));
	const kill = (sig) => {
		try {
			process.kill(-child.pid, sig);
		} catch {
			/* gone */
		}
	};
	return async () => {
		if (exited) return;
		kill(signal);
		const killer = setTimeout(() => kill('SIGKILL'), timeoutMs);
		await done;
		clearTimeout(killer);
	};
}

/**
 * A Postgres server of its own: initdb into a fresh folder (trust auth, loopback only, socket in that folder), a
 * database for n8n. Returns { host, port, user, database, version, logFile, stop() }.
 */
export async function startPostgres({ work, logFile, timeoutMs = 120_000 }) {
	const bin = postgresBin();
	if (!bin) throw new Error('no Postgres server installed (ensureQueueServices first)');
	const dir = fs.mkdtempSync(path.join(work ?? os.tmpdir(), 'pg-'));
	const data = path.join(dir, 'data');
	const as = postgresUser();
	if (isRoot()) {
		fs.chmodSync(dir, 0o755);
		fs.chownSync(dir, as.uid, as.gid);
		// The folders above must be traversable by the postgres user.
		for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
			const mode = fs.statSync(d).mode;
			if ((mode & 0o001) === 0) fs.chmodSync(d, mode | 0o001);
		}
	}
	const user = 'n8n';
	const database = 'n8n';
	const init = spawnSync(path.join(bin, 'initdb'), ['-D', data, '-U', user, '--auth=trust', '--encoding=UTF8', '--no-instructions'], { encoding: 'utf8', cwd: dir, ...as });
	if (init.status !== 0) throw new Error(`initdb failed (${init.status}):\n${init.stdout}${init.stderr}`);
	const port = await freePort();
	logFile = logFile ?? path.join(dir, 'postgres.log');
	const out = fs.openSync(logFile, 'a');
	const child = spawn(path.join(bin, 'postgres'), ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`, '-c', 'max_connections=200', '-c', 'fsync=off', '-c', 'synchronous_commit=off'], { cwd: dir, stdio: ['ignore', out, out], detached: true, ...as });
	fs.closeSync(out);
	// SIGINT is Postgres's "fast" shutdown (SIGTERM would wait for every client to leave).
	const stop = stopper(child, 'SIGINT');
	const version = spawnSync(path.join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).stdout.trim();
	const t0 = Date.now();
	await untilReady({ what: 'Postgres', port, child, stop, logFile, timeoutMs, intervalMs: 300 }, () => spawnSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)], { encoding: 'utf8' }).status === 0);
	const created = spawnSync(path.join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', `CREATE DATABASE ${database}`], { encoding: 'utf8', cwd: dir, ...as });
	if (created.status !== 0) {
		await stop();
		throw new Error(`CREATE DATABASE failed:\n${created.stderr}`);
	}
	return { ...running({ port, version, logFile, t0, stop, dir }), user, database };
}

/** A Redis server of its own on 127.0.0.1, no persistence. Returns { host, port, version, logFile, stop() }. */
export async function startRedis({ work, logFile, timeoutMs = 60_000 }) {
	const bin = redisBin();
	if (!bin) throw new Error('no redis-server installed (ensureQueueServices first)');
	const dir = fs.mkdtempSync(path.join(work ?? os.tmpdir(), 'redis-'));
	const port = await freePort();
	logFile = logFile ?? path.join(dir, 'redis.log');
	const out = fs.openSync(logFile, 'a');
	const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', out, out], detached: true });
	fs.closeSync(out);
	const stop = stopper(child);
	const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
	const t0 = Date.now();
	const cli = path.join(path.dirname(bin), 'redis-cli');
	await untilReady({ what: 'Redis', port, child, stop, logFile, timeoutMs, intervalMs: 200 }, () => spawnSync(cli, ['-h', '127.0.0.1', '-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG');
	return running({ port, version, logFile, t0, stop, dir });
}

/** Polls `isReady` until it holds; stops the server and throws with its log when it exits or `timeoutMs` passes. */
async function untilReady({ what, port, child, stop, logFile, timeoutMs, intervalMs }, isReady) {
	const t0 = Date.now();
	while (!isReady()) {
		if (child.exitCode !== null || Date.now() - t0 > timeoutMs) {
			await stop();
			throw new Error(`${what} did not start on 127.0.0.1:${port}:\n${tail(logFile)}`);
		}
		await sleep(intervalMs);
	}
}

/** What a started server hands back; its stop() also removes its data folder. */
function running({ port, version, logFile, t0, stop, dir }) {
	return {
		host: '127.0.0.1',
		port,
		version,
		logFile,
		startMs: Date.now() - t0,
		stop: async () => {
			await stop();
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}
