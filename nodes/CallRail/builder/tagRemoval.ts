import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { callRailApiRequest, callRailApiRequestAllItems } from '../../kernel/transport';
import { tagNames } from '../../kernel/vocabulary';
import { bodyOf, failItem, type PreSend } from './routing';
import { retentionFloorDay } from '../../kernel/vocabulary';

/** The record's current tags, or undefined when the record carries none of the tags to remove. */
type ReadTags = (ctx: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions, unwanted: string[]) => Promise<unknown>;

/**
 * Tag Mode "Remove": CallRail only appends or replaces tags ("If append_tags is not set, this will replace all
 * existing tags"), so the record's tags are read first and the others are written back with Replace semantics.
 */
function removeTagsWith(readTags: ReadTags): PreSend {
	return async function removeTags(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (this.getNodeParameter('updateFields.tagMode', 'append') !== 'remove') return requestOptions;
		const body = bodyOf(requestOptions);
		const unwanted = tagNames(body.tags);
		if (unwanted.length === 0) failItem(this, 'Add the tags to remove', 'Tag Mode Remove needs at least one tag name in Tags.');
		const current = await readTags(this, requestOptions, unwanted);
		const lowerUnwanted = new Set(unwanted.map((name) => name.toLowerCase()));
		if (current === undefined) {
			// None of them is on the record: its tags stay exactly as they are.
			delete body.tags;
			delete body.append_tags;
			return requestOptions;
		}
		body.tags = tagNames(current).filter((name) => !lowerUnwanted.has(name.toLowerCase()));
		body.append_tags = false;
		return requestOptions;
	};
}

const purpose = (ctx: IExecuteSingleFunctions, operation: string) => ({
	resource: String(ctx.getNodeParameter('resource', '')),
	operation,
});

/** Reads the record at the update's own path (`readQuery`, e.g. `fields=tags` where tags are an optional field): two requests. */
export function removeTagsBeforeUpdate(readQuery: IDataObject = {}): PreSend {
	return removeTagsWith(async (ctx, requestOptions) => {
		const record = await callRailApiRequest.call(ctx, {
			method: 'GET',
			path: String(requestOptions.url),
			qs: readQuery,
			purpose: purpose(ctx, 'get'),
		});
		return record.tags ?? [];
	});
}

/**
 * Form submissions have no single read in the reference, so the list finds the record among those that carry any of
 * the tags to remove (`tags` filter, with `fields=tags`, over all CallRail keeps): one request per 250 such
 * submissions, then the update.
 */
export const removeFormSubmissionTagsBeforeUpdate: PreSend = removeTagsWith(async (ctx, requestOptions, unwanted) => {
	const id = String(ctx.getNodeParameter('formSubmissionId', '', { extractValue: true }) ?? '').trim();
	const listPath = String(requestOptions.url).replace(/\/[^/]+\.json$/, '.json');
	const carrying = await callRailApiRequestAllItems.call(ctx, listPath, 'form_submissions', {
		tags: unwanted.join(','),
		fields: 'tags',
		start_date: retentionFloorDay(),
	});
	return carrying.find((record) => String(record.id) === id)?.tags;
});
