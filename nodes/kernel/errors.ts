import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { actionableMessage } from './tool';

/** What a request was for, so a 403 can name the role or plan that is probably missing. */
export interface RequestPurpose {
	resource?: string;
	operation?: string;
	/** The HTTP method decides whether the request read or changed something. */
	method?: string;
	/** What a 404 means for this request, where it means more than a wrong ID. */
	notFound?: string;
}

const writes = (p: RequestPurpose) => p.method !== undefined && p.method.toUpperCase() !== 'GET';

const FORBIDDEN_HINTS: Array<{ test: (p: RequestPurpose) => boolean; hint: string }> = [
	{
		test: (p) => p.resource === 'textMessage' && writes(p),
		hint: 'Sending texts needs SMS enabled on the tracking number, a completed 10DLC (A2P) registration, and on some plans CallRail support must switch the send endpoint on for your account.',
	},
	{
		test: (p) => p.resource === 'call' && p.method === 'POST',
		hint: 'Placing outbound calls needs a manager or admin key and outbound calling on the account.',
	},
	{
		test: (p) => p.resource === 'user' && writes(p),
		hint: 'Creating or deleting users needs an admin key; a user may only change their own name and email.',
	},
	{
		test: (p) => p.resource === 'integration' || p.resource === 'integrationFilter',
		hint: 'Managing integrations and webhooks needs the key of an admin, or of a manager of that company.',
	},
	{
		test: (p) => p.resource === 'tag' && writes(p),
		hint: 'Account-level tags and deleting tags need an admin key; reporting users cannot change tags.',
	},
	{
		test: (p) => p.resource === 'tracker' && writes(p),
		hint: 'Creating or changing tracking numbers needs an admin key, or a manager key for the company.',
	},
	{
		test: writes,
		hint: 'Reporting users can read but not change anything; use the key of an admin or a manager of the company.',
	},
	{
		test: (p) => p.method !== undefined,
		hint: 'The key cannot read this: manager and reporting keys see only the companies they are assigned to, and some records only admins see. Use the key of a user with access to the company, or an admin key.',
	},
];

export function hintForStatus(status: number, purpose: RequestPurpose = {}): string {
	switch (status) {
		case 400:
			return 'CallRail did not accept the request. Check the values named in the message above.';
		case 401:
			return 'CallRail rejected the credential. Check the API key (or Maton key) and the authentication mode in the credential.';
		case 403: {
			const match = FORBIDDEN_HINTS.find((h) => h.test(purpose));
			return (
				(match?.hint ?? 'The key does not have permission for this action.') +
				' Transcripts, call summaries and sentiment also need the Premium Conversation Intelligence plan.'
			);
		}
		case 404:
			return purpose.notFound ?? 'Nothing was found at this ID. Check the account and the ID, and that the key can see this account and company.';
		case 406:
			return 'CallRail expected the parameters in another place or format.';
		case 422:
			return 'CallRail understood the request but refused the values. Check the fields named in the message above.';
		case 429:
			return 'CallRail allows 1,000 requests an hour and 10,000 a day per account (texts 150 an hour, outbound calls 100 an hour). Space the requests out: use Return All (250 records a request) instead of many small requests, lower the trigger frequency, or use batching under Request Options.';
		default:
			if (status >= 500) {
				return 'CallRail had a temporary problem or is in maintenance. Try again in a few minutes.';
			}
			return '';
	}
}

/** CallRail documents `{"error": "..."}`; be lenient with `errors` and plain-text bodies. */
export function callRailErrorMessage(body: unknown): string | undefined {
	if (typeof body === 'string') return body.trim() ? body.trim().slice(0, 500) : undefined;
	if (Buffer.isBuffer(body)) return callRailErrorMessage(body.toString('utf8'));
	if (!body || typeof body !== 'object') return undefined;
	const data = body as IDataObject;
	const candidate = data.error ?? data.errors ?? data.message;
	if (typeof candidate === 'string') return candidate;
	if (Array.isArray(candidate)) return candidate.map((c) => (typeof c === 'string' ? c : JSON.stringify(c))).join('; ');
	if (candidate && typeof candidate === 'object') return JSON.stringify(candidate);
	return undefined;
}

export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	if (Array.isArray(value)) value = value[0];
	if (value === undefined || value === null || value === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds);
	const date = Date.parse(String(value));
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, (date - now) / 1000);
}

export function createCallRailError(
	node: INode,
	status: number,
	body: unknown,
	purpose: RequestPurpose,
	headers: IDataObject = {},
	itemIndex?: number,
): NodeApiError {
	const apiMessage = callRailErrorMessage(body);
	const hint = hintForStatus(status, purpose);
	const error = new NodeApiError(
		node,
		{ message: apiMessage ?? `HTTP ${status}`, httpCode: String(status) } as JsonObject,
		{
			httpCode: String(status),
			message: actionableMessage(node, `CallRail error ${status}${apiMessage ? `: ${apiMessage}` : ''}`, hint),
			description: hint,
			itemIndex,
		},
	);
	const retryAfter = parseRetryAfter(headers['retry-after']);
	if (retryAfter !== undefined) error.context.retryAfterSeconds = retryAfter;
	return error;
}

export function isCallRailError(error: unknown, ...statuses: number[]): error is NodeApiError {
	return error instanceof NodeApiError && statuses.includes(Number(error.httpCode));
}

/**
 * requestDefaults set `ignoreHttpStatusErrors`, so every operation runs this first: it turns a CallRail
 * error response into a NodeApiError with the API's own message plus a hint of what to do, chosen by the
 * operation's HTTP method (a read and a write fail for different reasons).
 */
export function throwOnErrorResponse(method: string, notFound?: string) {
	return async function throwOnError(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		if (response.statusCode < 400) return items;
		throw createCallRailError(
			this.getNode(),
			response.statusCode,
			response.body,
			{ resource: this.getNodeParameter('resource', '') as string, operation: this.getNodeParameter('operation', '') as string, method, notFound },
			response.headers as IDataObject,
			this.getItemIndex(),
		);
	};
}
