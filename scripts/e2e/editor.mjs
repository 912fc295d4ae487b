// Screenshots of n8n's own editor in headless Chromium: the system browser (Debian package `chromium`,
// /usr/bin/chromium, or E2E_CHROMIUM) driven by playwright-core from the e2e cache (installed by install-n8n.mjs; no
// browser download). Selectors are n8n 2.40.7's data-test-id attributes, read from the running editor.
//
//   import { screenshotEditor } from './editor.mjs';
//   const shots = await screenshotEditor({
//     n8nUrl: 'http://127.0.0.1:5678',
//     session: api.session(),                  // { cookie, browserId } of a logged-in N8nClient, or:
//     credentials: { email, password },        // signs in through the /signin form
//     outDir: 'scripts/e2e/out/screenshots',
//     steps: [
//       // new workflow → node panel → search → pick the node → pick an action (optional) → parameters panel
//       { name: '01-node', addNode: 'Smoke Echo', action: 'Echo a message', openCredential: true },
//       // the "Add new credential" dialog for a credential type (internal name or display name), optionally filled
//       { name: '02-credential', credential: 'smokeEchoApi', fill: { apiKey: 'x' }, save: false },
//       // any editor page
//       { name: '03-credentials-list', goto: '/home/credentials' },
//     ],
//   });
//   // → [{ name, ok, file, files: [...], detail, error }]  (one per step; a failed step leaves `<name>-failed.png`)
//
// How a session is reused: the n8n-auth cookie's JWT is bound to the `browser-id` header sent at login
// (auth.service.js); the editor sends localStorage['n8n-browserId'] as that header, so both are put into the browser.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { paths } from './versions.mjs';

export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const tid = (id) => `[data-test-id="${id}"]`;

/** true, or the reason the browser part cannot run here. */
export function browserAvailable() {
	if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is missing (Debian: apt-get update && apt-get install -y chromium; or set E2E_CHROMIUM)`;
	try {
		createRequire(path.join(paths().n8nDir, 'package.json')).resolve('playwright-core');
	} catch {
		return `playwright-core is not in ${paths().n8nDir} (run node scripts/e2e/install-n8n.mjs)`;
	}
	return true;
}

export async function launchChromium() {
	const { chromium } = createRequire(path.join(paths().n8nDir, 'package.json'))('playwright-core');
	return await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

async function signIn(context, page, { n8nUrl, session, credentials }) {
	const u = new URL(n8nUrl);
	if (session?.cookie) {
		const value = session.cookie.replace(/^n8n-auth=/, '');
		await context.addCookies([{ name: 'n8n-auth', value, domain: u.hostname, path: '/', httpOnly: true, sameSite: 'Lax' }]);
		if (session.browserId) await context.addInitScript((id) => localStorage.setItem('n8n-browserId', id), session.browserId);
		await page.goto(`${n8nUrl}/home/workflows`);
		await page.waitForLoadState('networkidle').catch(() => {});
		if (!new URL(page.url()).pathname.includes('signin')) return 'session cookie';
		if (!credentials) throw new Error('the session cookie was not accepted (n8n redirected to /signin) and no credentials were given');
	}
	if (!credentials) throw new Error('screenshotEditor needs `session` ({cookie, browserId}) or `credentials` ({email, password})');
	await page.goto(`${n8nUrl}/signin`);
	await page.fill('#emailOrLdapLoginId', credentials.email);
	await page.fill('#password', credentials.password);
	await page.click(tid('form-submit-button'));
	await page.waitForURL((url) => !url.pathname.includes('signin'));
	return 'sign-in form';
}

/** The credential modal's dialog box (for a tight screenshot), or the modal itself. */
async function credentialDialog(page) {
	const modal = page.locator(tid('editCredential-modal'));
	await modal.waitFor();
	await page.locator(tid('credential-connection-parameter')).first().waitFor({ timeout: 10_000 }).catch(() => {});
	await page.waitForTimeout(500);
	const dialog = modal.locator('.el-dialog').first();
	return { modal, box: (await dialog.count()) ? dialog : modal };
}

async function fillCredential(page, modal, fill = {}) {
	for (const [field, value] of Object.entries(fill)) {
		const input = modal.locator(`${tid(field)} input, ${tid(field)} textarea`).first();
		if (await input.count()) await input.fill(String(value));
		else throw new Error(`the credential dialog has no field "${field}"`);
	}
}

async function saveCredential(page, modal) {
	await page.click(tid('credential-save-button'));
	// n8n 2.40 tests the credential after saving; the dialog stays open and shows the test result.
	await page.locator(`${tid('credential-edit-dialog')}, ${tid('editCredential-modal')}`).first().waitFor();
	await page
		.locator('.el-notification, [role=alert]', { hasText: /created|saved|tested|successful|error|failed/i })
		.first()
		.waitFor({ timeout: 20_000 })
		.catch(() => {});
	await page.waitForTimeout(1500);
	return (await modal.innerText()).replace(/\s+/g, ' ').trim().slice(0, 200);
}

const STEPS = {
	/** New workflow → node panel → search → node → action (optional) → parameters (NDV) → credential dialog (optional). */
	async addNode(page, step, { n8nUrl, shot }) {
		const files = [];
		await page.goto(`${n8nUrl}/workflow/new`);
		await page.click(tid('node-creator-plus-button'));
		await page.locator(tid('node-creator-search-bar')).waitFor();
		await page.keyboard.type(step.addNode);
		const items = page.locator(tid('node-creator-item-name'));
		const pick = step.pick ?? step.addNode;
		const item = items.filter({ hasText: pick }).first();
		await item.waitFor();
		await page.waitForTimeout(500);
		const found = await items.allInnerTexts();
		files.push(await shot(`${step.name}-search`));
		await item.click();
		// A node with several actions opens its action list; a single-action/trigger node may go straight to the NDV.
		const ndv = page.locator(tid('ndv'));
		await ndv.waitFor({ timeout: 1500 }).catch(() => {});
		let actions = [];
		if (!(await ndv.isVisible())) {
			await page.waitForTimeout(300);
			actions = await items.allInnerTexts();
			files.push(await shot(`${step.name}-actions`));
			// The panel lists suggested triggers ("On a Schedule", ...) before the node's actions.
			const action = step.action ? items.filter({ hasText: step.action }).first() : items.filter({ hasNotText: /^On a |^When / }).first();
			await action.click();
			await ndv.waitFor();
		}
		await page.locator(tid('node-parameters')).waitFor();
		await page.waitForTimeout(700);
		const params = (await page.locator(tid('node-parameters')).innerText()).replace(/\s+/g, ' ').trim();
		files.push(await shot(step.name));
		let credentialText = '';
		if (step.openCredential) {
			const empty = page.locator(`${tid('node-credentials-empty-state')} button, ${tid('node-credentials-empty-state')}`).first();
			if (await empty.count()) await empty.click();
			else {
				await page.locator(`${tid('node-credentials-select')} input`).first().click();
				await page.locator(tid('node-credentials-select-item-new')).click();
			}
			const { modal, box } = await credentialDialog(page);
			await fillCredential(page, modal, step.fill);
			credentialText = (await modal.innerText()).replace(/\s+/g, ' ').trim().slice(0, 160);
			files.push(await shot(`${step.name}-credential`, box));
			if (step.save) credentialText = await saveCredential(page, modal);
		}
		return {
			files,
			detail: `search "${step.addNode}": ${found.join(', ')}${actions.length ? `; actions: ${actions.join(', ')}` : ''}; parameters: ${params.slice(0, 160)}${credentialText ? `; credential dialog: ${credentialText}` : ''}`,
		};
	},

	/** The "Add new credential" chooser → the type → the credential dialog (filled and saved when asked). */
	async credential(page, step, { n8nUrl, shot }) {
		const files = [];
		// Display name of the type (the chooser lists display names); the types file needs the session cookie.
		const displayName = await page.evaluate(async (type) => {
			const r = await fetch('/types/credentials.json', { credentials: 'include' });
			const all = await r.json();
			const hit = all.find((c) => c.name === type) ?? all.find((c) => c.displayName === type);
			return hit?.displayName ?? null;
		}, step.credential);
		if (!displayName) throw new Error(`credential type "${step.credential}" is not in /types/credentials.json`);
		await page.goto(`${n8nUrl}/home/credentials/create`);
		const select = page.locator(tid('new-credential-type-select'));
		await select.waitFor();
		await select.locator('input').first().fill(displayName);
		const option = page.locator(tid('new-credential-type-select-option'), { hasText: displayName }).first();
		await option.waitFor();
		await option.click();
		await page.click(tid('new-credential-type-button'));
		const { modal, box } = await credentialDialog(page);
		await fillCredential(page, modal, step.fill);
		const fields = (await modal.locator(tid('credential-connection-parameter')).allInnerTexts()).map((t) => t.split('\n')[0].trim());
		files.push(await shot(step.name, box));
		let saved = '';
		if (step.save) {
			saved = await saveCredential(page, modal);
			files.push(await shot(`${step.name}-saved`, box));
		}
		return { files, detail: `"${displayName}" dialog, fields: ${fields.join(', ')}${saved ? `; after save: ${saved}` : ''}` };
	},

	async goto(page, step, { n8nUrl, shot }) {
		await page.goto(`${n8nUrl}${step.goto}`);
		await page.waitForLoadState('networkidle').catch(() => {});
		await page.waitForTimeout(step.waitMs ?? 1000);
		return { files: [await shot(step.name)], detail: new URL(page.url()).pathname };
	},
};

/**
 * Runs `steps` in one browser page (see the top of this file) and screenshots each. Never throws for a failed step:
 * each result has ok/error, and a failed step leaves `<name>-failed.png`. Throws only when the browser cannot start
 * or the sign-in fails.
 */
export async function screenshotEditor({ n8nUrl, session, credentials, outDir, steps, viewport = { width: 1440, height: 900 }, log = () => {}, timeoutMs = 20_000 }) {
	n8nUrl = n8nUrl.replace(/\/+$/, '');
	fs.mkdirSync(outDir, { recursive: true });
	const browser = await launchChromium();
	const results = [];
	try {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		page.setDefaultTimeout(timeoutMs);
		// Anything not on the n8n host is refused: the editor must not reach out (and there is no internet anyway).
		const n8nOrigin = new URL(n8nUrl).origin;
		const blocked = new Set();
		await context.route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith(n8nOrigin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
			blocked.add(new URL(url).host);
			return route.abort();
		});
		const how = await signIn(context, page, { n8nUrl, session, credentials });
		log(`editor: signed in (${how})`);
		const shot = async (name, target = page) => {
			const file = path.join(outDir, `${name}.png`);
			await target.screenshot({ path: file });
			return file;
		};
		for (const step of steps) {
			const kind = Object.keys(STEPS).find((k) => step[k] !== undefined);
			const result = { name: step.name, ok: false, files: [] };
			try {
				if (!kind) throw new Error(`step ${step.name} has none of ${Object.keys(STEPS).join(', ')}`);
				// Close whatever a previous step left open (NDV, dialogs).
				await page.keyboard.press('Escape').catch(() => {});
				const r = await STEPS[kind](page, step, { n8nUrl, shot });
				Object.assign(result, r, { ok: true, file: r.files.at(-1) });
				log(`editor: ${step.name}: ${r.detail}`);
			} catch (e) {
				result.error = e.message.split('\n')[0];
				result.file = await shot(`${step.name}-failed`).catch(() => undefined);
				result.files.push(result.file);
				log(`editor: ${step.name} FAILED: ${result.error} (${result.file})`);
			}
			results.push(result);
		}
		if (blocked.size) log(`editor: blocked requests to ${[...blocked].join(', ')}`);
	} finally {
		await browser.close();
	}
	return results;
}
