import type { IBinaryData } from 'n8n-workflow';

export interface BinaryDataMode {
	/** The service's mode after the switch: 'default' (memory) or 'filesystem-v2'. */
	mode: string;
	storagePath?: string;
	read(binaryData: IBinaryData): Promise<Buffer>;
	restore(): Promise<void>;
}

export declare function setBinaryDataMode(mode: 'default' | 'filesystem'): Promise<BinaryDataMode>;
/** Switches the mode in the block's beforeAll and restores it in its afterAll; `read` works inside its tests. */
export declare function useBinaryDataMode(mode: 'default' | 'filesystem'): Pick<BinaryDataMode, 'read'>;
