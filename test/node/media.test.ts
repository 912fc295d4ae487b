import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeParameters, INodeType } from 'n8n-workflow';

import { GIF_BYTES, JPEG_BYTES, pngBytes } from '../../sandbox';
import { useBinaryDataMode } from '../harness/binary-data';
import { registerNodeType, runNode, runWorkflow } from '../harness/n8n';
import { byId, useSandbox } from '../harness/sandbox';

/** Emits one item whose binary fields are given as base64, stored through n8n's binary data service. */
class FilesNode implements INodeType {
	description = {
		displayName: 'Files',
		name: 'test.files',
		group: ['input'],
		version: 1,
		description: 'Test input with binary data',
		defaults: { name: 'Files' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [{ displayName: 'Files', name: 'files', type: 'json', default: '[]' }],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const files = this.getNodeParameter('files', 0) as Array<{ field: string; base64: string; fileName: string; mimeType: string }>;
		const item: INodeExecutionData = { json: {}, binary: {} };
		for (const file of files) {
			item.binary![file.field] = await this.helpers.prepareBinaryData(Buffer.from(file.base64, 'base64'), file.fileName, file.mimeType);
		}
		return [[item]];
	}
}
registerNodeType('test.files', new FilesNode());

const MODES = ['default', 'filesystem'] as const;

describe.each(MODES)('CallRail node: recordings and text media as files (binary data mode %s)', (mode) => {
	const env = useSandbox({ clock: 'manual' });
	const binaryMode = useBinaryDataMode(mode);
	beforeEach(() => {
		env.sandbox.media.clearRequests();
		env.sandbox.media.linkTtlSeconds = 300;
	});

	const account = (index = 0) => env.sandbox.ids.accounts[index];
	const recordedCall = (index = 0) =>
		(env.sandbox.store.calls as IDataObject[]).find((c) => c.account_id === account(index) && c.recording) as IDataObject;
	const unrecordedCall = () =>
		(env.sandbox.store.calls as IDataObject[]).find((c) => c.account_id === account() && !c.recording) as IDataObject;
	/** Every request the sandbox's API/app origin saw, including the app recording redirect (not only /v3/). */
	const apiOrigin = () => env.sandbox.requests;
	const expectStoredAs = (binary: { id?: string; data: string }) => {
		if (mode === 'filesystem') {
			expect(binary.id).toMatch(/^filesystem-v2:/);
			expect(binary.data).toBe('filesystem-v2');
		} else {
			expect(binary.id).toBeUndefined();
			expect(binary.data.length).toBeGreaterThan(0);
		}
	};

	const getRecording = async (callId: string, extra: IDataObject = {}, credentials = env.apiKey(), accountIndex = 0) =>
		await runNode(
			{ resource: 'call', operation: 'getRecording', accountId: byId(account(accountIndex)), callId: byId(callId), ...extra },
			{ credentials, settings: extra.continueOnFail ? { continueOnFail: true } : undefined },
		);

	it('Get Recording without Download still returns the link only', async () => {
		const call = recordedCall();
		const result = await getRecording(String(call.id));
		expect(result.error).toBeUndefined();
		expect(Object.keys(result.json[0])).toEqual(['url']);
		expect(result.items[0].binary).toBeUndefined();
		expect(env.sandbox.media.requests).toHaveLength(0);
	});

	it('Get Recording › Download returns the MP3 bytes, the key going to the API only', async () => {
		const call = recordedCall();
		const result = await getRecording(String(call.id), { download: true, binaryPropertyName: 'audio' });
		expect(result.error).toBeUndefined();
		const [item] = result.items;
		const binary = item.binary!.audio;
		expect(binary).toMatchObject({ mimeType: 'audio/mpeg', fileName: `${String(call.id)}.mp3`, fileExtension: 'mp3' });
		expectStoredAs(binary);
		const bytes = await binaryMode.read(binary);
		expect(bytes.equals(env.sandbox.media.recordingOf(String(call.id)))).toBe(true);
		// A real MP3: ID3v2 tag, then MPEG-1 Layer III frame headers.
		expect(bytes.subarray(0, 3).toString()).toBe('ID3');
		expect(bytes.includes(Buffer.from([0xff, 0xfb, 0x18, 0xc0]))).toBe(true);
		expect(item.json).toEqual({ call_id: call.id, file_name: `${String(call.id)}.mp3`, mime_type: 'audio/mpeg', file_size: binary.fileSize });

		const [api, app] = apiOrigin();
		expect(api.path).toBe(`/v3/a/${account()}/calls/${String(call.id)}/recording.json`);
		expect(api.headers.authorization).toMatch(/^Token token=/);
		expect(app.path).toBe(`/calls/${String(call.id)}/recording/redirect`);
		expect(app.status).toBe(302);
		expect(app.headers.authorization).toBeUndefined();
		expect(apiOrigin()).toHaveLength(2);
		expect(env.sandbox.media.requests.map((r) => [r.path, r.status])).toEqual([[`/recordings/${String(call.id)}.mp3`, 200]]);
		expect(env.sandbox.media.leaks).toEqual([]);
	});

	it('through the Maton gateway, neither the Maton key nor the connection id leaves the gateway', async () => {
		const call = recordedCall();
		const result = await getRecording(String(call.id), { download: true, binaryPropertyName: 'data' }, env.maton('agencyAdmin'));
		expect(result.error).toBeUndefined();
		expect((await binaryMode.read(result.items[0].binary!.data)).equals(env.sandbox.media.recordingOf(String(call.id)))).toBe(true);
		const [api, app] = apiOrigin();
		expect(api.path).toBe(`/callrail/v3/a/${account()}/calls/${String(call.id)}/recording.json`);
		expect(api.headers['maton-connection']).toBe(env.sandbox.matonConnections.agencyAdmin);
		expect(app.headers.authorization).toBeUndefined();
		expect(app.headers['maton-connection']).toBeUndefined();
		expect(env.sandbox.media.requests).toHaveLength(1);
		expect(env.sandbox.media.leaks).toEqual([]);
	});

	it('a HIPAA account’s storage link is downloaded directly, without the key', async () => {
		const call = recordedCall(2);
		const result = await getRecording(String(call.id), { download: true, binaryPropertyName: 'data' }, env.apiKey(), 2);
		expect(result.error).toBeUndefined();
		expect((await binaryMode.read(result.items[0].binary!.data)).equals(env.sandbox.media.recordingOf(String(call.id)))).toBe(true);
		expect(apiOrigin().map((r) => r.path)).toEqual([`/v3/a/${account(2)}/calls/${String(call.id)}/recording.json`]);
		expect(env.sandbox.media.requests).toHaveLength(1);
		expect(env.sandbox.media.leaks).toEqual([]);
	});

	it('an expired link fails clearly and says how to get a fresh one', async () => {
		env.sandbox.media.linkTtlSeconds = -1;
		const call = recordedCall();
		const result = await getRecording(String(call.id), { download: true, binaryPropertyName: 'data' });
		expect(result.error?.message).toBe(`The link to the recording of call ${String(call.id)} has expired`);
		expect(result.error?.description).toMatch(/fresh link/);
		expect(env.sandbox.media.requests.map((r) => r.status)).toEqual([403]);
		expect(env.sandbox.media.leaks).toEqual([]);
	});

	it('a call without a recording is a clear error, or an error item with Continue On Fail', async () => {
		const call = unrecordedCall();
		const failed = await getRecording(String(call.id), { download: true, binaryPropertyName: 'data' });
		expect(failed.error?.message).toMatch(/404/);
		expect(failed.error?.description).toMatch(/no recording/);
		const continued = await getRecording(String(call.id), { download: true, binaryPropertyName: 'data', continueOnFail: true });
		expect(continued.error).toBeUndefined();
		expect(continued.items).toHaveLength(1);
		expect(continued.items[0].binary).toBeUndefined();
		expect(continued.items[0].json).toEqual({ error: expect.stringMatching(/404/) });
		expect(env.sandbox.media.requests).toHaveLength(0);
	});

	// ---- Text Message › Send with a file

	const conversation = () =>
		(env.sandbox.store.conversations as IDataObject[]).find((c) => c.account_id === account()) as IDataObject & { messages: IDataObject[] };
	const send = async (files: Array<{ field: string; bytes: Buffer; fileName: string; mimeType: string }>, additionalFields: INodeParameters, settings = {}) => {
		const conv = conversation();
		return await runWorkflow(
			[
				{
					name: 'Files',
					type: 'test.files',
					parameters: { files: files.map((f) => ({ field: f.field, base64: f.bytes.toString('base64'), fileName: f.fileName, mimeType: f.mimeType })) },
				},
				{
					name: 'CallRail',
					parameters: {
						resource: 'textMessage',
						operation: 'send',
						accountId: byId(account()),
						companyId: byId(String(conv.company_id)),
						customerPhoneNumber: String(conv.customer_phone_number),
						content: 'Here is the estimate',
						additionalFields,
					},
					settings,
				},
			],
			{ credentials: env.apiKey() },
		);
	};
	const sends = () => env.requests((r) => r.method === 'POST');

	it('Send with Media File Field uploads the image as multipart media_file, once', async () => {
		const png = pngBytes(24, 12, 7);
		const result = await send([{ field: 'photo', bytes: png, fileName: 'estimate.png', mimeType: 'image/png' }], { mediaFile: 'photo' });
		expect(result.error('CallRail')).toBeUndefined();
		const [post] = sends();
		expect(sends()).toHaveLength(1);
		expect(post.status).toBe(201);
		expect(post.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(post.multipart).toEqual({
			fields: ['company_id', 'customer_phone_number', 'content'],
			file: { filename: 'estimate.png', content_type: 'image/png', size: png.length },
		});
		// CallRail stored the very bytes: the new message's media serves them.
		const message = conversation().messages.at(-1)!;
		expect(message.type).toBe('mms');
		expect(env.sandbox.media.fileOf(String(message.id), 0)?.equals(png)).toBe(true);
		expect(result.output('CallRail')[0].json.id).toBe(conversation().id);
	});

	it('a JPEG photo, the usual MMS image, is sent as image/jpeg', async () => {
		const result = await send([{ field: 'photo', bytes: JPEG_BYTES, fileName: 'IMG_0042.jpg', mimeType: 'image/jpeg' }], { mediaFile: 'photo' });
		expect(result.error('CallRail')).toBeUndefined();
		expect(sends()[0].multipart?.file).toEqual({ filename: 'IMG_0042.jpg', content_type: 'image/jpeg', size: JPEG_BYTES.length });
	});

	it('a GIF declared as something else is sent as what its bytes are', async () => {
		const result = await send([{ field: 'data', bytes: GIF_BYTES, fileName: 'anim', mimeType: 'application/octet-stream' }], { mediaFile: 'data' });
		expect(result.error('CallRail')).toBeUndefined();
		expect(sends()[0].multipart?.file).toEqual({ filename: 'anim.gif', content_type: 'image/gif', size: GIF_BYTES.length });
	});

	const badFiles: Array<[string, Array<{ field: string; bytes: Buffer; fileName: string; mimeType: string }>, INodeParameters, RegExp, RegExp]> = [
		['a missing binary field', [{ field: 'data', bytes: GIF_BYTES, fileName: 'a.gif', mimeType: 'image/gif' }], { mediaFile: 'photo' }, /no binary field "photo"/, /one of: data/],
		['no binary data at all', [], { mediaFile: 'photo' }, /no binary field "photo"/, /no binary data at all/],
		['an empty file', [{ field: 'data', bytes: Buffer.alloc(0), fileName: 'a.png', mimeType: 'image/png' }], { mediaFile: 'data' }, /"data" is empty/, /node that produced it/],
		['a PDF', [{ field: 'data', bytes: Buffer.from('%PDF-1.7\n'), fileName: 'quote.pdf', mimeType: 'application/pdf' }], { mediaFile: 'data' }, /not a JPEG, PNG or GIF image/, /application\/pdf \(quote\.pdf\)/],
		['a file over 5 MB', [{ field: 'data', bytes: Buffer.concat([pngBytes(), Buffer.alloc(5 * 1024 * 1024)]), fileName: 'big.png', mimeType: 'image/png' }], { mediaFile: 'data' }, /is 5\.0 MB; CallRail accepts at most 5 MB/, /Resize or compress/],
		['both a URL and a file', [{ field: 'data', bytes: GIF_BYTES, fileName: 'a.gif', mimeType: 'image/gif' }], { mediaFile: 'data', mediaUrl: 'https://example.com/a.gif' }, /either Media URL or Media File Field/, /both/],
	];
	it.each(badFiles)('refuses %s before sending anything', async (_label, files, additional, message, description) => {
		const result = await send(files, additional);
		const error = result.error('CallRail');
		expect(error?.message).toMatch(message);
		expect(error?.description).toMatch(description);
		expect(sends()).toHaveLength(0);
	});

	it('with Continue On Fail a refused file gives an error item and sends nothing', async () => {
		const result = await send([{ field: 'data', bytes: Buffer.from('plain text'), fileName: 'a.txt', mimeType: 'text/plain' }], { mediaFile: 'data' }, { continueOnFail: true });
		expect(result.error('CallRail')).toBeUndefined();
		expect(result.output('CallRail').map((i) => i.json)).toEqual([{ error: expect.stringMatching(/not a JPEG, PNG or GIF/) }]);
		expect(sends()).toHaveLength(0);
	});

	it('a multipart send that fails is never retried', async () => {
		env.sandbox.faults.add({ method: 'POST', path: `/v3/a/${account()}/text-messages.json`, status: 503, times: 1 });
		const result = await send([{ field: 'data', bytes: GIF_BYTES, fileName: 'a.gif', mimeType: 'image/gif' }], { mediaFile: 'data' });
		expect(result.error('CallRail')?.message).toMatch(/503/);
		expect(sends()).toHaveLength(1);
	});

	// ---- Text Message › Get Conversation › Download Media

	const getConversation = async (conversationId: string, extra: IDataObject = {}) =>
		await runNode(
			{ resource: 'textMessage', operation: 'getConversation', accountId: byId(account()), conversationId: byId(conversationId), ...extra },
			{ credentials: env.apiKey() },
		);

	/** A conversation without any MMS yet, so its media are exactly those a test adds. */
	const quietConversation = () =>
		String(
			(env.sandbox.store.conversations as Array<IDataObject & { messages: IDataObject[] }>).find(
				(c) => c.account_id === account() && c.messages.every((m) => !(m.media_urls as string[]).length),
			)!.id,
		);

	it('Get Conversation › Download Media adds each image as a file; the key goes to the API endpoint only', async () => {
		const { conversation: conv, message } = env.sandbox.addMmsMessage(account(), { conversation_id: quietConversation() });
		env.sandbox.clearRequests();
		const result = await getConversation(String(conv.id), { downloadMedia: true, binaryPropertyName: 'image' });
		expect(result.error).toBeUndefined();
		const binary = result.items[0].binary!;
		expect(Object.keys(binary)).toEqual(['image', 'image_1']);
		expect(binary.image).toMatchObject({ mimeType: 'image/png', fileName: `${String(message.id)}-0.png` });
		expect(binary.image_1).toMatchObject({ mimeType: 'image/gif', fileName: `${String(message.id)}-1.gif` });
		expectStoredAs(binary.image);
		expect((await binaryMode.read(binary.image)).equals(env.sandbox.media.fileOf(String(message.id), 0)!)).toBe(true);
		expect((await binaryMode.read(binary.image_1)).equals(GIF_BYTES)).toBe(true);
		expect(result.json[0].id).toBe(conv.id);

		const mediaCalls = env.requests((r) => r.path.includes('/media/'));
		expect(mediaCalls.map((r) => [r.status, r.headers.authorization?.startsWith('Token token=')])).toEqual([
			[302, true],
			[302, true],
		]);
		expect(env.sandbox.media.requests.map((r) => r.status)).toEqual([200, 200]);
		expect(env.sandbox.media.leaks).toEqual([]);
	});

	it('Get Conversation without Download Media fetches no media', async () => {
		const { conversation: conv } = env.sandbox.addMmsMessage(account());
		env.sandbox.clearRequests();
		const result = await getConversation(String(conv.id));
		expect(result.error).toBeUndefined();
		expect(result.items[0].binary).toBeUndefined();
		expect(env.requests()).toHaveLength(1);
		expect(env.sandbox.media.requests).toHaveLength(0);
	});

	it('through the Maton gateway, text media are asked of the gateway with the Maton key, storage without it', async () => {
		const { conversation: conv, message } = env.sandbox.addMmsMessage(account(), { conversation_id: quietConversation() });
		env.sandbox.clearRequests();
		const result = await runNode(
			{ resource: 'textMessage', operation: 'getConversation', accountId: byId(account()), conversationId: byId(String(conv.id)), downloadMedia: true, binaryPropertyName: 'data' },
			{ credentials: env.maton('singleAccount') },
		);
		expect(result.error).toBeUndefined();
		expect((await binaryMode.read(result.items[0].binary!.data)).equals(env.sandbox.media.fileOf(String(message.id), 0)!)).toBe(true);
		const mediaCalls = env.requests((r) => r.path.includes('/media/'));
		expect(mediaCalls.map((r) => [r.path, r.headers['maton-connection']])).toEqual([
			[`/callrail/v3/a/${account()}/text-messages/${String(message.id)}/media/0`, env.sandbox.matonConnections.singleAccount],
			[`/callrail/v3/a/${account()}/text-messages/${String(message.id)}/media/1`, env.sandbox.matonConnections.singleAccount],
		]);
		expect(env.sandbox.media.requests).toHaveLength(2);
		expect(env.sandbox.media.leaks).toEqual([]);
	});

	it('an API answer that gives the location as JSON ({"url"}) instead of redirecting is followed too', async () => {
		const { conversation: conv, message } = env.sandbox.addMmsMessage(account(), { conversation_id: quietConversation() }, [GIF_BYTES]);
		const mediaPath = `/v3/a/${account()}/text-messages/${String(message.id)}/media/0`;
		env.sandbox.faults.add({ method: 'GET', path: mediaPath, status: 200, body: { url: env.sandbox.media.signedUrl(`mms/${String(message.id)}/0`) } });
		const result = await getConversation(String(conv.id), { downloadMedia: true, binaryPropertyName: 'data' });
		expect(result.error).toBeUndefined();
		expect((await binaryMode.read(result.items[0].binary!.data)).equals(GIF_BYTES)).toBe(true);
		expect(env.requests((r) => r.path === mediaPath).map((r) => r.status)).toEqual([200]);
		expect(env.sandbox.media.leaks).toEqual([]);
	});

	it('an empty media file is a clear error', async () => {
		const { conversation: conv, message } = env.sandbox.addMmsMessage(account(), { conversation_id: quietConversation() }, [Buffer.alloc(0)]);
		const result = await getConversation(String(conv.id), { downloadMedia: true, binaryPropertyName: 'data' });
		expect(result.error?.message).toBe(`The file of media 1 of text ${String(message.id)} is empty`);
	});

	it('an expired media link of a text fails clearly', async () => {
		const { conversation: conv, message } = env.sandbox.addMmsMessage(account());
		env.sandbox.media.linkTtlSeconds = -1;
		const result = await getConversation(String(conv.id), { downloadMedia: true, binaryPropertyName: 'data' });
		expect(result.error?.message).toBe(`The link to media 1 of text ${String(message.id)} has expired`);
	});
});
