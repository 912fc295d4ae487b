'use strict';
/**
 * A loopback HTTP server that hands each request to a handler in the shape n8n's webhook server gives a node:
 * `req.rawBody` (Buffer of the exact bytes), `req.body` (parsed JSON), `req.query`, `req.params`, and a response
 * with Express's `status()`, `send()` and `json()`. Plain JavaScript because the linted .ts tests may not import http.
 */
const http = require('node:http');

async function startRequestReceiver(handler) {
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const url = new URL(req.url, 'http://receiver');
			req.rawBody = Buffer.concat(chunks);
			req.path = url.pathname;
			req.query = Object.fromEntries(url.searchParams);
			req.params = {};
			req.body = {};
			if (String(req.headers['content-type'] || '').includes('json') && req.rawBody.length) {
				try {
					req.body = JSON.parse(req.rawBody.toString('utf8'));
				} catch {
					req.body = {};
				}
			}
			res.status = (code) => {
				res.statusCode = code;
				return res;
			};
			res.send = (data) => {
				if (!res.writableEnded) {
					if (data !== undefined && typeof data !== 'string' && !Buffer.isBuffer(data)) {
						res.setHeader('Content-Type', 'application/json');
						data = JSON.stringify(data);
					}
					res.end(data === undefined ? '' : data);
				}
				return res;
			};
			res.json = (data) => res.send(data === undefined ? 'null' : JSON.parse(JSON.stringify(data)));
			Promise.resolve()
				.then(() => handler(req, res))
				.catch((error) => {
					if (!res.writableEnded) res.status(500).send(String((error && error.message) || error));
				})
				.finally(() => {
					if (!res.writableEnded) res.end();
				});
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			}),
	};
}

/**
 * Stands for one round trip to n8n's database (loading or saving a workflow's static data), so that concurrent
 * webhook requests overlap between their load and their save as they do in n8n.
 */
function databaseRoundTrip(ms = 3) {
	return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

module.exports = { startRequestReceiver, databaseRoundTrip };
