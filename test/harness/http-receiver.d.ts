/** A request as n8n's webhook server hands it to a node (the parts the CallRail Trigger reads). */
export interface ReceivedRequest {
	method: string;
	url: string;
	path: string;
	headers: Record<string, string | string[] | undefined>;
	query: Record<string, string>;
	params: Record<string, string>;
	body: unknown;
	rawBody: Buffer;
}

/** The Express-like response a node writes to when it answers a delivery itself. */
export interface ReceiverResponse {
	statusCode: number;
	writableEnded: boolean;
	status(code: number): ReceiverResponse;
	send(body?: unknown): ReceiverResponse;
	json(body: unknown): ReceiverResponse;
	end(): void;
}

export declare function startRequestReceiver(
	handler: (req: ReceivedRequest, res: ReceiverResponse) => Promise<void> | void,
): Promise<{ url: string; close(): Promise<void> }>;

/**
 * Stands for one round trip to n8n's database (loading or saving a workflow's static data), so that concurrent
 * webhook requests overlap between their load and their save as they do in n8n.
 */
export declare function databaseRoundTrip(ms?: number): Promise<void>;
