// Editor screenshots: n8n's own UI in headless Chromium (system /usr/bin/chromium driven by playwright-core from the cache,
// launched by editor.mjs). Selectors are n8n 2.40.7's data-test-id attributes, read from the running editor.
// With E2E_SCREENSHOTS=<folder> (run.mjs --screenshots sets docs/screenshots), the README's pictures are copied there.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { browserAvailable, launchChromium } from './editor.mjs';

/** The pictures the README shows: the trigger with its events open, the action node down to Output, the API-key credential. */
export const README_SHOTS = ['02-trigger-parameters', '05-node-parameters', '06-credential-api-key'];

/**
 * Logs in, adds CallRail › "Get many calls" to a new workflow through the node panel, and screenshots: the node panel
 * search, the node's actions, its parameters, the credential dialog in both modes (then saves the API-key one, which
 * runs the credential test), and the Account list filled from the sandbox.
 */
export async function captureEditor({ step, check, Check, Skip, api, url, outDir, owner, log, sandbox, credentials }) {
	const shots = path.join(outDir, 'screenshots');
	fs.rmSync(shots, { recursive: true, force: true });
	fs.mkdirSync(shots, { recursive: true });
	let browser;
	let page;
	const shot = async (name, target) => {
		const file = path.join(shots, `${name}.png`);
		await (target ?? page).screenshot({ path: file });
		return path.relative(path.dirname(outDir), file);
	};
	const tid = (id) => `[data-test-id="${id}"]`;

	const ok = await step('editor: launch Chromium and sign in', async () => {
		const available = browserAvailable();
		if (available !== true) throw new Skip(available);
		browser = await launchChromium();
		page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		page.setDefaultTimeout(20_000);
		await page.goto(`${url}/signin`);
		await page.fill('#emailOrLdapLoginId', owner.email);
		await page.fill('#password', owner.password);
		await page.click(tid('form-submit-button'));
		await page.waitForURL((u) => !u.pathname.includes('signin'));
		return `signed in, at ${new URL(page.url()).pathname}`;
	});
	if (!ok) {
		await browser?.close();
		return;
	}
	try {
		await step('editor: empty canvas, node panel lists the CallRail triggers', async () => {
			await page.goto(`${url}/workflow/new`);
			await page.click(tid('node-creator-plus-button'));
			await page.locator(tid('node-creator-search-bar')).waitFor();
			await page.keyboard.type('CallRail');
			const items = page.locator(tid('node-creator-item-name'));
			await items.first().waitFor();
			await page.waitForTimeout(500);
			const names = await items.allInnerTexts();
			const a = await shot('01-trigger-search');
			check(names.length >= 1, 'searching "CallRail" found nothing');
			// The trigger's parameters, opened on the canvas (the node panel lists its events as separate actions).
			const wf = await api.createWorkflow({
				name: 'E2E editor: CallRail Trigger',
				nodes: [{ id: crypto.randomUUID(), name: 'CallRail Trigger', type: 'n8n-nodes-callrail.callRailTrigger', typeVersion: 1, position: [0, 0], parameters: {}, credentials }],
				connections: {},
			});
			await page.goto(`${url}/workflow/${wf.id}`);
			await page.locator(tid('canvas-node')).first().dblclick();
			await page.locator(tid('ndv')).waitFor();
			await page.waitForTimeout(1000);
			// Open the event list ("Trigger On"), so that the picture shows every event.
			await page.locator(tid('parameter-input-events')).first().click();
			const events = page.locator('.el-select-dropdown__item:visible, [role=option]:visible');
			await events.first().waitFor();
			await page.waitForTimeout(500);
			const count = await events.count();
			check(count >= 10, `the trigger's event list shows ${count} events, expected 10`);
			const b = `, ${count} events listed, ${await shot('02-trigger-parameters')}`;
			await page.keyboard.press('Escape');
			return `results: ${names.join(', ')}; ${a}${b}`;
		});

		await step('editor: after a Manual Trigger, node panel finds the CallRail actions', async () => {
			const wf = await api.createWorkflow({
				name: 'E2E editor',
				nodes: [{ id: crypto.randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }],
				connections: {},
			});
			await page.goto(`${url}/workflow/${wf.id}`);
			await page.locator(tid('canvas-node')).first().waitFor();
			// The + on the Manual Trigger's output, so that the new node is connected to it.
			const handle = page.locator(tid('canvas-handle-plus')).first();
			if (await handle.count()) await handle.click();
			else await page.click(tid('node-creator-plus-button'));
			await page.locator(tid('node-creator-search-bar')).waitFor();
			await page.keyboard.type('CallRail');
			const item = page.locator(tid('node-creator-item-name'), { hasText: /^CallRail$/ }).first();
			await item.waitFor();
			await page.waitForTimeout(500);
			const names = await page.locator(tid('node-creator-item-name')).allInnerTexts();
			const a = await shot('03-action-search');
			await item.click();
			const action = page.locator(tid('node-creator-item-name'), { hasText: 'Get many calls' }).first();
			await action.waitFor();
			const b = await shot('04-node-actions');
			return `results: ${names.join(', ')}; ${a}, ${b}`;
		});

		await step('editor: add CallRail › Get many calls, parameters panel', async () => {
			await page.locator(tid('node-creator-item-name'), { hasText: 'Get many calls' }).first().click();
			await page.locator(tid('ndv')).waitFor();
			await page.locator(tid('parameter-input-accountId')).waitFor();
			// The picture reaches down to Output (Simplified by default).
			await page.locator(tid('parameter-input-output')).first().scrollIntoViewIfNeeded();
			await page.waitForTimeout(500);
			const a = await shot('05-node-parameters');
			const text = await page.locator(tid('node-parameters')).innerText();
			for (const want of ['Resource', 'Operation', 'Account', 'Return All', 'Limit', 'Output']) check(text.includes(want), `the parameters panel does not show "${want}"`);
			// A chosen option is the value of its input, which innerText leaves out.
			const output = await page.locator(`${tid('parameter-input-output')} input`).first().inputValue();
			check(output === 'Simplified', `Output shows "${output}", expected "Simplified"`);
			return `shows Resource, Operation, Account, Return All, Limit, Output (Simplified); ${a}`;
		});

		await step('editor: credential dialog, API Key mode, then Maton Gateway mode', async () => {
			const empty = page.locator(tid('node-credentials-empty-state'));
			if (await empty.count()) {
				await empty.locator('button').first().click();
			} else {
				// A credential exists already (the REST steps made one): open the list and create a new one.
				await page.locator(`${tid('node-credentials-select')} input`).first().click();
				await page.locator(tid('node-credentials-select-item-new')).click();
			}
			const modal = page.locator(tid('editCredential-modal'));
			await modal.waitFor();
			await page.locator(tid('authMode')).waitFor();
			const dialog = modal.locator('.el-dialog').first();
			const target = (await dialog.count()) ? dialog : modal;
			const fields = async () => (await modal.locator(`${tid('credential-connection-parameter')}`).allInnerTexts()).join(' | ');
			// The dialog renders its fields after the mode selector: wait for the last of the API-key fields.
			await modal.locator(tid('credential-connection-parameter')).filter({ hasText: 'Base URL Override' }).first().waitFor({ timeout: 15_000 }).catch(() => {});
			const apiFields = await fields();
			check(/API Key/.test(apiFields) && /Base URL Override/.test(apiFields), `API Key mode does not show API Key and Base URL Override: ${apiFields}`);
			const a = await shot('06-credential-api-key', target);
			// Switch the mode.
			await page.locator(`${tid('authMode')} input`).first().click();
			await page.locator('.el-select-dropdown__item, [role=option]', { hasText: 'Maton Gateway' }).first().click();
			await page.locator(tid('matonApiKey')).waitFor();
			await page.waitForTimeout(300);
			const matonFields = await fields();
			check(/Maton API Key/.test(matonFields) && /Gateway Base URL/.test(matonFields) && /Connection ID/.test(matonFields), `Maton mode does not show its three fields: ${matonFields}`);
			check(!(await page.locator(tid('baseUrlOverride')).count()), 'Maton mode still shows Base URL Override');
			const b = await shot('07-credential-maton-gateway', target);
			return `${a}, ${b}`;
		});

		await step('editor: save an API-key credential (runs the credential test)', async () => {
			if (!sandbox) throw new Skip('no sandbox');
			await page.locator(`${tid('authMode')} input`).first().click();
			await page.locator('.el-select-dropdown__item, [role=option]', { hasText: 'API Key' }).first().click();
			await page.locator(`${tid('apiKey')} input`).first().fill(sandbox.key);
			await page.locator(`${tid('baseUrlOverride')} input`).first().fill(sandbox.url);
			await page.click(tid('credential-save-button'));
			// n8n 2.40 tests the credential on save and closes the dialog when the test passed (it stays open on a failure).
			const modal = page.locator(tid('editCredential-modal'));
			const toast = page.locator('.el-notification', { hasText: /Credential successfully created/i });
			await Promise.race([modal.waitFor({ state: 'hidden', timeout: 30_000 }), page.waitForTimeout(30_000)]);
			const stillOpen = await modal.isVisible();
			if (stillOpen) {
				const a = await shot('08-credential-save-failed', modal);
				throw new Check(`the dialog stayed open after Save: ${(await modal.innerText()).replace(/\s+/g, ' ').slice(0, 300)} (${a})`);
			}
			const a = await shot('08-credential-saved');
			const toastText = (await toast.count()) ? (await toast.first().innerText()).trim() : '(no toast)';
			// Reopen it: the dialog shows the result of the credential test.
			await page.click(tid('credential-edit-button'));
			await modal.waitFor();
			await page.waitForTimeout(1500);
			const reopened = await modal.innerText();
			check(/Connection tested successfully/i.test(reopened), `the reopened dialog does not say "Connection tested successfully": ${reopened.replace(/\s+/g, ' ').slice(0, 300)}`);
			const b = await shot('09-credential-reopened', modal);
			return `${toastText.split('\n')[0]}; reopened: Connection tested successfully; ${a}, ${b}`;
		});

		await step('editor: Account list comes from the sandbox', async () => {
			if (!sandbox) throw new Skip('no sandbox');
			// Close the credential dialog (the new credential is now selected in the node).
			const modal = page.locator(tid('editCredential-modal'));
			if (await modal.isVisible()) {
				await modal.locator('button.el-dialog__headerbtn').first().click();
				await modal.waitFor({ state: 'hidden' });
			}
			await page.locator(`${tid('resource-locator-accountId')} ${tid('rlc-input')}`).first().click();
			const items = page.locator('[data-test-id="rlc-item"]');
			await items.first().waitFor({ timeout: 20_000 });
			const names = await items.allInnerTexts();
			const a = await shot('10-account-list');
			check(names.length >= 1, 'the Account list is empty');
			return `${names.length} account(s): ${names.map((n) => n.split('\n')[0]).join(', ')}; ${a}`;
		});

		const docs = process.env.E2E_SCREENSHOTS;
		if (docs) {
			await step(`editor: copy the README's pictures to ${docs}`, async () => {
				const missing = README_SHOTS.filter((name) => !fs.existsSync(path.join(shots, `${name}.png`)));
				check(!missing.length, `not taken: ${missing.join(', ')} (see the steps above)`);
				fs.mkdirSync(docs, { recursive: true });
				for (const name of README_SHOTS) fs.copyFileSync(path.join(shots, `${name}.png`), path.join(docs, `${name}.png`));
				return README_SHOTS.map((name) => `${name}.png`).join(', ');
			});
		}
	} finally {
		await browser.close();
		log(`screenshots in ${shots}`);
	}
}
