import type { INode } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { hintForStatus, isCallRailError } from './errors';

export interface RetryPolicy {
	/** Longest total time spent waiting out 429s before giving up. */
	maxRateLimitWaitSeconds: number;
	/** How often a 5xx may be retried: only a GET is safe to repeat after one. */
	serverErrorRetries: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRateLimitWaitSeconds: 60, serverErrorRetries: 2 };

/**
 * What may be repeated is decided by the HTTP method alone. A 429 means CallRail did nothing ("Applications should
 * detect this code and react by pausing or slowing requests until the 429 clears", reference, Rate Limiting), so
 * every method waits and repeats it. After a 5xx a POST, PUT or DELETE may already have placed a call, sent a text
 * or changed a record, so only a GET is repeated.
 */
export function retryPolicyFor(
	method: string,
	maxRateLimitWaitSeconds = DEFAULT_RETRY_POLICY.maxRateLimitWaitSeconds,
): RetryPolicy {
	const serverErrorRetries = method.toUpperCase() === 'GET' ? DEFAULT_RETRY_POLICY.serverErrorRetries : 0;
	return { maxRateLimitWaitSeconds, serverErrorRetries };
}

const FIRST_BACKOFF_SECONDS = 1;

/**
 * Runs one request again after a 429 (honouring Retry-After, else doubling backoff) within a total wait budget,
 * and after a 5xx as often as the policy allows (never, for a write: see `retryPolicyFor`). The caller repeats the
 * exact same request, so pagination that goes through here never skips or repeats a page.
 */
export async function withRetries<T>(
	node: INode,
	request: () => Promise<T>,
	policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
	let waitedSeconds = 0;
	let backoff = FIRST_BACKOFF_SECONDS;
	let serverErrors = 0;
	for (;;) {
		try {
			return await request();
		} catch (caught) {
			const error =
				caught instanceof NodeApiError || caught instanceof NodeOperationError
					? caught
					: new NodeOperationError(node, caught as Error);
			if (isCallRailError(error, 429)) {
				const suggested = Number(error.context.retryAfterSeconds ?? backoff);
				const wait = Math.max(0, suggested);
				if (waitedSeconds + wait > policy.maxRateLimitWaitSeconds) {
					throw rateLimitExhausted(error, waitedSeconds);
				}
				await sleep(wait * 1000);
				waitedSeconds += wait;
				backoff = Math.min(backoff * 2, 60);
				continue;
			}
			if (isServerError(error) && serverErrors < policy.serverErrorRetries) {
				serverErrors++;
				await sleep(FIRST_BACKOFF_SECONDS * 1000 * 2 ** (serverErrors - 1));
				continue;
			}
			throw error;
		}
	}
}

function isServerError(error: unknown): error is NodeApiError {
	return error instanceof NodeApiError && Number(error.httpCode) >= 500 && Number(error.httpCode) < 600;
}

function rateLimitExhausted(error: NodeApiError, waitedSeconds: number): NodeApiError {
	error.message = `CallRail's rate limit is still in force after waiting ${Math.round(waitedSeconds)} s`;
	error.description = hintForStatus(429);
	return error;
}
