import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { inputError, noRecordsForModel } from './tool';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, withRetries } from './retry';

/** CallRail serves at most 250 records a page on list endpoints. */
export const MAX_PAGE_SIZE = 250;

export interface ListOptions {
	/** Name of the array in CallRail's list envelope, e.g. `calls`. */
	envelope: string;
	/** Calls support cursor-like relative pagination, which stays consistent while new calls arrive. */
	relative?: boolean;
	/** Largest `per_page` this endpoint accepts. */
	maxPageSize?: number;
}

type RequestData = DeclarativeRestApiSettings.ResultOptions;

function retryPolicy(ctx: IExecutePaginationFunctions): RetryPolicy {
	const wait = ctx.getNodeParameter('options.maxRateLimitWait', DEFAULT_RETRY_POLICY.maxRateLimitWaitSeconds);
	return { ...DEFAULT_RETRY_POLICY, maxRateLimitWaitSeconds: Number(wait) };
}

/** Keeps the path and query of CallRail's absolute `next_page` URL but sends it to the configured base URL (gateway, proxy or sandbox). */
export function rebaseNextPage(nextPage: string, baseURL: string | undefined): string {
	const at = nextPage.indexOf('/v3/');
	if (at === -1 || !baseURL) return nextPage;
	return baseURL.replace(/\/+$/, '') + nextPage.slice(at);
}

/**
 * The pagination function of every "Get Many" operation. It owns the page loop so that Limit asks for no more
 * than it needs, filters stay on every page, a 429 waits and repeats the same page, and items are records, not envelopes.
 */
export function paginateList(list: ListOptions) {
	return async function paginate(
		this: IExecutePaginationFunctions,
		requestData: RequestData,
	): Promise<INodeExecutionData[]> {
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		const limit = returnAll ? Infinity : Number(this.getNodeParameter('limit', 50));
		if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
			throw inputError(this, `Limit must be a whole number of at least 1; got ${JSON.stringify(this.getNodeParameter('limit', null)) ?? 'nothing'}`, 'Or set Return All to true.');
		}
		const maxPageSize = list.maxPageSize ?? MAX_PAGE_SIZE;
		const perPage = returnAll ? maxPageSize : Math.max(1, Math.min(limit, maxPageSize));
		const policy = retryPolicy(this);

		const base = requestData.options;
		const items: INodeExecutionData[] = [];
		// One shared pairedItem: every record comes from the same input item, and 50,000 copies would cost memory.
		const pairedItem = { item: this.getItemIndex() };
		let qs: IDataObject = { ...(base.qs ?? {}), per_page: perPage };
		let url = base.url;
		if (list.relative) qs.relative_pagination = true;
		else qs.page = 1;

		for (;;) {
			const page = { ...requestData, options: { ...base, url, qs } };
			const [item] = await withRetries(this.getNode(), async () => await this.makeRoutingRequest(page), policy);
			const body = (item?.json ?? {}) as IDataObject;
			const pageRecords = body[list.envelope];
			if (!Array.isArray(pageRecords)) {
				throw new NodeOperationError(
					this.getNode(),
					`CallRail's answer has no "${list.envelope}" list`,
					{ itemIndex: this.getItemIndex() },
				);
			}
			for (const record of pageRecords as IDataObject[]) {
				if (items.length >= limit) break;
				items.push({ json: record, pairedItem });
			}
			if (items.length >= limit || pageRecords.length === 0) break;

			if (list.relative) {
				if (!body.has_next_page || typeof body.next_page !== 'string') break;
				url = rebaseNextPage(body.next_page, base.baseURL);
				qs = {};
			} else {
				const current = Number(body.page ?? qs.page);
				if (current >= Number(body.total_pages ?? current)) break;
				qs = { ...qs, page: current + 1 };
			}
		}

		return noRecordsForModel(this, items, list.envelope.replace(/[_-]/g, ' '));
	};
}

/** Single GETs are safe to repeat, so they share the 429/5xx policy of the lists. */
export async function retryingRequest(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	return await withRetries(
		this.getNode(),
		async () => await this.makeRoutingRequest(requestData),
		DEFAULT_RETRY_POLICY,
	);
}
