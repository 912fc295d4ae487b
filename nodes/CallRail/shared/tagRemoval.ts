import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { callRailApiRequest } from '../../shared/transport';
import type { PreSend } from './routing';
import { bodyOf, splitList } from './routing';

const tagName = (tag: unknown) => String(tag && typeof tag === 'object' ? (tag as IDataObject).name : tag);

/**
 * Tag Mode "Remove": CallRail only appends or replaces tags ("If append_tags is not set, this will replace all
 * existing tags"), so the record is read first (`GET` of the record's own path, with `readQuery`, e.g. `fields=tags`
 * where tags are an optional field) and its other tags are written back with Replace semantics: two requests.
 */
export function removeTagsBeforeUpdate(readQuery: IDataObject = {}): PreSend {
	return async function removeTags(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (this.getNodeParameter('updateFields.tagMode', 'append') !== 'remove') return requestOptions;
		const body = bodyOf(requestOptions);
		const unwanted = new Set(splitList(body.tags).map((name) => name.toLowerCase()));
		const record = await callRailApiRequest.call(this, { method: 'GET', path: String(requestOptions.url), qs: readQuery });
		const current = record.tags;
		body.tags = (Array.isArray(current) ? current : []).map(tagName).filter((name) => !unwanted.has(name.toLowerCase()));
		body.append_tags = false;
		return requestOptions;
	};
}
