import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { callRailApiRequest } from '../../kernel/transport';
import { tagNames } from '../../kernel/vocabulary';
import { bodyOf, failItem, type PreSend } from './routing';

/**
 * Tag Mode "Remove": CallRail only appends or replaces tags ("If append_tags is not set, this will replace all
 * existing tags"), so the record is read first (a GET of the update's own path, with `readQuery`, e.g. `fields=tags`
 * where tags are an optional field) and its other tags are written back with Replace semantics: two requests.
 */
export function removeTagsBeforeUpdate(readQuery: IDataObject = {}): PreSend {
	return async function removeTags(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (this.getNodeParameter('updateFields.tagMode', 'append') !== 'remove') return requestOptions;
		const body = bodyOf(requestOptions);
		const unwanted = new Set(tagNames(body.tags).map((name) => name.toLowerCase()));
		if (unwanted.size === 0) failItem(this, 'Add the tags to remove', 'Tag Mode Remove needs at least one tag name in Tags.');
		const record = await callRailApiRequest.call(this, {
			method: 'GET',
			path: String(requestOptions.url),
			qs: readQuery,
			purpose: { resource: String(this.getNodeParameter('resource', '')), operation: 'get' },
		});
		body.tags = tagNames(record.tags).filter((name) => !unwanted.has(name.toLowerCase()));
		body.append_tags = false;
		return requestOptions;
	};
}
