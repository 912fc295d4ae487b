// Shared by the benchmarks.
import { spawn } from 'node:child_process';

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}x` : 'n/a');

/**
 * Runs one contender in a child Node with `--expose-gc` (so its memory is its own) and resolves to the JSON object it
 * prints on its last line. Asynchronous on purpose: the sandbox it talks to lives in this process.
 */
export function runJsonWorker({ script, args, cwd, env, label }) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--expose-gc', script, ...args], { cwd, env: { ...process.env, ...env } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('close', (code) => {
			const line = stdout.trim().split('\n').pop();
			if (code !== 0 || !line?.startsWith('{')) reject(new Error(`${label} failed:\n${stderr.slice(-2000)}`));
			else resolve(JSON.parse(line));
		});
	});
}
