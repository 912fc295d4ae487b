import type {
	ICredentialDataDecryptedObject,
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

import { CALLRAIL_API_URL, MATON_GATEWAY_URL } from '../../credentials/CallRailApi.credentials';
import { createCallRailError, type RequestPurpose } from './errors';
import { loopPages } from './pageLoop';
import { type RetryPolicy, retryPolicyFor, withRetries } from './retry';

export type CallRailContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IPollFunctions
	| IWebhookFunctions;

export const CREDENTIAL_NAME = 'callRailApi';

/** `BASE_URL_EXPRESSION` of the credential, for requests sent from code; a test checks they agree in every mode. */
export function callRailBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const url =
		credentials.authMode === 'matonGateway'
			? String(credentials.matonBaseUrl || MATON_GATEWAY_URL)
			: String(credentials.baseUrlOverride || CALLRAIL_API_URL);
	return url.replace(/\/+$/, '');
}

export async function getBaseUrl(this: CallRailContext): Promise<string> {
	return callRailBaseUrl(await this.getCredentials(CREDENTIAL_NAME));
}

export interface CallRailRequest {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	purpose?: RequestPurpose;
	/** Defaults to `retryPolicyFor(method)`: a 429 repeats any method, a 5xx only a GET; `false` sends once. */
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
	const retry = request.retry ?? retryPolicyFor(request.method);
	return retry ? await withRetries(this.getNode(), send, retry) : await send();
}

/** Every record of a list (or the first `maxRecords`), through the one page loop. */
export async function callRailApiRequestAllItems(
	this: CallRailContext,
	path: string,
	envelope: string,
	qs: IDataObject = {},
	maxRecords = Infinity,
): Promise<IDataObject[]> {
	const { records } = await loopPages(
		async (url, query) => await callRailApiRequest.call(this, { method: 'GET', path: url, qs: query }),
		{ envelope, url: path, qs, limit: maxRecords },
	);
	return records;
}
