export interface ReceivedRequest {
	method: string;
	url: string;
	headers: Record<string, string | string[] | undefined>;
	rawBody: string;
}

export declare function startWebhookReceiver(options?: { status?: number }): Promise<{
	url: string;
	received: ReceivedRequest[];
	close(): Promise<void>;
}>;
