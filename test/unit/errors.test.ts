import type { INode } from 'n8n-workflow';

import { callRailErrorMessage, createCallRailError, hintForStatus, isCallRailError, parseRetryAfter } from '../../nodes/kernel/errors';

const node = (type = 'n8n-nodes-callrail.callRail'): INode => ({ id: '1', name: 'CallRail', type, typeVersion: 1, position: [0, 0], parameters: {} });
const PLAN = ' Transcripts, call summaries and sentiment also need the Premium Conversation Intelligence plan.';

describe('hintForStatus', () => {
	it.each([
		[400, /did not accept the request/],
		[401, /rejected the credential/],
		[404, /Nothing was found at this ID/],
		[406, /another place or format/],
		[422, /refused the values/],
		[429, /1,000 requests an hour and 10,000 a day/],
		[500, /temporary problem or is in maintenance/],
		[503, /temporary problem or is in maintenance/],
	])('%i', (status, hint) => {
		expect(hintForStatus(status)).toMatch(hint);
	});

	it('gives nothing for a status it has no advice for', () => {
		expect(hintForStatus(418)).toBe('');
		expect(hintForStatus(302)).toBe('');
	});

	it('404 of Get Recording explains when a call has a recording', () => {
		expect(hintForStatus(404, { notFound: 'The call has no recording.' })).toBe('The call has no recording.');
		expect(hintForStatus(404, { operation: 'get' })).toMatch(/Nothing was found/);
	});

	// Each 403 hint by what the request was for, first match wins; each ends with the plan sentence.
	it.each([
		[{ resource: 'textMessage', method: 'POST' }, /10DLC/],
		[{ resource: 'call', method: 'POST' }, /Placing outbound calls/],
		[{ resource: 'call', method: 'PUT' }, /Reporting users can read but not change/],
		[{ resource: 'user', method: 'DELETE' }, /Creating or deleting users needs an admin key/],
		[{ resource: 'integration', method: 'GET' }, /Managing integrations and webhooks/],
		[{ resource: 'integrationFilter', method: 'GET' }, /Managing integrations and webhooks/],
		[{ resource: 'tag', method: 'put' }, /Account-level tags/],
		[{ resource: 'tracker', method: 'POST' }, /Creating or changing tracking numbers/],
		[{ resource: 'company', method: 'POST' }, /Reporting users can read but not change/],
		[{ resource: 'textMessage', method: 'GET' }, /The key cannot read this/],
		[{ resource: 'tag', method: 'GET' }, /The key cannot read this/],
		[{}, /^The key does not have permission for this action\./],
	])('403 for %j', (purpose, hint) => {
		const text = hintForStatus(403, purpose);
		expect(text).toMatch(hint);
		expect(text.endsWith(PLAN)).toBe(true);
	});
});

describe('parseRetryAfter', () => {
	const now = Date.parse('2026-01-01T00:00:00Z');
	it.each([
		['30', 30],
		[['12'], 12],
		['-5', 0],
		['Thu, 01 Jan 2026 00:00:45 GMT', 45],
		['Wed, 31 Dec 2025 23:59:00 GMT', 0],
		['soon', undefined],
		['', undefined],
		[undefined, undefined],
	])('%j gives %j seconds', (value, seconds) => {
		expect(parseRetryAfter(value, now)).toBe(seconds);
	});
});

describe('callRailErrorMessage', () => {
	it.each([
		[{ error: 'Not found' }, 'Not found'],
		[{ errors: ['a', { field: 'b' }] }, 'a; {"field":"b"}'],
		[{ message: 'm' }, 'm'],
		[{ error: { code: 1 } }, '{"code":1}'],
		['  plain text  ', 'plain text'],
		[Buffer.from('from a buffer'), 'from a buffer'],
		['', undefined],
		[{}, undefined],
		[null, undefined],
	])('%j', (body, message) => {
		expect(callRailErrorMessage(body)).toBe(message);
	});
});

describe('createCallRailError', () => {
	it('carries the status, CallRail\'s message, the hint and Retry-After', () => {
		const error = createCallRailError(node(), 429, { error: 'Too many' }, { method: 'GET' }, { 'retry-after': '9' }, 2);
		expect(error.message).toBe('CallRail error 429: Too many');
		expect(error.httpCode).toBe('429');
		expect(error.description).toBe(hintForStatus(429));
		expect(error.context.retryAfterSeconds).toBe(9);
		expect(error.context.itemIndex).toBe(2);
		expect(isCallRailError(error, 429)).toBe(true);
		expect(isCallRailError(error, 500, 503)).toBe(false);
		expect(isCallRailError(new Error('x'), 429)).toBe(false);
	});

	it('says the status alone when the body has no message, and puts the hint in the message for an AI agent', () => {
		expect(createCallRailError(node(), 502, '', {}).message).toBe('CallRail error 502');
		const tool = createCallRailError(node('n8n-nodes-callrail.callRailTool'), 401, { error: 'Bad key' }, {});
		expect(tool.message).toBe(`CallRail error 401: Bad key. ${hintForStatus(401)}`);
	});
});
