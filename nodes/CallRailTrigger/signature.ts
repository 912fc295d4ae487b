import { createHmac, timingSafeEqual } from 'crypto';

/**
 * CallRail signs each webhook with the company's signing key: base64 of HMAC-SHA1 over the exact bytes it sent.
 * The key is used as the ASCII string CallRail shows (not hex-decoded).
 */
export function computeSignature(signingKey: string, rawBody: Buffer | string): string {
	return createHmac('sha1', signingKey).update(rawBody).digest('base64');
}

/** Constant-time check of the `Signature` header against one signing key; never throws. */
export function isValidSignature(signingKey: string, rawBody: Buffer | string, signature: string | undefined): boolean {
	if (!signingKey || !signature) return false;
	const expected = Buffer.from(computeSignature(signingKey, rawBody));
	const actual = Buffer.from(signature.trim());
	if (expected.length !== actual.length) return false;
	return timingSafeEqual(expected, actual);
}

/** The first of the candidate keys that signed this body, if any. */
export function findSigningKey(
	candidates: string[],
	rawBody: Buffer | string,
	signature: string | undefined,
): string | undefined {
	return candidates.find((candidate) => isValidSignature(candidate, rawBody, signature));
}

/** Whether the payload's `timestamp` lies within `windowMinutes` of now (either side). Missing or unreadable → true. */
export function isFresh(timestamp: unknown, windowMinutes: number, now = Date.now()): boolean {
	if (!windowMinutes || windowMinutes <= 0) return true;
	if (typeof timestamp !== 'string' && typeof timestamp !== 'number') return true;
	const at = typeof timestamp === 'number' ? timestamp * (timestamp < 1e12 ? 1000 : 1) : Date.parse(timestamp);
	if (Number.isNaN(at)) return true;
	return Math.abs(now - at) <= windowMinutes * 60_000;
}
