import { request } from 'undici';

import type { Sandbox } from '../../sandbox';
import { GIF_BYTES, pngBytes, startSandbox } from '../../sandbox';

describe('sandbox: recordings and text media', () => {
	let sb: Sandbox;
	const account = () => sb.ids.accounts[0];
	const auth = () => ({ authorization: `Token token="${sb.keys.agencyAdmin}"` });
	const recorded = () => (sb.store.calls as Array<{ id: string; account_id: string; recording: string | null }>).find((c) => c.account_id === account() && c.recording)!;
	const get = async (url: string, headers: Record<string, string> = {}) => {
		const response = await request(url, { headers });
		return { status: response.statusCode, headers: response.headers, body: Buffer.from(await response.body.arrayBuffer()) };
	};
	const recordingLink = async () => {
		const answer = await get(`${sb.url}/v3/a/${account()}/calls/${recorded().id}/recording.json`, auth());
		return JSON.parse(answer.body.toString()).url as string;
	};

	beforeAll(async () => {
		sb = await startSandbox({ rateLimit: false, clock: 'manual' });
	});
	afterAll(async () => {
		await sb.close();
	});
	beforeEach(() => {
		sb.media.clearRequests();
		sb.media.linkTtlSeconds = 300;
	});

	it('redirects the app link to a signed storage link on another origin, which serves a real MP3', async () => {
		const hop = await get(await recordingLink());
		expect(hop.status).toBe(302);
		const location = String(hop.headers.location);
		expect(new URL(location).origin).toBe(sb.media.url);
		expect(new URL(location).origin).not.toBe(new URL(sb.url).origin);
		const file = await get(location);
		expect(file.status).toBe(200);
		expect(file.headers['content-type']).toBe('audio/mpeg');
		expect(file.body.subarray(0, 3).toString()).toBe('ID3');
		// First MPEG audio frame right after the ID3v2 tag (10-byte header + syncsafe size).
		const tagSize = (file.body[6] << 21) | (file.body[7] << 14) | (file.body[8] << 7) | file.body[9];
		expect([...file.body.subarray(10 + tagSize, 14 + tagSize)]).toEqual([0xff, 0xfb, 0x18, 0xc0]);
		expect(file.body.equals(sb.media.recordingOf(recorded().id))).toBe(true);
	});

	it('the storage origin refuses and records a request that carries Authorization or Maton-Connection', async () => {
		const location = String((await get(await recordingLink())).headers.location);
		expect((await get(location, auth())).status).toBe(400);
		expect((await get(location, { 'maton-connection': 'conn_x' })).status).toBe(400);
		expect(sb.media.leaks.map((l) => l.headers)).toEqual([['authorization'], ['maton-connection']]);
	});

	it('storage links expire on the sandbox clock, a forged signature is refused', async () => {
		const location = String((await get(await recordingLink())).headers.location);
		sb.clock.advance(301_000);
		const late = await get(location);
		expect(late.status).toBe(403);
		expect(late.body.toString()).toContain('<Message>Request has expired</Message>');
		const forged = await get(location.replace(/Signature=\w+/, 'Signature=00'));
		expect(forged.body.toString()).toContain('SignatureDoesNotMatch');
	});

	it('text media need the API key and redirect to storage; the images are real PNG and GIF', async () => {
		const { message } = sb.addMmsMessage(account());
		const urls = message.media_urls as string[];
		expect(urls).toHaveLength(2);
		expect((await get(urls[0])).status).toBe(401);
		const hop = await get(urls[0], auth());
		expect(hop.status).toBe(302);
		const png = await get(String(hop.headers.location));
		expect(png.headers['content-type']).toBe('image/png');
		expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		const gif = await get(String((await get(urls[1], auth())).headers.location));
		expect(gif.body.equals(GIF_BYTES)).toBe(true);
	});

	describe('Send Text Message with media_file (multipart/form-data)', () => {
		const conv = () => (sb.store.conversations as Array<{ account_id: string; company_id: string; customer_phone_number: string }>).find((c) => c.account_id === account())!;
		const post = async (file?: { bytes: Buffer; type: string; name?: string }, extra: Record<string, string> = {}) => {
			const form = new FormData();
			form.append('company_id', conv().company_id);
			form.append('customer_phone_number', conv().customer_phone_number);
			form.append('content', 'Picture attached');
			for (const [k, v] of Object.entries(extra)) form.append(k, v);
			if (file) form.append('media_file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name ?? 'file');
			const response = await fetch(`${sb.url}/v3/a/${account()}/text-messages.json`, { method: 'POST', headers: auth(), body: form });
			return { status: response.status, body: (await response.json()) as { error?: string } };
		};

		it('accepts a PNG and refuses what the reference excludes', async () => {
			expect((await post({ bytes: pngBytes(), type: 'image/png' })).status).toBe(201);
			expect(await post({ bytes: Buffer.from('not an image'), type: 'image/png' })).toEqual({ status: 422, body: { error: 'media_file must be a JPEG, PNG or GIF image' } });
			expect((await post({ bytes: GIF_BYTES, type: 'image/png' })).body.error).toBe('media_file is declared as image/png but is image/gif');
			expect((await post({ bytes: Buffer.concat([GIF_BYTES, Buffer.alloc(5 * 1024 * 1024)]), type: 'image/gif' })).status).toBe(422);
			expect((await post({ bytes: Buffer.alloc(0), type: 'image/gif' })).body.error).toBe('media_file is empty');
			expect((await post({ bytes: GIF_BYTES, type: 'image/gif' }, { media_url: 'https://example.com/a.gif' })).status).toBe(422);
			expect((await post(undefined, { media_file: 'a.gif' })).status).toBe(400);
		});

		it('refuses media_file in a JSON body', async () => {
			const response = await request(`${sb.url}/v3/a/${account()}/text-messages.json`, {
				method: 'POST',
				headers: { ...auth(), 'content-type': 'application/json' },
				body: JSON.stringify({ company_id: conv().company_id, customer_phone_number: conv().customer_phone_number, content: 'x', media_file: 'a.gif' }),
			});
			expect(response.statusCode).toBe(400);
			await response.body.dump();
		});
	});
});
