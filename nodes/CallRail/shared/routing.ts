import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyRouting,
} from 'n8n-workflow';

import { inputError } from './tool';
import { idProblem, toNorthAmericanE164 } from './validation';
import { LEAD_STATUS_OPTIONS } from '../../shared/vocabulary';

/**
 * Routing helpers the resources share on top of `recordRouting` and `listRouting`: extra local checks and body
 * shaping. Requests still pass `validateInput` first and `throwOnErrorResponse` after.
 */

export type PreSend = (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

type PostReceive = NonNullable<INodePropertyRouting['output']>['postReceive'];

/** Appends preSend functions to a routing from `recordRouting` or `listRouting`; they run after `validateInput`. */
export function withPreSend(routing: INodePropertyRouting, ...preSend: PreSend[]): INodePropertyRouting {
	return { ...routing, send: { ...routing.send, preSend: [...(routing.send?.preSend ?? []), ...preSend] } };
}

/** Replaces the post-receive steps after `throwOnErrorResponse` (the first one) with the given ones. */
export function withPostReceive(
	routing: INodePropertyRouting,
	postReceive: NonNullable<INodePropertyRouting['output']>['postReceive'],
): INodePropertyRouting {
	const first = routing.output?.postReceive?.[0];
	return { ...routing, output: { ...routing.output, postReceive: [...(first ? [first] : []), ...(postReceive ?? [])] } };
}

export function failItem(ctx: IExecuteSingleFunctions, message: string, description?: string): never {
	throw inputError(ctx, message, description);
}

/**
 * Checks an ID typed into a plain string parameter: `prefixes` are the ones this resource's IDs may carry
 * (none for numbers and short codes). Only IDs that are certainly wrong are refused (see `idProblem`).
 */
export function checkIdParameter(name: string, label: string, prefixes: string[] = []): PreSend {
	return async function checkId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = String(this.getNodeParameter(name, '') ?? '').trim();
		const problem = idProblem(value, prefixes, label);
		if (problem) failItem(this, `"${value}" is not a valid ${label} ID`, problem);
		return requestOptions;
	};
}

/** Checks that every entry of a body array (e.g. `companies`, `company_ids`) could be an ID with the given prefix. */
export function checkIdList(list: unknown, ctx: IExecuteSingleFunctions, label: string, prefix: string, allowAll = false) {
	if (!Array.isArray(list)) return;
	for (const entry of list) {
		if (allowAll && entry === 'all') continue;
		const problem = idProblem(String(entry).trim(), [prefix], label);
		if (problem) failItem(ctx, `"${String(entry)}" is not a valid ${label} ID`, problem);
	}
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

/** The lead status options of Update operations: Clear sends `null`, which removes the status. */
export const leadStatusUpdateOptions = [
	{ name: 'Clear', value: 'clear', description: 'Remove the lead status' },
	...LEAD_STATUS_OPTIONS,
];

/** Tag Mode + Tags of Update operations (form submissions, SMS threads): sent as `append_tags` and `tags`. */
export function tagUpdateFields(subject: string): INodeProperties[] {
	return [
		{
			displayName: 'Tag Mode',
			name: 'tagMode',
			type: 'options',
			default: 'append',
			options: [
				{ name: 'Append', value: 'append', description: `Add the tags to those the ${subject} already has` },
				{ name: 'Replace', value: 'replace', description: `Replace the ${subject}'s tags with these` },
			],
			description: 'How Tags combine with the existing tags. Without it CallRail replaces them.',
			routing: { send: { type: 'body', property: 'append_tags', value: '={{ $value === "append" }}' } },
		},
		{
			displayName: 'Tags',
			name: 'tags',
			type: 'string',
			typeOptions: { multipleValues: true },
			default: [],
			description:
				"Tag names. Names the company doesn't have yet are created. An empty list with Tag Mode Replace removes every tag.",
			routing: {
				send: {
					type: 'body',
					property: 'tags',
					value: '={{ [].concat($value).map(t => String(t).trim()).filter(t => t !== "") }}',
				},
			},
		},
	];
}

/** `fields=a,b` from a multiOptions parameter, nothing when none is chosen. */
export const FIELDS_VALUE = '={{ $value.length ? $value.join(",") : undefined }}';

export const bodyOf = (requestOptions: IHttpRequestOptions): IDataObject => {
	if (!requestOptions.body || typeof requestOptions.body !== 'object') requestOptions.body = {};
	return requestOptions.body as IDataObject;
};

/** The parameter holding a numeric record ID (integrations, filters, notifications, caller IDs). */
export function numericIdField(
	resource: string,
	operations: string[],
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder: '12345',
		description,
		displayOptions: { show: { resource: [resource], operation: operations } },
	};
}
