// The README's manual install (`npm install --omit=peer n8n-nodes-callrail` in ~/.n8n/nodes), in an n8n of its own:
// npm installs the package alone (no second n8n-workflow), and n8n loads it and runs a workflow with it.
import fs from 'node:fs';
import path from 'node:path';

export default async function manualInstall({ step, check, ctx, started, installPackage, startN8n, setupOwner, nodeOutput, executionError, manualWorkflow, locator, prefix, outDir }) {
	const userFolder = path.join(ctx.work, 'user-manual');
	let n8n;
	await step('manual install: npm install --omit=peer <package> in ~/.n8n/nodes installs the package alone', async () => {
		fs.mkdirSync(userFolder, { recursive: true });
		const r = installPackage(ctx.tarball, userFolder);
		check(r.packages.length === 1 && r.packages[0] === ctx.pkg.name, `${r.dir}/node_modules holds ${r.packages.join(', ')}; expected ${ctx.pkg.name} alone`);
		check(!r.packages.some((p) => p.endsWith('n8n-workflow')), `a second n8n-workflow was installed: ${r.packages.join(', ')}`);
		return `${r.dir}: ${r.packages.join(', ')}`;
	});

	await step('manual install: n8n loads the nodes and the credential, and runs a workflow', async () => {
		const logFile = path.join(outDir, 'n8n-manual-install.log');
		fs.rmSync(logFile, { force: true });
		n8n = await startN8n({ userFolder, logFile });
		started.push(['n8n (manual install)', () => n8n.stop()]);
		const api = await setupOwner(n8n.url);
		const names = (await api.allNodeTypes()).filter((t) => t.name.startsWith(`${prefix}.`)).map((t) => t.name).sort();
		const wanted = ctx.nodeTypeNames;
		check(JSON.stringify(names) === JSON.stringify(wanted), `node types ${names.join(', ')}; expected ${wanted.join(', ')} (see ${logFile})`);
		check((await api.allCredentialTypes()).some((c) => c.name === 'callRailApi'), 'credential type callRailApi is not loaded');
		const credential = await api.createCredential({ name: 'CallRail sandbox', type: 'callRailApi', data: { authMode: 'apiKey', apiKey: ctx.sb.keys.agencyAdmin, baseUrlOverride: ctx.sb.url } });
		const wf = manualWorkflow('E2E manual install', { resource: 'call', operation: 'getMany', accountId: locator(ctx.accountId), returnAll: false, limit: 2 });
		wf.nodes[1].credentials = { callRailApi: { id: credential.id, name: 'CallRail sandbox' } };
		const created = await api.createWorkflow(wf);
		const ex = await api.runWorkflow(created.id, { triggerName: 'Start' });
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		const items = nodeOutput(ex, 'CallRail');
		check(items?.length === 2 && items.every((i) => String(i.id).startsWith('CAL')), `expected 2 calls, got ${JSON.stringify(items).slice(0, 200)}`);
		ctx.manualInstall = { api, credential };
		return `${names.length} node types; execution ${ex.id}: ${items.map((i) => i.id).join(', ')}`;
	});

	// Why --omit=peer: with a second n8n-workflow beside the package, n8n wraps the node's NodeApiError again (it is
	// not an instance of n8n's own class) and the HTTP status is lost.
	await step('manual install: a CallRail 404 reaches the execution as the node error, with its httpCode', async () => {
		check(ctx.manualInstall, 'the manual-install n8n did not start');
		const { api, credential } = ctx.manualInstall;
		const wf = manualWorkflow('E2E manual install 404', { resource: 'call', operation: 'get', accountId: locator(ctx.accountId), callId: locator(`CAL${'0'.repeat(32)}`) });
		wf.nodes[1].credentials = { callRailApi: { id: credential.id, name: 'CallRail sandbox' } };
		const created = await api.createWorkflow(wf);
		const ex = await api.runWorkflow(created.id, { triggerName: 'Start' });
		check(ex.status === 'error', `execution ${ex.id} ended ${ex.status}, expected an error`);
		const nodeError = ex.data?.resultData?.runData?.CallRail?.[0]?.error;
		check(nodeError, `no error on the CallRail node: ${JSON.stringify(ex.data?.resultData?.error).slice(0, 300)}`);
		check(String(nodeError.httpCode) === '404', `httpCode ${JSON.stringify(nodeError.httpCode)}, message ${JSON.stringify(nodeError.message)} (name ${nodeError.name})`);
		check(/404/.test(nodeError.message), `message ${JSON.stringify(nodeError.message)}`);
		return `${nodeError.name}, httpCode ${nodeError.httpCode}: ${nodeError.message}`;
	});
	if (n8n) await n8n.stop();
}
