/** A documented request/response example of the CallRail API reference, as stored in fixtures/*.json. */
export interface ContractExample {
	resource: string;
	section: string;
	file: string;
	title: string;
	/** Character offset of the page of the stored reference text the example was transcribed from. */
	referenceOffset: number;
	request: { method: string; path: string; query: Record<string, string>; body: unknown };
	/** Every request parameter the reference documents for the endpoint. */
	parameters: { query: string[]; body: string[] };
	response: { status: number; envelope?: string; body: unknown };
	freeform?: string[];
	/** Response fields whose documented type the sandbox does not follow, and why. */
	tolerate?: Record<string, string>;
	/** Request fields whose sample type the node does not follow, and why. */
	tolerateRequest?: Record<string, string>;
	/** Where the node puts the documented body fields when not in the body (see the example's note). */
	nodeBodyIn?: 'query';
	/**
	 * everyRecord: field → pattern every record matches; at: dotted path (`data.199.date`, `messages.length`) → the
	 * exact value (placeholders filled); error: pattern the `error` of a refused (4xx) answer matches.
	 */
	expect?: { everyRecord?: Record<string, string>; stepsKeyedById?: boolean; at?: Record<string, unknown>; error?: string };
	note?: string;
	node: {
		operation: string;
		parameters: Record<string, unknown>;
		/** Why the node side is not checked yet (the node parameters it needs are being added); the sandbox side is. */
		pending?: string;
		/** The node refuses these parameters itself: its error matches this pattern and it sends no request. */
		refuses?: string;
	};
}

export interface ShapeDifferences {
	missing: string[];
	mismatched: string[];
	unknown: string[];
}

export declare function loadExamples(): ContractExample[];
export declare function jsonType(value: unknown): string;
export declare function compareShape(
	documented: unknown,
	actual: unknown,
	options?: { freeform?: string[]; tolerate?: Record<string, string> },
): ShapeDifferences;
export declare function fill<T>(value: T, ids: Record<string, unknown>): T;
export declare function queryString(query: Record<string, unknown> | undefined): string;
export declare function recordsOf(body: unknown, envelope?: string): unknown[];
export declare function valueAt(body: unknown, dotted: string): unknown;
export declare const FIXTURES: string;

/** Prints `Contract: N of M documented examples checked`. */
export declare function reportCoverage(checked: number, total: number, sandboxOnly?: number): void;
