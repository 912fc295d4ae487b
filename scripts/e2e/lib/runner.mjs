// The step runner of the end-to-end tests: named steps that PASS, FAIL or SKIP, a summary, and small waiting helpers.
// Suites (scripts/e2e/suites/*.mjs) get these through the context `run.mjs` hands them.
import fs from 'node:fs';

export const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Skip extends Error {}
export class Check extends Error {}

/** Throws a Check (a failed expectation, reported without a stack) unless `cond` holds. */
export const check = (cond, msg) => {
	if (!cond) throw new Check(msg);
};

export function createRunner({ t0 = Date.now(), out = process.stdout } = {}) {
	const results = [];
	const log = (msg) => out.write(`[e2e +${secs(Date.now() - t0)}] ${msg}\n`);

	/** Runs one step; prints "PASS/FAIL/SKIP name (time): detail". `critical` steps stop the run when they fail. */
	async function step(name, fn, { critical = false } = {}) {
		const s = Date.now();
		log(`… ${name}`);
		try {
			const detail = await fn();
			results.push({ name, status: 'PASS', ms: Date.now() - s, detail });
			log(`PASS ${name} (${secs(Date.now() - s)})${detail ? `: ${detail}` : ''}`);
			return true;
		} catch (e) {
			if (e instanceof Skip) {
				results.push({ name, status: 'SKIP', ms: Date.now() - s, detail: e.message });
				log(`SKIP ${name}: ${e.message}`);
				return false;
			}
			const reason = e instanceof Check ? e.message : e.stack || String(e);
			results.push({ name, status: 'FAIL', ms: Date.now() - s, detail: reason });
			log(`FAIL ${name} (${secs(Date.now() - s)}): ${reason}`);
			if (critical) throw new Error(`critical step failed: ${name}`);
			return false;
		}
	}

	const skip = (name, reason) => {
		results.push({ name, status: 'SKIP', ms: 0, detail: reason });
		log(`SKIP ${name}: ${reason}`);
	};

	/** Prints the summary and the closing "e2e: N passed, N failed, N skipped" line; returns the exit code. */
	function summary({ title, fatal }) {
		const failed = results.filter((r) => r.status === 'FAIL');
		out.write(`\n== e2e summary (${secs(Date.now() - t0)}${title ? `, ${title}` : ''})\n`);
		for (const r of results) out.write(`${r.status.padEnd(4)} ${secs(r.ms).padStart(7)}  ${r.name}${r.status !== 'PASS' && r.detail ? `\n     ${String(r.detail).split('\n')[0]}` : ''}\n`);
		if (fatal && !failed.length) out.write(`FAIL ${fatal.stack}\n`);
		const skipped = results.filter((r) => r.status === 'SKIP').length;
		out.write(`e2e: ${results.length - failed.length - skipped} passed, ${failed.length + (fatal && !failed.length ? 1 : 0)} failed, ${skipped} skipped\n`);
		return failed.length || fatal ? 1 : 0;
	}

	return { results, log, step, skip, summary };
}

/** Polls `fn` until it returns something truthy; a Check after `timeoutMs`. */
export async function waitFor(what, fn, { timeoutMs, intervalMs = 1000 }) {
	const s = Date.now();
	for (;;) {
		const v = await fn();
		if (v) return v;
		if (Date.now() - s > timeoutMs) throw new Check(`timed out after ${secs(timeoutMs)} waiting for ${what}`);
		await sleep(intervalMs);
	}
}

/**
 * Runs `main`, then always stops what `started` lists (newest first; `[name, stop]` pairs) and removes `work` unless
 * `keep`, also on SIGINT/SIGTERM. Resolves to the error that ended `main` early, if any.
 */
export async function runToTheEnd(main, { started, log, work = () => undefined, keep = false }) {
	const cleanup = async () => {
		for (const [name, stop] of started.splice(0).reverse()) {
			const s = Date.now();
			try {
				await stop();
				log(`stopped ${name} (${secs(Date.now() - s)})`);
			} catch (e) {
				log(`could not stop ${name}: ${e.message}`);
			}
		}
		const dir = work();
		if (dir && !keep) fs.rmSync(dir, { recursive: true, force: true });
		else if (dir) log(`kept ${dir}`);
	};
	const onSignal = (sig) => {
		log(`${sig}: stopping`);
		cleanup().finally(() => process.exit(130));
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	let fatal = null;
	try {
		await main();
	} catch (e) {
		fatal = e;
	} finally {
		await cleanup();
	}
	return fatal;
}
