import type { IBinaryData, IDataObject, INodeParameters } from 'n8n-workflow';

import { JPEG_BYTES } from '../../sandbox';
import { useBinaryDataMode } from '../harness/binary-data';
import { pollWorkflow } from '../harness/poll';
import { useSandbox } from '../harness/sandbox';
import { useTriggerHarness } from '../harness/trigger-fixture';
import type { TriggerWorkflow } from '../harness/webhook';

describe.each(['default', 'filesystem'] as const)('Triggers › Attach Files (binary data mode %s)', (mode) => {
	const env = useSandbox({ clock: 'manual' });
	const binaryMode = useBinaryDataMode(mode);
	const t = useTriggerHarness(env);
	beforeEach(() => {
		env.sandbox.media.clearRequests();
		env.sandbox.media.linkTtlSeconds = 300;
	});

	const account = () => ({ __rl: true, mode: 'id', value: t.accountId });
	const bytesOf = async (binary: IBinaryData | undefined) => await binaryMode.read(binary!);
	const recordedCall = () => env.sandbox.addCall(t.accountId, { companyId: t.companyId, answered: true, duration: 42 }) as IDataObject;

	describe('CallRail Trigger', () => {
		async function activate(options: INodeParameters) {
			const wf = await t.activate({ events: ['post_call_webhook', 'updated_call_webhook', 'sms_received_webhook'], options });
			env.sandbox.clearRequests();
			return wf;
		}
		const ours = (wf: TriggerWorkflow, deliveries: Array<{ url: string; status: number }>) =>
			deliveries.filter((d) => d.url.startsWith(wf.webhookUrl()));

		it('attaches the recording of a post-call event, asking the API for a fresh link', async () => {
			const wf = await activate({ attachFiles: true });
			const call = recordedCall();
			const deliveries = await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_call_webhook', resourceId: String(call.id) });
			expect(ours(wf, deliveries).map((d) => d.status)).toEqual([200]);
			const [delivery] = wf.deliveries;
			expect(delivery.items[0].resource_id).toBe(call.id);
			const binary = delivery.binary[0]!.data;
			expect(binary).toMatchObject({ mimeType: 'audio/mpeg', fileName: `${String(call.id)}.mp3` });
			expect((await bytesOf(binary)).equals(env.sandbox.media.recordingOf(String(call.id)))).toBe(true);
			expect(env.requests().map((r) => r.path)).toEqual([`/v3/a/${t.accountId}/calls/${String(call.id)}/recording.json`]);
			expect(env.sandbox.media.leaks).toEqual([]);
		});

		it('attaches the media of a received MMS', async () => {
			const wf = await activate({ attachFiles: true });
			const { message } = env.sandbox.addMmsMessage(t.accountId, { company_id: t.companyId });
			const deliveries = await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'sms_received_webhook', resourceId: String(message.id) });
			expect(ours(wf, deliveries).map((d) => d.status)).toEqual([200]);
			const binary = wf.deliveries[0].binary[0]!;
			expect(Object.keys(binary)).toEqual(['data', 'data_1']);
			expect((await bytesOf(binary.data)).equals(env.sandbox.media.fileOf(String(message.id), 0)!)).toBe(true);
			expect(binary.data_1.mimeType).toBe('image/gif');
			expect(env.sandbox.media.leaks).toEqual([]);
		});

		it('attaches a JPEG photo as image/jpeg', async () => {
			const wf = await activate({ attachFiles: true });
			const { message } = env.sandbox.addMmsMessage(t.accountId, { company_id: t.companyId }, [JPEG_BYTES]);
			expect((await t.fire('sms_received_webhook', undefined, String(message.id))).status).toBe(200);
			const binary = wf.deliveries[0].binary[0]!;
			expect(Object.keys(binary)).toEqual(['data']);
			expect(binary.data).toMatchObject({ mimeType: 'image/jpeg', fileExtension: 'jpg' });
			expect(binary.data.fileName).toMatch(/\.jpg$/);
			expect((await bytesOf(binary.data)).equals(JPEG_BYTES)).toBe(true);
		});

		it('a failed download still answers 200 and starts the workflow, saying why in media_error', async () => {
			const wf = await activate({ attachFiles: true });
			env.sandbox.media.linkTtlSeconds = -1;
			const call = recordedCall();
			const deliveries = await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_call_webhook', resourceId: String(call.id) });
			expect(ours(wf, deliveries).map((d) => d.status)).toEqual([200]);
			expect(wf.deliveries[0].started).toBe(true);
			expect(wf.deliveries[0].items[0].media_error).toBe(`The link to the recording of call ${String(call.id)} has expired`);
			expect(wf.deliveries[0].binary[0]).toBeUndefined();
		});

		it('without Attach Files nothing is downloaded', async () => {
			const wf = await activate({});
			const call = recordedCall();
			await env.sandbox.fireWebhook({ companyId: t.companyId, event: 'post_call_webhook', resourceId: String(call.id) });
			expect(wf.deliveries[0].binary[0]).toBeUndefined();
			expect(env.requests()).toEqual([]);
			expect(env.sandbox.media.requests).toEqual([]);
		});
	});

	describe('CallRail Polling Trigger', () => {
		const params = (event: string, options: INodeParameters) => ({
			event,
			accountId: account(),
			filters: { companyId: { __rl: true, mode: 'id', value: t.companyId } },
			options,
		});

		it('New Call attaches the recording of each new recorded call, none to a missed one', async () => {
			const wf = await pollWorkflow(params('newCall', { attachFiles: true }), env.apiKey());
			expect(await wf.poll()).toBeNull();
			env.sandbox.clock.advance(30_000);
			const recorded = recordedCall();
			env.sandbox.clock.advance(30_000);
			const missed = env.sandbox.addCall(t.accountId, { companyId: t.companyId, answered: false, voicemail: false }) as IDataObject;
			const emitted = await wf.poll();
			expect(emitted!.map((c) => c.id)).toEqual([recorded.id, missed.id]);
			const [first, second] = wf.lastItems!;
			expect((await bytesOf(first.binary?.data)).equals(env.sandbox.media.recordingOf(String(recorded.id)))).toBe(true);
			expect(second.binary).toBeUndefined();
			expect(env.requests((r) => r.path.endsWith('recording.json')).map((r) => r.path)).toEqual([
				`/v3/a/${t.accountId}/calls/${String(recorded.id)}/recording.json`,
			]);
			expect(env.sandbox.media.leaks).toEqual([]);
		});

		it('Text Conversation attaches the media of its recent messages', async () => {
			const wf = await pollWorkflow(params('textConversation', { attachFiles: true }), env.apiKey());
			expect(await wf.poll()).toBeNull();
			env.sandbox.clock.advance(60_000);
			// A conversation without any MMS yet, so its recent messages hold only the one added here.
			const quiet = (env.sandbox.store.conversations as Array<IDataObject & { messages: IDataObject[] }>).find(
				(c) => c.company_id === t.companyId && c.messages.every((m) => !(m.media_urls as string[]).length),
			)!;
			const { conversation, message } = env.sandbox.addMmsMessage(t.accountId, { conversation_id: String(quiet.id) });
			const emitted = await wf.poll();
			expect(emitted!.map((c) => c.id)).toEqual([conversation.id]);
			const binary = wf.lastItems![0].binary!;
			expect((await bytesOf(binary.data)).equals(env.sandbox.media.fileOf(String(message.id), 0)!)).toBe(true);
			expect(Object.keys(binary)).toEqual(['data', 'data_1']);
			expect(env.sandbox.media.leaks).toEqual([]);
		});
	});
});
