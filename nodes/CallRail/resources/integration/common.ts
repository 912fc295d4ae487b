import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyRouting,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isValidId } from '../../shared/validation';

/**
 * Helpers shared by the integration, integration filter, notification, outbound caller ID, summary email and
 * message flow resources. They only add local checks; requests still go through `validateInput` and
 * `throwOnErrorResponse` via the routing builders.
 */

type PreSend = (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/** Appends preSend functions to a routing built by `recordRouting` or `listRouting` (they run after `validateInput`). */
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
	throw new NodeOperationError(ctx.getNode(), message, { description, itemIndex: ctx.getItemIndex() });
}

/** A record ID typed by the user: integers for integrations, filters, notifications and caller IDs; prefixed otherwise. */
export function checkIdParameter(name: string, label: string, prefix?: string): PreSend {
	return async function checkId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = String(this.getNodeParameter(name, '') ?? '').trim();
		if (!isValidId(value, prefix)) {
			failItem(
				this,
				`"${value}" is not a valid ${label} ID`,
				prefix
					? `CallRail ${label} IDs look like ${prefix} followed by 32 hexadecimal characters.`
					: `CallRail ${label} IDs are whole numbers.`,
			);
		}
		return requestOptions;
	};
}

const RECORD_ID_FIELDS: Record<string, { prefix?: string; label: string }> = {
	agent_id: { prefix: 'USR', label: 'agent (user)' },
	company_id: { prefix: 'COM', label: 'company' },
	integration_id: { label: 'integration' },
	tracker_id: { prefix: 'TRK', label: 'tracker' },
	user_id: { prefix: 'USR', label: 'user' },
};

/**
 * IDs chosen inside collections are not seen by `validateInput`, which reads top-level parameters only;
 * this checks the ID fields of the query and body, and every entry of `tracker_ids`.
 */
export const checkRecordIds: PreSend = async function (this: IExecuteSingleFunctions, requestOptions) {
	const sources = [requestOptions.qs ?? {}, (requestOptions.body ?? {}) as IDataObject] as IDataObject[];
	for (const source of sources) {
		if (typeof source !== 'object' || source === null) continue;
		for (const [field, { prefix, label }] of Object.entries(RECORD_ID_FIELDS)) {
			const value = source[field];
			if (value === undefined || value === null || value === '') continue;
			if (!isValidId(String(value).trim(), prefix)) {
				failItem(
					this,
					`"${String(value)}" is not a valid ${label} ID`,
					prefix ? `CallRail ${label} IDs look like ${prefix} followed by 32 hexadecimal characters.` : `CallRail ${label} IDs are whole numbers.`,
				);
			}
		}
		const trackers = source.tracker_ids;
		if (Array.isArray(trackers)) {
			for (const tracker of trackers) {
				if (!isValidId(String(tracker), 'TRK')) {
					failItem(this, `"${String(tracker)}" is not a valid tracker ID`, 'CallRail tracker IDs look like TRK followed by 32 hexadecimal characters.');
				}
			}
		}
	}
	return requestOptions;
};

/** A free-text list parameter (multiple values, each possibly comma-separated) as a clean array. */
export function splitList(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
	return entries
		.flatMap((entry) => String(entry).split(','))
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

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

/** `{ "deleted": true, "id": … }` (or another flag) in place of a 204's empty body. */
export function flagResult(
	flag: string,
	idParameter: string,
): NonNullable<INodePropertyRouting['output']>['postReceive'] {
	return [
		{
			type: 'set',
			properties: { value: `={{ { "${flag}": true, "id": $parameter["${idParameter}"] } }}` },
		},
	];
}

export type { PreSend };
