import { createHash, randomBytes } from 'crypto';

/**
 * The memory of accepted deliveries, to answer a replay 200 without starting anything.
 *
 * n8n loads a workflow's static data for each webhook request and writes all of it back afterwards, so two requests
 * in flight each write their own copy and the last one wins: static data alone forgets deliveries under concurrency.
 * The memory therefore lives in the process (shared by every request this process handles for one trigger node),
 * and static data is its copy that survives a restart: each request merges what static data holds into the process
 * memory, checks and records in one synchronous step (no `await` in between, so two concurrent requests cannot both
 * pass), and writes the whole bounded memory back into static data, at most once per SAVE_INTERVAL_MS for new
 * deliveries: each write is a database write of the whole memory that n8n makes the request wait for, and in n8n
 * 2.40.7 the execution a new delivery starts writes back the older copy it loaded anyway. A request that starts
 * nothing (a repeat), whose save n8n keeps, writes whatever the memory holds that was not written.
 */

/** At most this many digests (and record keys) are remembered per trigger node... */
export const MEMORY_LIMIT = 5000;
/** ...for at most this long. A replay older than this is accepted again, as is one beyond MEMORY_LIMIT deliveries. */
export const MEMORY_MAX_AGE_MS = 7 * 24 * 60 * 60_000;
/** A new delivery writes the memory into static data only if this long has passed since this memory last did. */
export const SAVE_INTERVAL_MS = 1000;

/** What static data keeps (epoch ms of acceptance per entry, oldest first). */
export interface StoredMemory {
	/** SHA-256 (base64url) of the exact signed bytes of each accepted delivery, prefixed with its event. */
	deliveries?: Record<string, number>;
	/** `<event>:<resource id>` of events a record fires once (pre-call, post-call, texts, forms...). */
	records?: Record<string, number>;
	/** Which process memory wrote this copy: a copy this process wrote holds nothing its memory lacks. */
	writer?: string;
}

export type Verdict = 'new' | 'replay' | 'duplicate';

/**
 * One bounded set: a Map in acceptance order for lookups and eviction, and a plain object with the same entries
 * that is handed to static data as it is (n8n serialises it when it saves), so a delivery costs O(1), not O(size).
 */
class Remembered {
	readonly order = new Map<string, number>();
	readonly object: Record<string, number> = {};

	has(key: string, cutoff: number): boolean {
		const at = this.order.get(key);
		return at !== undefined && at >= cutoff;
	}

	add(key: string, at: number): void {
		this.order.delete(key);
		this.order.set(key, at);
		this.object[key] = at;
	}

	/** Takes in what another writer stored (a restart, another webhook processor); keeps acceptance order. */
	merge(stored: Record<string, number> | undefined, cutoff: number): void {
		if (!stored || typeof stored !== 'object') return;
		const added = Object.entries(stored).filter(([key, at]) => typeof at === 'number' && at >= cutoff && !this.order.has(key));
		if (!added.length) return;
		const all = [...this.order.entries(), ...added].sort((a, b) => a[1] - b[1]);
		this.order.clear();
		for (const [key, at] of all) {
			this.order.set(key, at);
			this.object[key] = at;
		}
	}

	prune(cutoff: number): void {
		for (const [key, at] of this.order) {
			if (at >= cutoff && this.order.size <= MEMORY_LIMIT) break;
			this.order.delete(key);
			delete this.object[key];
		}
	}
}

interface Memory {
	id: string;
	deliveries: Remembered;
	records: Remembered;
	/** When this memory last handed a copy to static data, and whether it accepted anything since. */
	savedAt: number;
	unsaved: boolean;
}

const memories = new Map<string, Memory>();

/** SHA-256 of the exact bytes the signature covers: the same delivery again has the same digest, whatever its headers. */
export function deliveryDigest(rawBody: Buffer | string): string {
	return createHash('sha256').update(rawBody).digest('base64url');
}

/** One memory per trigger node and per URL kind (test deliveries are kept apart, as n8n keeps their static data apart). */
export const memoryScope = (workflowId: string | undefined, nodeId: string, isTest: boolean) =>
	`${workflowId ?? ''}:${nodeId}:${isTest ? 'test' : 'production'}`;

/**
 * Decides whether a verified delivery is new and, if it is, remembers it. `key` identifies the delivery (its event and
 * digest); `recordKey` is given only for events a record fires once. Returns the verdict and what to put into static
 * data: always for a new delivery, for a repeat only when the stored copy lacks it (so repeats rarely write).
 */
export function admitDelivery(
	scope: string,
	stored: StoredMemory,
	key: string,
	recordKey: string | undefined,
	now = Date.now(),
): { verdict: Verdict; toStore?: Required<StoredMemory> } {
	let memory = memories.get(scope);
	if (!memory) {
		memory = { id: randomBytes(12).toString('base64url'), deliveries: new Remembered(), records: new Remembered(), savedAt: -Infinity, unsaved: false };
		memories.set(scope, memory);
	}
	const cutoff = now - MEMORY_MAX_AGE_MS;
	if (stored.writer !== memory.id) {
		memory.deliveries.merge(stored.deliveries, cutoff);
		memory.records.merge(stored.records, cutoff);
	}

	const snapshot = () => {
		memory.savedAt = now;
		memory.unsaved = false;
		return { deliveries: memory.deliveries.object, records: memory.records.object, writer: memory.id };
	};
	// A repeat starts nothing, and n8n keeps what such a request saved (see the README on what survives a restart):
	// it writes the memory if the memory accepted something not yet written or the stored copy lacks this delivery.
	if (memory.deliveries.has(key, cutoff)) {
		return { verdict: 'replay', toStore: memory.unsaved || stored.deliveries?.[key] === undefined ? snapshot() : undefined };
	}
	if (recordKey !== undefined && memory.records.has(recordKey, cutoff)) {
		return { verdict: 'duplicate', toStore: memory.unsaved || stored.records?.[recordKey] === undefined ? snapshot() : undefined };
	}

	memory.deliveries.add(key, now);
	if (recordKey !== undefined) memory.records.add(recordKey, now);
	memory.deliveries.prune(cutoff);
	memory.records.prune(cutoff);
	// A copy another writer made (or none yet) is replaced at once; this memory's own only once per interval.
	if (stored.writer !== memory.id || now - memory.savedAt >= SAVE_INTERVAL_MS) return { verdict: 'new', toStore: snapshot() };
	memory.unsaved = true;
	return { verdict: 'new' };
}

/** `admitDelivery` on the copy kept in the node's static data (beside its other data), which it updates. */
export function admitIntoStaticData(
	scope: string,
	data: { deliveries?: Record<string, number>; records?: Record<string, number>; memoryWriter?: string },
	key: string,
	recordKey: string | undefined,
): Verdict {
	const { verdict, toStore } = admitDelivery(scope, { deliveries: data.deliveries, records: data.records, writer: data.memoryWriter }, key, recordKey);
	if (toStore) {
		data.deliveries = toStore.deliveries;
		data.records = toStore.records;
		data.memoryWriter = toStore.writer;
	}
	return verdict;
}
