/**
 * The documented CallRail API, example by example (fixtures/*.json, transcribed from the official reference):
 * (a) the node, run through n8n's engine, sends the documented method, path, query names and body shape;
 * (b) the sandbox answers the documented request with the documented status, envelope, field names and JSON types.
 * Node and documented request each run against their own sandbox of the same seed, so the writes of one do not
 * change what the other sees.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { request } from 'undici';

import type { LoggedRequest, Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { runNode } from '../harness/n8n';
import type { ContractExample } from './contract';
import { compareShape, fill, loadExamples, queryString, recordsOf, reportCoverage, valueAt } from './contract';
import { sandboxIds } from './ids';

const NOW = '2026-11-22T17:00:00Z';
const examples = loadExamples();
const checked = new Set<string>();
const sandboxOnly = new Set<string>();

let nodeSide: Sandbox;
let documentedSide: Sandbox;

beforeAll(async () => {
	[nodeSide, documentedSide] = await Promise.all([
		startSandbox({ now: NOW, clock: 'manual', rateLimit: false }),
		startSandbox({ now: NOW, clock: 'manual', rateLimit: false }),
	]);
});

afterAll(async () => {
	await Promise.all([nodeSide?.close(), documentedSide?.close()]);
	reportCoverage(checked.size, examples.length, sandboxOnly.size);
});

const label = (e: ContractExample) => `${e.file} › ${e.title} (${e.request.method} ${e.request.path})`;

/** The request a run of the node made to the documented endpoint. */
function requestTo(sb: Sandbox, method: string, path: string): LoggedRequest | undefined {
	return sb.requests.find((r) => r.method === method && r.path === path);
}

/** (a) The node's request: the documented method, path, query names and body shape; or its own refusal. */
async function checkNode(example: ContractExample) {
	nodeSide.clearRequests();
	const nodeIds = sandboxIds(nodeSide);
	const parameters = fill(example.node.parameters, nodeIds) as INodeParameters;
	const run = await runNode(
		{ resource: example.resource, operation: example.node.operation, ...parameters, accountId: { __rl: true, mode: 'id', value: nodeIds.account_id } },
		{ credentials: { authMode: 'apiKey', apiKey: nodeSide.keys.agencyAdmin, baseUrlOverride: nodeSide.url } },
	);
	const path = fill(example.request.path, nodeIds);
	if (example.node.refuses) {
		expect(run.error?.message).toMatch(new RegExp(example.node.refuses));
		expect(requestTo(nodeSide, example.request.method, path)).toBeUndefined();
		return;
	}
	expect(run.error?.message).toBeUndefined();
	const sent = requestTo(nodeSide, example.request.method, path);
	expect({ method: example.request.method, path, found: sent !== undefined, seen: nodeSide.requests.map((r) => `${r.method} ${r.path}`) }).toMatchObject({ found: true });
	const sentQuery = Object.keys(sent!.query);
	expect(sentQuery.filter((name) => !example.parameters.query.includes(name))).toEqual([]);
	expect(Object.keys(example.request.query).filter((name) => !sentQuery.includes(name))).toEqual([]);
	const sentBody = (example.nodeBodyIn === 'query' ? sent!.query : (sent!.body ?? {})) as IDataObject;
	if (example.request.body) {
		if (example.nodeBodyIn !== 'query') expect(Object.keys(sentBody).filter((name) => !example.parameters.body.includes(name))).toEqual([]);
		// A null in a documented create body means "not used"; leaving the field out says the same.
		const documented = Object.fromEntries(Object.entries(fill(example.request.body, nodeIds) as IDataObject).filter(([, v]) => v !== null));
		const shape = compareShape(documented, sentBody, { freeform: example.freeform, tolerate: example.tolerateRequest });
		expect({ missing: shape.missing, mismatched: shape.mismatched }).toEqual({ missing: [], mismatched: [] });
	}
	if (!example.request.body || example.nodeBodyIn === 'query') expect(sent!.rawBody).toBe('');
}

async function runExample(example: ContractExample) {
	if (example.node.pending) sandboxOnly.add(label(example));
	else await checkNode(example);

	// (b) the sandbox's answer to the documented request
	const ids = sandboxIds(documentedSide);
	const url = `${documentedSide.url}${fill(example.request.path, ids)}${queryString(fill(example.request.query, ids))}`;
	const body = example.request.body === null ? undefined : JSON.stringify(fill(example.request.body, ids));
	const reply = await request(url, {
		method: example.request.method as 'GET',
		headers: { authorization: `Token token="${documentedSide.keys.agencyAdmin}"`, ...(body ? { 'content-type': 'application/json' } : {}) },
		body,
	});
	const text = await reply.body.text();
	const answer: unknown = text ? JSON.parse(text) : null;
	const expectedStatus = example.tolerate?.status ? reply.statusCode : example.response.status;
	const refused = expectedStatus >= 400;
	expect({ status: reply.statusCode, answer: reply.statusCode >= 400 && !refused ? answer : undefined }).toEqual({ status: expectedStatus, answer: undefined });
	if (example.expect?.error) expect(String((answer as IDataObject).error)).toMatch(new RegExp(example.expect.error));
	for (const [dotted, value] of Object.entries(fill(example.expect?.at ?? {}, ids))) expect({ [dotted]: valueAt(answer, dotted) }).toEqual({ [dotted]: value });
	if (example.response.body === null) {
		expect(text).toBe('');
	} else {
		const { envelope } = example.response;
		if (envelope) expect(recordsOf(answer, envelope).length).toBeGreaterThan(0);
		const shape = compareShape(example.response.body, answer, { freeform: example.freeform, tolerate: example.tolerate });
		expect({ missing: shape.missing, mismatched: shape.mismatched }).toEqual({ missing: [], mismatched: [] });
		for (const [field, pattern] of Object.entries(example.expect?.everyRecord ?? {})) {
			for (const record of recordsOf(answer, envelope) as IDataObject[]) expect(String(record[field])).toMatch(new RegExp(pattern));
		}
		if (example.expect?.stepsKeyedById) {
			const steps = (answer as IDataObject).steps as Record<string, IDataObject>;
			expect(Array.isArray(steps)).toBe(false);
			for (const [key, step] of Object.entries(steps)) expect(step.id).toBe(key);
		}
	}
	checked.add(label(example));
}

describe('The CallRail API as its official reference documents it', () => {
	it.each(examples.map((e) => [label(e), e] as const))('%s', async (_label, example) => {
		await runExample(example);
	});
});
