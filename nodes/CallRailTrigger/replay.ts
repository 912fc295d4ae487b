import { createHash } from 'crypto';

/**
 * The memory of accepted deliveries, to answer a replay 200 without starting anything.
 *
 * n8n loads a workflow's static data for each webhook request and writes all of it back afterwards, so two requests
 * in flight each write their own copy and the last one wins: static data alone forgets deliveries under concurrency.
 * The memory therefore lives in the process (shared by every request this process handles for one trigger node),
 * and static data is its copy that survives a restart: each request merges what static data holds into the process
 * memory, checks and records in one synchronous step (no `await` in between, so two concurrent requests cannot both
 * pass), and writes the whole bounded memory back into static data.
 */

/** At most this many digests (and record keys) are remembered per trigger node... */
export const MEMORY_LIMIT = 5000;
/** ...for at most this long. A replay older than this is accepted again, as is one beyond MEMORY_LIMIT deliveries. */
export const MEMORY_MAX_AGE_MS = 7 * 24 * 60 * 60_000;

/** What static data keeps (epoch ms of acceptance per entry, oldest first). */
export interface StoredMemory {
	/** SHA-256 (base64url) of the exact signed bytes of each accepted delivery. */
	deliveries?: Record<string, number>;
	/** `<event>:<resource id>` of events a record fires once (pre-call, post-call, texts, forms...). */
	records?: Record<string, number>;
}

export type Verdict = 'new' | 'replay' | 'duplicate';

interface Memory {
	deliveries: Map<string, number>;
	records: Map<string, number>;
}

const memories = new Map<string, Memory>();

/** SHA-256 of the exact bytes the signature covers: the same delivery again has the same digest, whatever its headers. */
export function deliveryDigest(rawBody: Buffer | string): string {
	return createHash('sha256').update(rawBody).digest('base64url');
}

/** One memory per trigger node and per URL kind (test deliveries are kept apart, as n8n keeps their static data apart). */
export const memoryScope = (workflowId: string | undefined, nodeId: string, isTest: boolean) =>
	`${workflowId ?? ''}:${nodeId}:${isTest ? 'test' : 'production'}`;

function merge(into: Map<string, number>, stored: Record<string, number> | undefined, cutoff: number): void {
	if (!stored || typeof stored !== 'object') return;
	let added = false;
	for (const [key, at] of Object.entries(stored)) {
		if (typeof at === 'number' && at >= cutoff && !into.has(key)) {
			into.set(key, at);
			added = true;
		}
	}
	if (added) {
		const sorted = [...into.entries()].sort((a, b) => a[1] - b[1]);
		into.clear();
		for (const [key, at] of sorted) into.set(key, at);
	}
}

function prune(map: Map<string, number>, cutoff: number): void {
	for (const [key, at] of map) {
		if (at >= cutoff && map.size <= MEMORY_LIMIT) break;
		map.delete(key);
	}
}

/**
 * Decides whether a verified delivery is new and, if it is, remembers it. `recordKey` is given only for events a
 * record fires once. Returns the verdict and the bounded memory to write into static data (undefined when nothing
 * changed, so a replay writes nothing).
 */
export function admitDelivery(
	scope: string,
	stored: StoredMemory,
	digest: string,
	recordKey: string | undefined,
	now = Date.now(),
): { verdict: Verdict; toStore?: Required<StoredMemory> } {
	let memory = memories.get(scope);
	if (!memory) {
		memory = { deliveries: new Map(), records: new Map() };
		memories.set(scope, memory);
	}
	const cutoff = now - MEMORY_MAX_AGE_MS;
	merge(memory.deliveries, stored.deliveries, cutoff);
	merge(memory.records, stored.records, cutoff);

	const seenAt = memory.deliveries.get(digest);
	if (seenAt !== undefined && seenAt >= cutoff) return { verdict: 'replay' };
	const recordAt = recordKey === undefined ? undefined : memory.records.get(recordKey);
	if (recordAt !== undefined && recordAt >= cutoff) return { verdict: 'duplicate' };

	memory.deliveries.delete(digest);
	memory.deliveries.set(digest, now);
	if (recordKey !== undefined) {
		memory.records.delete(recordKey);
		memory.records.set(recordKey, now);
	}
	prune(memory.deliveries, cutoff);
	prune(memory.records, cutoff);
	return {
		verdict: 'new',
		toStore: { deliveries: Object.fromEntries(memory.deliveries), records: Object.fromEntries(memory.records) },
	};
}

/** Forgets a scope's process memory (its static data is untouched): what a restart of n8n does. */
export function forgetProcessMemory(scope?: string): void {
	if (scope === undefined) memories.clear();
	else memories.delete(scope);
}
