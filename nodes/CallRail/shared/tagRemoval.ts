import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { callRailApiRequest } from '../../shared/transport';
import { tagNames } from '../../shared/vocabulary';
import { accountPath, bodyOf, failItem, type PreSend } from './routing';

/**
 * Tag Mode "Remove" of an Update (calls today; form submissions and SMS threads can use the same two pieces).
 * CallRail's updates take `tags` with `append_tags` ("append_tags … default false = replace") and nothing that removes
 * one tag, so Remove reads the record's current tags and writes back the others with Replace semantics: two requests.
 */

/** Adds "Remove" to the Tag Mode of `tagUpdateFields(subject)`, leaving every other field as it is. */
export function withRemoveTagMode(fields: INodeProperties[], subject: string): INodeProperties[] {
	return fields.map((field) => {
		if (field.name !== 'tagMode') return field;
		const remove = {
			name: 'Remove',
			value: 'remove',
			description: `Remove these tags from the ${subject} and keep the others. Costs two requests: the ${subject} is read first.`,
		};
		const options = [...((field.options ?? []) as Array<{ name: string }>), remove];
		return { ...field, options: options.sort((a, b) => a.name.localeCompare(b.name)) } as INodeProperties;
	});
}

/** `calls/{{$parameter.callId}}.json` with the item's parameter values, below the chosen account. */
function resolvedPath(ctx: IExecuteSingleFunctions, recordPath: string): string {
	const path = accountPath(recordPath).slice(1);
	return path.replace(/\{\{\s*\$parameter\.(\w+)\s*\}\}/g, (_, name: string) =>
		encodeURIComponent(String(ctx.getNodeParameter(name, '', { extractValue: true }) ?? '').trim()),
	);
}

/**
 * The preSend of Tag Mode Remove: when the item's Tag Mode (in the `collection` parameter) is Remove, reads the record
 * at `recordPath` (relative to the account, as in its declaration) with `fields=tags`, and sends the tags it has minus
 * the ones named, as a replacement. Other modes pass through untouched.
 */
export function removeTags(recordPath: string, collection = 'updateFields'): PreSend {
	return async function removeNamedTags(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const chosen = this.getNodeParameter(collection, {}) as IDataObject;
		if (chosen.tagMode !== 'remove') return requestOptions;
		const body = bodyOf(requestOptions);
		const unwanted = new Set(tagNames(body.tags));
		if (unwanted.size === 0) failItem(this, 'Add the tags to remove', 'Tag Mode Remove needs at least one tag name in Tags.');
		const record = await callRailApiRequest.call(this, {
			method: 'GET',
			path: resolvedPath(this, recordPath),
			qs: { fields: 'tags' },
			purpose: { resource: String(this.getNodeParameter('resource', '')), operation: 'get' },
		});
		body.tags = tagNames(record.tags).filter((name) => !unwanted.has(name));
		body.append_tags = false;
		return requestOptions;
	};
}
