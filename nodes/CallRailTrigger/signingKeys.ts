import type { IWebhookFunctions } from 'n8n-workflow';

import type { Delivery } from './delivery';
import { accountIdOf } from '../kernel/ids';
import { fetchSigningKey, type TriggerStaticData } from './registration';
import { memoryScope } from './replay';
import { findSigningKey, splitKeys } from './signature';

/** A delivery no known key verifies makes the node re-read that company's key at most this often. */
const KEY_RECHECK_MS = 10 * 60_000;

/**
 * Per trigger node and company, in the process: when the key was last re-read and what CallRail returned. Kept out of
 * static data so that forged requests store nothing; a key that verifies a delivery is then saved in static data.
 */
const keyChecks = new Map<string, { at: number; signingKey?: string }>();

/**
 * The key that signed the delivery, if the node knows it. Automatic setup tries the keys it stored at activation
 * (the sending company's first: a payload may name the company by an older id), then the credential's Webhook Signing
 * Keys, then the sending company's key re-read from CallRail (it may have been regenerated since). Manual setup has
 * only the credential's keys.
 */
export async function verifyingKey(ctx: IWebhookFunctions, data: TriggerStaticData, delivery: Delivery, manual: boolean): Promise<string | undefined> {
	const { rawBody, signature, payload } = delivery;
	const companyId = String(payload.company_resource_id ?? payload.company_id ?? '');
	const stored = manual ? [] : storedKeys(data, companyId);
	const verified = findSigningKey(stored, rawBody, signature);
	if (verified) return verified;
	const credential = await credentialKeys(ctx);
	const fallback = findSigningKey(credential, rawBody, signature) ?? (manual ? undefined : await refreshedKey(ctx, data, companyId, delivery));
	if (!fallback && !stored.length && !credential.length) {
		ctx.logger.warn(
			manual
				? "CallRail Trigger has no signing key to check a delivery against (Manual setup reads the credential's Webhook Signing Keys); it was rejected"
				: 'CallRail Trigger has no signing key to check a delivery against; it was rejected',
		);
	}
	return fallback;
}

function storedKeys(data: TriggerStaticData, companyId: string): string[] {
	const stored = data.companies ?? {};
	const own = stored[companyId]?.signingKey;
	const others = Object.values(stored)
		.map((company) => company.signingKey)
		.filter((key): key is string => Boolean(key) && key !== own);
	return [...(own ? [own] : []), ...others];
}

/**
 * Read only when the stored keys did not verify: in n8n 2.x every credential read evaluates the credential's fields in
 * a fresh expression isolate, tens of milliseconds per delivery on a busy machine.
 */
async function credentialKeys(ctx: IWebhookFunctions): Promise<string[]> {
	try {
		return splitKeys((await ctx.getCredentials('callRailApi')).webhookSigningSecrets);
	} catch (error) {
		ctx.logger.warn(`CallRail Trigger could not read its credential: ${(error as Error).message}`);
		return [];
	}
}

/**
 * For a company this workflow registered, the key fetched again (at most once per KEY_RECHECK_MS, so forged
 * deliveries cannot spend the API quota) if it signed this delivery; only then is it saved in static data.
 */
async function refreshedKey(ctx: IWebhookFunctions, data: TriggerStaticData, companyId: string, { rawBody, signature }: Delivery): Promise<string | undefined> {
	const entry = data.companies?.[companyId];
	if (!entry) return undefined;
	const checkKey = `${memoryScope(ctx.getWorkflow().id, ctx.getNode().id, false)}:${companyId}`;
	const now = Date.now();
	let check = keyChecks.get(checkKey);
	if (!check || now - check.at >= KEY_RECHECK_MS) {
		let signingKey: string | undefined;
		try {
			signingKey = (await fetchSigningKey.call(ctx, accountIdOf(ctx), companyId)).signingKey;
		} catch (error) {
			ctx.logger.warn(`CallRail Trigger could not re-read the signing key of company ${companyId}: ${(error as Error).message}`);
		}
		check = { at: now, signingKey };
		keyChecks.set(checkKey, check);
	}
	const fetched = check.signingKey;
	if (!fetched || fetched === entry.signingKey || !findSigningKey([fetched], rawBody, signature)) return undefined;
	data.companies = { ...data.companies, [companyId]: { ...entry, signingKey: fetched } };
	return fetched;
}
