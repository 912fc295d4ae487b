import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { callRailApiRequest } from '../transport';

export interface RecordSearch {
	/** Path below the account, e.g. `companies.json`; empty for the account list itself. */
	path: string;
	envelope: string;
	/** The list supports CallRail's `search` parameter; otherwise the page is filtered here. */
	serverSearch: boolean;
	name: (record: IDataObject) => string;
	qs?: (ctx: ILoadOptionsFunctions) => IDataObject;
}

const PAGE_SIZE = 100;

export function currentAccountId(ctx: ILoadOptionsFunctions): string {
	const accountId = ctx.getCurrentNodeParameter('accountId', { extractValue: true }) as string | undefined;
	if (!accountId) {
		throw new NodeOperationError(ctx.getNode(), 'Choose an account first');
	}
	return accountId;
}

/**
 * Optional company filter of the list being searched; ignored when the user has not chosen one. Read from the raw
 * parameters because only one of `companyId` and `filters.companyId` is displayed at a time.
 */
export function currentCompanyQs(ctx: ILoadOptionsFunctions): IDataObject {
	const parameters = (ctx.getCurrentNodeParameters() ?? {}) as IDataObject;
	const filters = (parameters.filters ?? {}) as IDataObject;
	for (const candidate of [parameters.companyId, filters.companyId]) {
		const value = candidate && typeof candidate === 'object' ? (candidate as IDataObject).value : candidate;
		if (typeof value === 'string' && value && !value.startsWith('=')) return { company_id: value };
	}
	return {};
}

/**
 * The chosen company of a list CallRail keeps per company (integrations, caller IDs, integration filters): without
 * one there is nothing to list, so the search says which parameter to fill instead of asking CallRail.
 */
export function requiredCompanyQs(ctx: ILoadOptionsFunctions, records: string): IDataObject {
	const qs = currentCompanyQs(ctx);
	if (!qs.company_id) {
		throw new NodeOperationError(ctx.getNode(), `Choose a company first: CallRail lists ${records} one company at a time`);
	}
	return qs;
}

export async function searchRecords(
	ctx: ILoadOptionsFunctions,
	search: RecordSearch,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1);
	const qs: IDataObject = { page, per_page: PAGE_SIZE, ...(search.qs?.(ctx) ?? {}) };
	if (filter && search.serverSearch) qs.search = filter;
	const path = search.path ? `/v3/a/${currentAccountId(ctx)}/${search.path}` : '/v3/a.json';
	const body = await callRailApiRequest.call(ctx, { method: 'GET', path, qs });
	let records = (body[search.envelope] as IDataObject[] | undefined) ?? [];
	if (filter && !search.serverSearch) {
		const needle = filter.toLowerCase();
		records = records.filter((record) => search.name(record).toLowerCase().includes(needle));
	}
	return {
		results: records.map((record) => ({ name: search.name(record), value: String(record.id) })),
		paginationToken: page < Number(body.total_pages ?? page) ? String(page + 1) : undefined,
	};
}

/** The list search method (n8n's `methods.listSearch`) over one CallRail list. */
export function listSearchOf(search: RecordSearch) {
	return async function listSearch(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await searchRecords(this, search, filter, paginationToken);
	};
}
