/**
 * One benchmark run in a fresh process, so time and memory belong to one contender only:
 *   node bench/worker.mjs <node|http|http250|raw> <json settings>
 * Prints one JSON line: items fetched, wall time of the fetch, peak heap growth, heap retained by the result and peak RSS. A one-request warm-up
 * comes first and is reported, so the orchestrator can leave it out of the request count.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const [contender, rawSettings] = process.argv.slice(2);
const settings = JSON.parse(rawSettings);
const credentials = { authMode: 'apiKey', apiKey: settings.key, baseUrlOverride: settings.url };
const account = { __rl: true, mode: 'id', value: settings.accountId };
/** What the node's All Kept sends (CallRail refuses date_range=all_time): a start two days inside the 25 months. */
const ALL_KEPT = (() => {
	const d = new Date();
	d.setUTCMonth(d.getUTCMonth() - 25);
	d.setUTCDate(d.getUTCDate() + 2);
	return d.toISOString().slice(0, 10);
})();

globalThis.PACKAGE_ROOT = root;
process.env.N8N_USER_FOLDER ??= path.join(root, '.build', 'n8n-user');

async function viaOurNode() {
	const { runWorkflow } = require(path.join(root, '.build/test/harness/n8n.js'));
	return async (warmup) => {
		const paging = warmup ? { returnAll: false, limit: 1 } : { returnAll: true };
		const result = await runWorkflow(
			[{ name: 'CallRail', parameters: { resource: 'call', operation: 'getMany', accountId: account, ...paging, filters: { dateRange: 'all_time' } } }],
			{ credentials },
		);
		const error = result.error('CallRail');
		if (error) throw new Error(error.message);
		return { count: result.output('CallRail').length, output: result.output('CallRail') };
	};
}

/**
 * n8n's HTTP Request node as a user would set it up for CallRail: the predefined credential, page-number pagination,
 * CallRail's default page size. With `best`, the strongest setup a user can make: `per_page=250`, the most CallRail
 * allows, so it makes as few requests as this node.
 */
async function viaHttpRequestNode(best = false) {
	const { runWorkflow, registerNodeType } = require(path.join(root, '.build/test/harness/n8n.js'));
	const { HttpRequest } = require(path.join(settings.httpNodePackage, 'dist/nodes/HttpRequest/HttpRequest.node.js'));
	registerNodeType('n8n-nodes-base.httpRequest', new HttpRequest());
	return async (warmup) => {
		const result = await runWorkflow(
			[
				{
					name: 'HTTP Request',
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					parameters: {
						method: 'GET',
						url: `${settings.url}/v3/a/${settings.accountId}/calls.json`,
						authentication: 'predefinedCredentialType',
						nodeCredentialType: 'callRailApi',
						sendQuery: true,
						queryParameters: { parameters: [{ name: 'start_date', value: ALL_KEPT }, ...(best ? [{ name: 'per_page', value: '250' }] : [])] },
						options: warmup ? {} : {
							pagination: {
								pagination: {
									paginationMode: 'updateAParameterInEachRequest',
									parameters: { parameters: [{ type: 'qs', name: 'page', value: '={{ $pageCount + 1 }}' }] },
									paginationCompleteWhen: 'other',
									completeExpression: '={{ $response.body.page >= $response.body.total_pages }}',
								},
							},
						},
					},
				},
			],
			{ credentials },
		);
		const error = result.error('HTTP Request');
		if (error) throw new Error(error.message);
		const output = result.output('HTTP Request');
		return { count: output.reduce((sum, item) => sum + (item.json.calls?.length ?? 0), 0), output };
	};
}

/** The floor: a bare undici loop over relative pagination, 250 a page, no engine at all. */
async function viaRawLoop() {
	const { request } = require('undici');
	return async (warmup) => {
		const records = [];
		let url = `${settings.url}/v3/a/${settings.accountId}/calls.json?start_date=${ALL_KEPT}&relative_pagination=true&per_page=${warmup ? 1 : 250}`;
		for (;;) {
			const response = await request(url, { headers: { authorization: `Token token="${settings.key}"`, 'request-from': 'bench' } });
			const body = await response.body.json();
			records.push(...body.calls);
			if (warmup || !body.has_next_page) break;
			url = body.next_page;
		}
		return { count: records.length, output: records };
	};
}

const prepare = { node: viaOurNode, http: () => viaHttpRequestNode(false), http250: () => viaHttpRequestNode(true), raw: viaRawLoop }[contender];
if (!prepare) throw new Error(`unknown contender ${contender}`);
const fetchAll = await prepare();
// One small request first, so modules n8n loads lazily on first use are loaded, as in a running n8n.
await fetchAll(true);
global.gc?.();
const baseHeap = process.memoryUsage().heapUsed;
let peakHeap = baseHeap;
const sampler = setInterval(() => {
	peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 5);
const started = process.hrtime.bigint();
const fetched = await fetchAll(false);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
clearInterval(sampler);
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
global.gc?.();
// What the finished run still holds (its output), with garbage collected: the memory a workflow keeps.
const retainedMB = (process.memoryUsage().heapUsed - baseHeap) / 2 ** 20;
const items = fetched.count;
process.stdout.write(
	`${JSON.stringify({ contender, warmupRequests: 1, items, ms, heapGrowthMB: (peakHeap - baseHeap) / 2 ** 20, retainedMB, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
