import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { returnAllAndLimit } from './descriptions';
import { routingPages } from './pagination';

type PostReceiveStep = DeclarativeRestApiSettings.ResultOptions['postReceive'][number];

/**
 * Reads one record over several requests (`read`), each passing only the operation's error check (the first
 * post-receive action); the operation's other steps (Output, media download, report shaping) then run once, on the
 * merged record `read` returns.
 */
export async function readInParts(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	read: () => Promise<IDataObject>,
): Promise<INodeExecutionData[]> {
	const steps = requestData.postReceive;
	const [first, ...rest] = steps;
	const afterwards: PostReceiveStep[] = first ? [{ ...first, actions: first.actions.slice(1) }, ...rest] : [];
	requestData.postReceive = first ? [{ ...first, actions: first.actions.slice(0, 1) }] : [];
	let body: IDataObject;
	try {
		body = await read();
	} finally {
		requestData.postReceive = steps;
	}
	let items: INodeExecutionData[] = [{ json: body, pairedItem: { item: this.getItemIndex() } }];
	// n8n runs post-receive steps in the item's request context, the prototype of this pagination one; Output
	// reads there what its request step saw.
	const context = Object.getPrototypeOf(this) as IExecuteSingleFunctions;
	const response = { body, headers: {}, statusCode: 200, statusMessage: 'OK' } as IN8nHttpFullResponse;
	for (const step of afterwards) {
		for (const action of step.actions) {
			if (typeof action === 'function') items = await action.call(context, items, response);
		}
	}
	return items;
}

/**
 * A Get whose one record carries its messages in pages (an SMS thread, a text conversation): every page, or Limit
 * messages, through the kernel's page loop, merged in CallRail's order (newest first) into the one record.
 */
function paginateMessages(maxPageSize: number) {
	return async function paginateRecordMessages(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		return await readInParts.call(this, requestData, async () => {
			let record: IDataObject = {};
			const messages = await routingPages.call(this, requestData, { envelope: 'messages', maxPageSize }, (body) => {
				if (Object.keys(record).length === 0) record = body;
			});
			// The page counters describe one page; the item is every page (total_records still counts the messages).
			const merged: IDataObject = { ...record, messages };
			for (const counter of ['page', 'per_page', 'total_pages']) delete merged[counter];
			return merged;
		});
	};
}

/**
 * Return All and Limit, counting the messages of one record (newest first); Return All carries the paging. Every message by default, so
 * a thread is never cut at one page without a word.
 */
export function messagePaging(maxPageSize: number): INodeProperties[] {
	const [returnAll, limit] = returnAllAndLimit(undefined);
	return [{ ...returnAll, default: true, routing: { operations: { pagination: paginateMessages(maxPageSize) } } }, limit];
}
