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
	/** Calls support cursor-like relative pagination (`next_page`); every other list pages by number. */
	relative?: boolean;
	/** Largest `per_page` this endpoint accepts. */
	maxPageSize?: number;
}

export interface PageLoop extends ListOptions {
	/** The list's path; with relative pagination later pages follow `next_page` instead. */
	url: string;
	/** Filters and sort, sent with the first page (and, paging by number, with every page). */
	qs?: IDataObject;
	/** Most records wanted (default all); `per_page` asks for no more than that. */
	limit?: number;
	/** Sees each page's whole envelope (e.g. the lead summary sent beside a timeline). */
	onPage?: (body: IDataObject) => void;
	/** What to throw when a page lacks the envelope's list; without it such a page counts as empty. */
	missingList?: () => Error;
}

/** Sends one page request (url relative to the configured base URL, query) and returns CallRail's answer. */
export type PageRequester = (url: string, qs: IDataObject | undefined) => Promise<IDataObject>;

/**
 * The path and query of CallRail's absolute `next_page` URL, to be sent to the configured base URL (gateway, proxy
 * or sandbox) instead of the host CallRail names.
 */
export function rebaseNextPage(nextPage: string): string {
	const at = nextPage.indexOf('/v3/');
	return at === -1 ? nextPage : nextPage.slice(at);
}

/**
 * The one page loop of the package: Get Many, list searches, load options and the polling trigger all come here.
 * Offset lists page by number until `total_pages`; calls follow `next_page`. Either way a page may not start where
 * the previous one ended while records arrive (the reference says so of relative pagination), so a record already
 * returned is not returned again. Retries (a 429 repeats the same page) belong to `request`.
 */
export async function loopPages(
	request: PageRequester,
	loop: PageLoop,
): Promise<{ records: IDataObject[]; requests: number }> {
	const limit = loop.limit ?? Infinity;
	const perPage = Math.max(1, Math.min(limit, loop.maxPageSize ?? MAX_PAGE_SIZE));
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	let url = loop.url;
	let qs: IDataObject | undefined = loop.relative
		? { ...loop.qs, per_page: perPage, relative_pagination: true }
		: { ...loop.qs, per_page: perPage, page: 1 };
	let requests = 0;
	for (;;) {
		const body = await request(url, qs);
		requests++;
		loop.onPage?.(body);
		let page = body[loop.envelope];
		if (!Array.isArray(page)) {
			if (loop.missingList) throw loop.missingList();
			page = [];
		}
		for (const record of page as IDataObject[]) {
			if (records.length >= limit) break;
			const id = record?.id;
			if (id !== undefined && id !== null) {
				if (seen.has(String(id))) continue;
				seen.add(String(id));
			}
			records.push(record);
		}
		if (records.length >= limit || (page as unknown[]).length === 0) break;
		if (loop.relative) {
			if (!body.has_next_page || typeof body.next_page !== 'string') break;
			url = rebaseNextPage(body.next_page);
			qs = undefined;
		} else {
			const current: number = Number(body.page ?? qs?.page ?? 1);
			if (current >= Number(body.total_pages ?? current)) break;
			qs = { ...qs, page: current + 1 };
		}
	}
	return { records, requests };
}

type RequestData = DeclarativeRestApiSettings.ResultOptions;

function retryPolicy(ctx: IExecutePaginationFunctions): RetryPolicy {
	const wait = ctx.getNodeParameter('options.maxRateLimitWait', DEFAULT_RETRY_POLICY.maxRateLimitWaitSeconds);
	return { ...DEFAULT_RETRY_POLICY, maxRateLimitWaitSeconds: Number(wait) };
}

/**
 * A "Get Many" through the engine's routing request: Return All and Limit, filters on every page, a 429 waits
 * (up to the Max Wait option) and repeats the same page, and items are records, not envelopes. `onPage` sees
 * each page's envelope.
 */
export async function paginateRouting(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
	list: ListOptions,
	onPage?: (body: IDataObject) => void,
): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : Number(this.getNodeParameter('limit', 50));
	if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
		throw inputError(this, `Limit must be a whole number of at least 1; got ${JSON.stringify(this.getNodeParameter('limit', null)) ?? 'nothing'}`, 'Or set Return All to true.');
	}
	const policy = retryPolicy(this);
	const base = requestData.options;
	const request: PageRequester = async (url, qs) => {
		const page = { ...requestData, options: { ...base, url, qs: qs ?? {} } };
		const [item] = await withRetries(this.getNode(), async () => await this.makeRoutingRequest(page), policy);
		return (item?.json ?? {}) as IDataObject;
	};
	const { records } = await loopPages(request, {
		...list,
		url: base.url ?? '',
		qs: base.qs,
		limit,
		onPage,
		missingList: () =>
			new NodeOperationError(this.getNode(), `CallRail's answer has no "${list.envelope}" list`, {
				itemIndex: this.getItemIndex(),
			}),
	});
	// One shared pairedItem: every record comes from the same input item, and 50,000 copies would cost memory.
	const pairedItem = { item: this.getItemIndex() };
	const items = records.map((json): INodeExecutionData => ({ json, pairedItem }));
	return noRecordsForModel(this, items, list.envelope.replace(/[_-]/g, ' '));
}

/** The pagination function of every "Get Many" operation. */
export function paginateList(list: ListOptions) {
	return async function paginate(
		this: IExecutePaginationFunctions,
		requestData: RequestData,
	): Promise<INodeExecutionData[]> {
		return await paginateRouting.call(this, requestData, list);
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
