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

/** Signing keys as a user pastes them: one or more, separated by commas, spaces or new lines. */
export function splitKeys(value: unknown): string[] {
	return String(value ?? '')
		.split(/[\s,]+/)
		.map((k) => k.trim())
		.filter(Boolean);
}
