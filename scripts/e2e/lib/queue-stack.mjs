// n8n's distributed engine on this machine: Postgres + Redis (lib/services.mjs), a main process (`n8n start`), one
// worker (`n8n worker`) and one webhook processor (`n8n webhook`), each with its own user folder holding the package
// installed as README's manual install says (`installPackage`). Used by scripts/e2e/queue.mjs and `npm run bench`.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { freePort, installPackage, startN8n } from '../n8n.mjs';
import { ensureQueueServices, startPostgres, startRedis } from './services.mjs';

/**
 * Starts everything and returns { main, worker, webhook, pg, redis, env, install, restartWorker(), stop(), timings }.
 * `webhookUrl` is where production webhook URLs point (the webhook processor). Each process also gets
 * CALLRAIL_E2E_PROCESS=main|worker|webhook, readable from expressions (`$env`), so an execution can record where it ran.
 */
export async function startQueueStack({ work, tarball, outDir, log = () => {}, workerConcurrency = 10 }) {
	const timings = {};
	const stops = [];
	const stop = async () => {
		for (const [name, fn] of stops.reverse()) {
			try {
				await fn();
				log(`stopped ${name}`);
			} catch (e) {
				log(`could not stop ${name}: ${e.message}`);
			}
		}
		stops.length = 0;
	};
	try {
		let t = Date.now();
		const install = ensureQueueServices({ log });
		timings.aptMs = install.ms;
		t = Date.now();
		const [pg, redis] = await Promise.all([startPostgres({ work, logFile: path.join(outDir, 'queue-postgres.log') }), startRedis({ work, logFile: path.join(outDir, 'queue-redis.log') })]);
		stops.push(['postgres', pg.stop], ['redis', redis.stop]);
		timings.servicesMs = Date.now() - t;

		t = Date.now();
		const folders = {};
		for (const role of ['main', 'worker', 'webhook']) {
			folders[role] = path.join(work, `user-${role}`);
			fs.mkdirSync(folders[role], { recursive: true });
			installPackage(tarball, folders[role]);
		}
		timings.installMs = Date.now() - t;

		const [mainPort, webhookPort, workerPort] = [await freePort(), await freePort(), await freePort()];
		const webhookUrl = `http://127.0.0.1:${webhookPort}/`;
		const env = {
			EXECUTIONS_MODE: 'queue',
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: pg.host,
			DB_POSTGRESDB_PORT: String(pg.port),
			DB_POSTGRESDB_DATABASE: pg.database,
			DB_POSTGRESDB_USER: pg.user,
			DB_POSTGRESDB_PASSWORD: '',
			QUEUE_BULL_REDIS_HOST: redis.host,
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			WEBHOOK_URL: webhookUrl,
			N8N_WEBHOOK_URL: webhookUrl,
			N8N_EDITOR_BASE_URL: `http://127.0.0.1:${mainPort}/`,
			N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		};
		const logs = Object.fromEntries(['main', 'worker', 'webhook'].map((r) => [r, path.join(outDir, `queue-${r}.log`)]));
		for (const f of Object.values(logs)) fs.rmSync(f, { force: true });
		const start = (role) =>
			startN8n({
				userFolder: folders[role],
				port: { main: mainPort, worker: workerPort, webhook: webhookPort }[role],
				command: { main: 'start', worker: 'worker', webhook: 'webhook' }[role],
				args: role === 'worker' ? [`--concurrency=${workerConcurrency}`] : [],
				// The worker gets time to finish running jobs when it is restarted; the others need none at teardown.
				env: { ...env, CALLRAIL_E2E_PROCESS: role, N8N_GRACEFUL_SHUTDOWN_TIMEOUT: role === 'worker' ? '60' : '15' },
				logFile: logs[role],
				timeoutMs: 300_000,
				killAfterMs: 90_000,
			});

		// Main first: it runs the database migrations the other two wait for.
		t = Date.now();
		const main = await start('main');
		stops.push(['n8n main', () => main.stop()]);
		timings.mainMs = Date.now() - t;
		t = Date.now();
		const [worker, webhook] = await Promise.all([start('worker'), start('webhook')]);
		const stack = { main, worker, webhook, pg, redis, env, webhookUrl, logs, folders, install, timings };
		stops.push(['n8n webhook processor', () => stack.webhook.stop()], ['n8n worker', () => stack.worker.stop()]);
		timings.workerAndWebhookMs = Date.now() - t;
		/** Stops the worker, waits for it to exit, starts a new one; `workerLog` is what the new worker wrote at start-up. */
		stack.restartWorker = async () => {
			const s = Date.now();
			await stack.worker.stop();
			const stoppedAt = Date.now();
			const logOffset = fs.statSync(logs.worker).size;
			stack.worker = await start('worker');
			const workerLog = fs.readFileSync(logs.worker).subarray(logOffset).toString('utf8');
			return { stopAt: s, stoppedAt, readyAt: Date.now(), stoppedMs: stoppedAt - s, restartedMs: Date.now() - s, workerLog };
		};
		stack.stop = stop;
		return stack;
	} catch (e) {
		await stop();
		throw e;
	}
}
