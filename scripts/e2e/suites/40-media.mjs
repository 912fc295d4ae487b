// Files in the real n8n: a recording and the images of an MMS downloaded as binary data, checked byte for byte
// against what the sandbox's storage origin serves, and read back through n8n's own binary-data endpoint.
import { createHash } from 'node:crypto';

export default async function media({ step, check, ctx, executionError, locator, manualWorkflow }) {
	const sha = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
	/** The bytes n8n stored for a binary property: from its binary-data store (filesystem mode) or the item (memory). */
	async function bytesOf(binary) {
		if (!binary.id) return Buffer.from(binary.data, 'base64');
		const res = await fetch(`${ctx.n8n.url}/rest/binary-data?id=${encodeURIComponent(binary.id)}&action=download`, {
			headers: { cookie: ctx.api.cookie, 'browser-id': ctx.api.browserId },
		});
		check(res.status === 200, `GET /rest/binary-data answered ${res.status}`);
		return Buffer.from(await res.arrayBuffer());
	}
	const firstItem = (ex) => ex.data?.resultData?.runData?.CallRail?.[0]?.data?.main?.[0]?.[0];

	await step('manual run: Call → Get Recording › Download, the MP3 byte for byte', async () => {
		const call = ctx.sb.store.calls.find((c) => c.account_id === ctx.accountId && c.recording);
		ctx.sb.media.clearRequests();
		const params = { resource: 'call', operation: 'getRecording', accountId: locator(ctx.accountId), callId: locator(call.id), download: true, binaryPropertyName: 'data' };
		const wf = await ctx.api.createWorkflow(manualWorkflow('E2E recording', params));
		const ex = await ctx.api.runWorkflow(wf.id, { triggerName: 'Start' });
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		const binary = firstItem(ex)?.binary?.data;
		check(binary?.mimeType === 'audio/mpeg' && binary.fileName === `${call.id}.mp3`, `unexpected binary: ${JSON.stringify(binary)?.slice(0, 300)}`);
		const bytes = await bytesOf(binary);
		const expected = ctx.sb.media.recordingOf(call.id);
		check(bytes.equals(expected), `n8n stored ${bytes.length} bytes (sha ${sha(bytes)}), storage served ${expected.length} (sha ${sha(expected)})`);
		check(ctx.sb.media.requests.length === 1, `storage saw ${ctx.sb.media.requests.length} requests`);
		check(ctx.sb.media.leaks.length === 0, `storage saw a credential header: ${JSON.stringify(ctx.sb.media.leaks)}`);
		return `execution ${ex.id}: ${bytes.length} bytes, sha256 ${sha(bytes)}…, ${binary.id ? `stored as ${binary.id.split(':')[0]}` : 'in memory'}; no credential reached storage`;
	});

	await step('manual run: Text Message → Get Conversation › Download Media, PNG and GIF', async () => {
		const { conversation, message } = ctx.sb.addMmsMessage(ctx.accountId);
		ctx.sb.media.clearRequests();
		const params = { resource: 'textMessage', operation: 'getConversation', accountId: locator(ctx.accountId), conversationId: locator(conversation.id), downloadMedia: true, binaryPropertyName: 'data' };
		const wf = await ctx.api.createWorkflow(manualWorkflow('E2E text media', params));
		const ex = await ctx.api.runWorkflow(wf.id, { triggerName: 'Start' });
		check(ex.status === 'success', `execution ${ex.id} ended ${ex.status}: ${executionError(ex)}`);
		const binary = firstItem(ex)?.binary ?? {};
		check(binary.data?.mimeType === 'image/png' && binary.data_1?.mimeType === 'image/gif', `unexpected binary: ${JSON.stringify(binary).slice(0, 300)}`);
		for (const [field, index] of [['data', 0], ['data_1', 1]]) {
			const bytes = await bytesOf(binary[field]);
			check(bytes.equals(ctx.sb.media.fileOf(message.id, index)), `${field} differs from media ${index} of ${message.id}`);
		}
		check(ctx.sb.media.leaks.length === 0, `storage saw a credential header: ${JSON.stringify(ctx.sb.media.leaks)}`);
		return `execution ${ex.id}: ${binary.data.fileName}, ${binary.data_1.fileName}`;
	});
}
