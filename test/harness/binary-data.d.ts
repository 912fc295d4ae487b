import type { IBinaryData } from 'n8n-workflow';

export interface BinaryDataMode {
	/** The service's mode after the switch: 'default' (memory) or 'filesystem-v2'. */
	mode: string;
	storagePath?: string;
	read(binaryData: IBinaryData): Promise<Buffer>;
	restore(): Promise<void>;
}

export declare function setBinaryDataMode(mode: 'default' | 'filesystem'): Promise<BinaryDataMode>;
