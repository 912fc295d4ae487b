import type { INodeTypeDescription } from 'n8n-workflow';

import type { runNode } from '../harness/n8n';

export interface LiveCheckRow {
	operation: string;
	/** HTTP status of the operation's last request, 'skipped' when an ID it needs was not seen, 'local' when refused before sending. */
	status: number | string;
	requests: number;
	/** Fields the answer has that the fixture's example does not show. */
	unknown: string[];
	/** Fields of the fixture's example the answer lacks, or has with another JSON type. */
	missing: string[];
	error?: string;
}

export interface LiveCheckConnection {
	mode: 'apiKey' | 'maton';
	apiKey: string;
	baseUrl: string;
	connectionId?: string;
}

export declare function liveCheck(options: {
	runNode: typeof runNode;
	connection: LiveCheckConnection;
	accountId?: string;
	write?: boolean;
	log?: (row: LiveCheckRow) => void;
	/** The CallRail node's description; the built one by default. */
	description?: INodeTypeDescription;
}): Promise<{ rows: LiveCheckRow[]; requests: number }>;
export declare function formatTable(rows: LiveCheckRow[]): string;
/** `resource.operation` of every GET operation of the description (the built CallRail node by default). */
export declare function getOperations(description?: INodeTypeDescription): string[];
/** The GET operations the check runs: all but SKIPPED. */
export declare function readOperations(description?: INodeTypeDescription): string[];
/** GET operations the check does not run, with the reason. */
export declare const SKIPPED: Record<string, string>;
