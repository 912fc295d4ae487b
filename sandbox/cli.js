#!/usr/bin/env node
'use strict';
/** `node sandbox/cli.js [--port 4010] [--seed 42] [--calls N] [--rate-limit off]`: runs the sandbox until stopped. */
const { startSandbox } = require('./index');

function arg(name, fallback) {
	const at = process.argv.indexOf(`--${name}`);
	return at === -1 || process.argv[at + 1] === undefined ? fallback : process.argv[at + 1];
}

(async () => {
	const sb = await startSandbox({
		port: Number(arg('port', 4010)),
		seed: Number(arg('seed', 42)),
		rateLimit: arg('rate-limit', 'on') === 'off' ? false : undefined,
		onError: (error) => process.stderr.write(`sandbox error: ${error.stack}\n`),
	});
	const extra = Number(arg('calls', 0));
	if (extra > 0) sb.seedCalls(sb.ids.accounts[0], extra);
	process.stdout.write(`${JSON.stringify({ url: sb.url, matonUrl: sb.matonUrl, mediaUrl: sb.media.url, keys: sb.keys, matonConnections: sb.matonConnections, ids: sb.ids })}\n`);
	let seen = 0;
	const timer = setInterval(() => {
		for (const r of sb.requests.slice(seen)) process.stderr.write(`${r.status} ${r.method} ${r.path}${r.rawQuery ? `?${r.rawQuery}` : ''}\n`);
		seen = sb.requests.length;
	}, 500);
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		clearInterval(timer);
		await sb.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
})().catch((error) => {
	process.stderr.write(`${error.stack}\n`);
	process.exit(1);
});
