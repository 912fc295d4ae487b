import type { IDataObject } from 'n8n-workflow';

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
	/** Ends the loop after a page that says nothing further is wanted (a newest-first list reaching known records). */
	stopAfter?: (page: IDataObject[]) => boolean;
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
 * The one page loop of the package: Get Many, records read over several pages and the polling trigger come here
 * (a list search asks for one page at a time, as the editor scrolls).
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
		if (records.length >= limit || (page as unknown[]).length === 0 || loop.stopAfter?.(page as IDataObject[])) break;
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
