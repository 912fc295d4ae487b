import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { type ListOptions, loopPages, type PageRequester } from '../../kernel/pageLoop';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryPolicyFor, withRetries } from '../../kernel/retry';
import { inputError, noRecordsForModel } from '../../kernel/tool';

/*
 * The action node's pagination hooks for n8n's declarative routing (Get Many, and the retries of single requests), on
 * the kernel's page loop (nodes/kernel/pageLoop.ts), which the polling trigger uses too.
 */

type RequestData = DeclarativeRestApiSettings.ResultOptions;

function retryPolicy(ctx: IExecutePaginationFunctions, method = 'GET'): RetryPolicy {
	const wait = ctx.getNodeParameter('options.maxRateLimitWait', DEFAULT_RETRY_POLICY.maxRateLimitWaitSeconds);
	return retryPolicyFor(method, Number(wait));
}

/** Return All and Limit of the operation: how many records to read, at most. */
function recordLimit(ctx: IExecutePaginationFunctions): number {
	const returnAll = ctx.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : Number(ctx.getNodeParameter('limit', 50));
	if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
		throw inputError(ctx, `Limit must be a whole number of at least 1; got ${JSON.stringify(ctx.getNodeParameter('limit', null)) ?? 'nothing'}`, 'Or set Return All to true.');
	}
	return limit;
}

/**
 * The records of every page (up to Return All / Limit) through the engine's routing request and the kernel's page
 * loop: filters on every page, a 429 waits (up to the Max Wait option) and repeats the same page. `onPage` sees each
 * page's envelope.
 */
export async function routingPages(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
	list: ListOptions,
	onPage?: (body: IDataObject) => void,
): Promise<IDataObject[]> {
	const limit = recordLimit(this);
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
	return records;
}

/** A "Get Many" through the engine's routing request (`routingPages`); items are records, not envelopes. */
export async function paginateRouting(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
	list: ListOptions,
	onPage?: (body: IDataObject) => void,
): Promise<INodeExecutionData[]> {
	const records = await routingPages.call(this, requestData, list, onPage);
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

/** One record's request, any method: a 429 waits and repeats it, a 5xx repeats only a GET (`retryPolicyFor`). */
export async function retryingRequest(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	return await withRetries(
		this.getNode(),
		async () => await this.makeRoutingRequest(requestData),
		retryPolicy(this, requestData.options.method ?? 'GET'),
	);
}
