// The editor in headless Chromium: node panel, parameters, credential dialog, account list (screenshots in out/).
import { captureEditor } from '../ui.mjs';

export default async function editor({ step, check, Check, Skip, skip, ctx, outDir, log, argv, OWNER, N8N_MAJOR, credRef }) {
	if (argv.has('--no-ui')) return skip('editor screenshots', '--no-ui');
	// The steps in ui.mjs follow the 2.x editor's markup; they were not written for (or tried on) the 1.x editor.
	if (N8N_MAJOR < 2) return skip('editor screenshots', 'n8n 2.x only (the selectors are those of the 2.x editor)');
	await captureEditor({ step, check, Check, Skip, api: ctx.api, url: ctx.n8n.url, outDir, owner: OWNER, log, credentials: credRef(), sandbox: { url: ctx.sb.url, key: ctx.sb.keys.agencyAdmin } });
}
