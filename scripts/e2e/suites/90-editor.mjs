// The editor in headless Chromium: node panel, parameters, credential dialog, account list (screenshots in out/).
import { captureEditor } from '../ui.mjs';

export default async function editor({ step, check, Check, Skip, skip, ctx, outDir, log, argv, OWNER }) {
	if (argv.has('--no-ui')) return skip('editor screenshots', '--no-ui');
	await captureEditor({ step, check, Check, Skip, api: ctx.api, url: ctx.n8n.url, outDir, owner: OWNER, log, sandbox: { url: ctx.sb.url, key: ctx.sb.keys.agencyAdmin } });
}
