/**
 * Benchmark 6: 100 recordings downloaded in one run (CallRail → Call → Get Recording › Download, 100 input items),
 * in n8n's memory binary mode and in filesystem mode (N8N_DEFAULT_BINARY_DATA_MODE=filesystem), beside a raw undici
 * loop that follows the same redirects and keeps the bytes in memory (the floor). Each contender runs in a fresh
 * process so its peak RSS is its own; medians of BENCH_REPEATS runs.
 *   import { measure } from './media.mjs'   from bench/run.mjs
 *   node bench/media.mjs --one <contender> <json settings>   (one run, prints one JSON line)
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { median, ratio, runJsonWorker } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const COUNT = Number(process.env.BENCH_RECORDINGS ?? 100);
const CONTENDERS = ['memory', 'filesystem', 'raw'];

function runWorker(contender, settings) {
	return runJsonWorker({
		script: path.join(here, 'media.mjs'),
		args: ['--one', contender, JSON.stringify(settings)],
		cwd: root,
		env: { N8N_USER_FOLDER: path.join(root, '.build', 'n8n-user'), N8N_LOG_LEVEL: 'silent' },
		label: `media worker ${contender}`,
	});
}

export async function measure({ startSandbox, log, repeats = Number(process.env.BENCH_REPEATS ?? 3) }) {
	const sandbox = await startSandbox({ rateLimit: false });
	try {
		const accountId = sandbox.ids.accounts[0];
		const callIds = sandbox.store.calls.filter((c) => c.account_id === accountId && c.recording).slice(0, COUNT).map((c) => c.id);
		const expectedBytes = callIds.reduce((sum, id) => sum + sandbox.media.recordingOf(id).length, 0);
		const settings = { url: sandbox.url, key: sandbox.keys.agencyAdmin, accountId, callIds };
		log(`\n6. ${COUNT} recordings downloaded in one run (${(expectedBytes / 2 ** 20).toFixed(1)} MB of MP3; medians of ${repeats} runs)`);
		log('   contender             |  time ms | peak RSS MB | retained heap MB | storage requests');
		const rows = {};
		for (const contender of CONTENDERS) {
			const runs = [];
			for (let i = 0; i < repeats; i++) {
				sandbox.media.clearRequests();
				const run = await runWorker(contender, settings);
				if (run.files !== COUNT || run.bytes !== expectedBytes) throw new Error(`${contender} got ${run.files} files, ${run.bytes} bytes; expected ${COUNT}, ${expectedBytes}`);
				if (sandbox.media.leaks.length) throw new Error(`${contender} sent a credential to storage`);
				// Less the worker's one-recording warm-up.
				run.storageRequests = sandbox.media.requests.length - 1;
				runs.push(run);
			}
			rows[contender] = {
				ms: median(runs.map((r) => r.ms)),
				maxRssMB: median(runs.map((r) => r.maxRssMB)),
				retainedMB: median(runs.map((r) => r.retainedMB)),
				storageRequests: runs[0].storageRequests,
				binaryMode: runs[0].binaryMode,
			};
			const row = rows[contender];
			const label = contender === 'raw' ? 'raw undici loop' : `this node, ${contender}`;
			log(`   ${label.padEnd(21)} | ${row.ms.toFixed(0).padStart(8)} | ${row.maxRssMB.toFixed(0).padStart(11)} | ${row.retainedMB.toFixed(1).padStart(16)} | ${String(row.storageRequests).padStart(16)}`);
		}
		log(
			`   filesystem / memory: time ${ratio(rows.filesystem.ms, rows.memory.ms)}, peak RSS ${ratio(rows.filesystem.maxRssMB, rows.memory.maxRssMB)}, retained ${ratio(rows.filesystem.retainedMB, rows.memory.retainedMB)}; ` +
				`memory / raw: time ${ratio(rows.memory.ms, rows.raw.ms)}`,
		);
		return { count: COUNT, megabytes: expectedBytes / 2 ** 20, ...rows };
	} finally {
		await sandbox.close();
	}
}

async function worker(contender, settings) {
	globalThis.PACKAGE_ROOT = root;
	let download;
	let binaryMode = 'none';
	if (contender === 'raw') {
		const { request } = require('undici');
		download = async (ids) => {
			const files = [];
			for (const id of ids) {
				const answer = await request(`${settings.url}/v3/a/${settings.accountId}/calls/${id}/recording.json`, { headers: { authorization: `Token token="${settings.key}"` } });
				let url = (await answer.body.json()).url;
				for (;;) {
					const hop = await request(url);
					if (hop.statusCode >= 300 && hop.statusCode < 400) {
						await hop.body.dump();
						url = new URL(hop.headers.location, url).toString();
						continue;
					}
					files.push(Buffer.from(await hop.body.arrayBuffer()));
					break;
				}
			}
			return { files: files.length, bytes: files.reduce((sum, f) => sum + f.length, 0), keep: files };
		};
	} else {
		const { setBinaryDataMode } = require(path.join(root, 'test/harness/binary-data.js'));
		const mode = await setBinaryDataMode(contender === 'filesystem' ? 'filesystem' : 'default');
		binaryMode = mode.mode;
		const { runWorkflow } = require(path.join(root, '.build/test/harness/n8n.js'));
		const credentials = { authMode: 'apiKey', apiKey: settings.key, baseUrlOverride: settings.url };
		download = async (ids) => {
			const result = await runWorkflow(
				[
					{
						name: 'CallRail',
						parameters: {
							resource: 'call',
							operation: 'getRecording',
							accountId: { __rl: true, mode: 'id', value: settings.accountId },
							callId: '={{ $json.callId }}',
							download: true,
							binaryPropertyName: 'data',
						},
					},
				],
				{ credentials, input: ids.map((callId) => ({ callId })) },
			);
			const error = result.error('CallRail');
			if (error) throw new Error(error.message);
			const items = result.output('CallRail');
			let bytes = 0;
			for (const item of items) bytes += item.binary.data.bytes ?? (await mode.read(item.binary.data)).length;
			return { files: items.length, bytes, keep: items, cleanup: () => mode.restore() };
		};
	}
	await download(settings.callIds.slice(0, 1));
	global.gc?.();
	const baseHeap = process.memoryUsage().heapUsed;
	const started = process.hrtime.bigint();
	const result = await download(settings.callIds);
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	global.gc?.();
	const retainedMB = (process.memoryUsage().heapUsed + process.memoryUsage().external - baseHeap) / 2 ** 20;
	const line = { contender, binaryMode, files: result.files, bytes: result.bytes, ms, retainedMB, maxRssMB: process.resourceUsage().maxRSS / 1024 };
	await result.cleanup?.();
	process.stdout.write(`${JSON.stringify(line)}\n`);
}

// Not "worker": n8n-core's InstanceSettings takes argv[2] === 'worker' for a queue worker.
if (process.argv[2] === '--one') await worker(process.argv[3], JSON.parse(process.argv[4]));
