import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { CALLRAIL_API_URL, MATON_GATEWAY_URL } from '../../../credentials/CallRailApi.credentials';
import { createCallRailError, type RequestPurpose } from './errors';
import { MAX_PAGE_SIZE } from './pagination';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, withRetries } from './retry';

export type CallRailContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IPollFunctions
	| IWebhookFunctions;

export const CREDENTIAL_NAME = 'callRailApi';

export async function getBaseUrl(this: CallRailContext): Promise<string> {
	const credentials = await this.getCredentials(CREDENTIAL_NAME);
	const url =
		credentials.authMode === 'matonGateway'
			? String(credentials.matonBaseUrl || MATON_GATEWAY_URL)
			: String(credentials.baseUrlOverride || CALLRAIL_API_URL);
	return url.replace(/\/+$/, '');
}

export interface CallRailRequest {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	purpose?: RequestPurpose;
	/** Only requests that are safe to repeat may be retried; never one that places a call or sends a text. */
	retry?: RetryPolicy | false;
}

/** A request from code (list searches, triggers): same credential, base URL, error hints and retry policy as the node. */
export async function callRailApiRequest(
	this: CallRailContext,
	request: CallRailRequest,
): Promise<IDataObject> {
	const baseURL = await getBaseUrl.call(this);
	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL,
		url: request.path,
		qs: request.qs,
		arrayFormat: 'brackets',
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	if (request.body) options.body = request.body;

	const send = async (): Promise<IDataObject> => {
		const response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			CREDENTIAL_NAME,
			options,
		)) as { statusCode: number; body: unknown; headers: IDataObject };
		if (response.statusCode >= 400) {
			throw createCallRailError(this.getNode(), response.statusCode, response.body, { ...request.purpose, method: request.method }, response.headers);
		}
		return response.body as IDataObject;
	};
	const retry = request.retry ?? (request.method === 'GET' ? DEFAULT_RETRY_POLICY : false);
	return retry ? await withRetries(this.getNode(), send, retry) : await send();
}

/** Every record of an offset-paginated list, 250 a page. */
export async function callRailApiRequestAllItems(
	this: CallRailContext,
	path: string,
	envelope: string,
	qs: IDataObject = {},
	maxRecords = Infinity,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const body = await callRailApiRequest.call(this, {
			method: 'GET',
			path,
			qs: { ...qs, page, per_page: Math.min(MAX_PAGE_SIZE, maxRecords) },
		});
		const pageRecords = (body[envelope] as IDataObject[] | undefined) ?? [];
		records.push(...pageRecords);
		if (records.length >= maxRecords || pageRecords.length === 0) break;
		if (page >= Number(body.total_pages ?? page)) break;
	}
	return records.slice(0, maxRecords);
}
