export interface ReceivedRequest {
	method: string;
	url: string;
	headers: Record<string, string | string[] | undefined>;
	rawBody: string;
}

export interface WebhookReceiver {
	url: string;
	received: ReceivedRequest[];
	setStatus(status: number): void;
	close(): Promise<void>;
}

export declare function startWebhookReceiver(options?: { status?: number }): Promise<WebhookReceiver>;
