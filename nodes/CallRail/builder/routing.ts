import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodePropertyRouting,
} from 'n8n-workflow';

import { throwOnErrorResponse } from '../../kernel/errors';
import type { ListOptions } from '../../kernel/pageLoop';
import { inputError } from '../../kernel/tool';
import { paginateList, retryingRequest } from './pagination';
import { toNorthAmericanE164, validateInput } from './validation';

/**
 * How operations reach CallRail: the routing builders (`recordRouting`, `listRouting`, `accountPath`) and what the
 * resources add to them, extra local checks, body shaping and results. Requests pass `validateInput` first and
 * `throwOnErrorResponse` after. The parameters themselves are in descriptions.ts.
 */

export type PreSend = (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

export type PostReceive = NonNullable<INodePropertyRouting['output']>['postReceive'];

export function failItem(ctx: IExecuteSingleFunctions, message: string, description?: string): never {
	throw inputError(ctx, message, description);
}

/** `{ "<flag>": true, "id": … }` in place of a 204's empty body. */
export function flagResult(flag: string, idParameter: string): PostReceive {
	return [
		{
			type: 'set',
			properties: { value: `={{ { "${flag}": true, "id": $parameter["${idParameter}"] } }}` },
		},
	];
}

/** A list parameter (several values, each possibly comma-separated) as a clean array of strings. */
export function splitList(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
	return entries
		.flatMap((entry) => String(entry).split(','))
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

/**
 * A phone number CallRail will store: US and Canadian numbers become E.164 (+1…); other numbers must already be
 * E.164. Returns undefined when the value is not a phone number.
 */
export function normalizePhone(raw: string): string | undefined {
	const northAmerican = toNorthAmericanE164(raw);
	if (northAmerican) return northAmerican;
	const compact = raw.trim().replace(/[\s().-]/g, '');
	return /^\+[1-9][0-9]{7,14}$/.test(compact) ? compact : undefined;
}

export function requirePhone(ctx: IExecuteSingleFunctions, raw: unknown, label: string): string {
	const normalized = normalizePhone(String(raw ?? ''));
	if (!normalized) {
		failItem(ctx, `"${String(raw ?? '')}" is not a valid ${label}`, 'Use the E.164 format, for example +14045551234.');
	}
	return normalized;
}

export const bodyOf = (requestOptions: IHttpRequestOptions): IDataObject => {
	if (!requestOptions.body || typeof requestOptions.body !== 'object') requestOptions.body = {};
	return requestOptions.body as IDataObject;
};

/** The account-scoped path of an endpoint, as an expression: `accountPath('calls.json')`. */
export const accountPath = (rest: string) => `=/v3/a/{{$parameter.accountId}}/${rest}`;

/**
 * Routing of an operation that reads or changes one record, retried as `retryPolicyFor` its method says. n8n's
 * RoutingNode hands a node its request function only inside `operations.pagination` (with `paginate` on), so a
 * retried single request goes through a one-request "pagination" function.
 */
export function recordRouting(
	method: 'GET' | 'POST' | 'PUT' | 'DELETE',
	url: string,
	extra: { postReceive?: PostReceive; notFound?: string } = {},
): INodePropertyRouting {
	return {
		request: { method, url },
		send: { preSend: [validateInput], paginate: true },
		operations: { pagination: retryingRequest },
		output: { postReceive: [throwOnErrorResponse(method, extra.notFound), ...(extra.postReceive ?? [])] },
	};
}

/** Routing of a "Get Many" operation: always paginated through `paginateList`, which honours Return All and Limit. */
export function listRouting(url: string, list: ListOptions): INodePropertyRouting {
	return {
		request: { method: 'GET', url },
		send: { preSend: [validateInput], paginate: true },
		operations: { pagination: paginateList(list) },
		output: { postReceive: [throwOnErrorResponse('GET')] },
	};
}

/** A DELETE answers 204 with no body; give the user something to continue with. */
export const deletedResult = (idParameter: string) => flagResult('deleted', idParameter);
