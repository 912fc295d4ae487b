'use strict';
const http = require('node:http');

/**
 * A loopback endpoint that records what it receives, for tests that need to see webhook deliveries
 * (test files may not import node:http themselves). `status` can be changed between deliveries.
 */
async function startWebhookReceiver({ status = 200 } = {}) {
	const received = [];
	const state = { status };
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			received.push({ method: req.method, url: req.url, headers: { ...req.headers }, rawBody: Buffer.concat(chunks).toString('utf8') });
			res.writeHead(state.status, { 'Content-Type': 'text/plain' });
			res.end(state.status < 300 ? 'ok' : 'refused');
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		received,
		setStatus: (next) => {
			state.status = next;
		},
		close: () => new Promise((resolve) => {
			server.closeAllConnections?.();
			server.close(() => resolve());
		}),
	};
}

module.exports = { startWebhookReceiver };
