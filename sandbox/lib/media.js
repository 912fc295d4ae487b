'use strict';
/**
 * Recordings and text-message media, as CallRail serves them:
 * - `calls/{id}/recording.json` gives `{url}`: for most accounts an app link `/calls/{id}/recording/redirect?access_key=…`
 *   (served here by the API server, no API key needed) that redirects to storage; for HIPAA accounts a signed
 *   storage URL directly (reference: "temporary S3 URL").
 * - `media_urls` of texts are API endpoints `/v3/a/{account}/text-messages/{message}/media/{n}` that need the API
 *   key and redirect to the current location of the file (reference: "make a GET request … using your API key").
 * - Storage is a second loopback server (another origin, like a CDN or a bucket). Its links are signed and expire
 *   after `linkTtlSeconds` on the sandbox clock (403, as S3 answers an expired presigned URL). It must never see
 *   the API key: a request with `Authorization` or `Maton-Connection` is recorded in `leaks` and refused.
 * The files are real: MPEG-1 Layer III frames (silence) behind an ID3v2 tag naming the call, and PNG/GIF images.
 */
const crypto = require('node:crypto');
const http = require('node:http');
const zlib = require('node:zlib');

const MAX_MEDIA_BYTES = 5 * 1024 * 1024;
const IMAGE_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif' };

// ---- the files

/** An ID3v2.3 tag with one TIT2 frame, so every recording's bytes differ and name their call. */
function id3Tag(title) {
	const text = Buffer.concat([Buffer.from([0]), Buffer.from(title, 'latin1')]);
	const frame = Buffer.concat([Buffer.from('TIT2'), u32(text.length), Buffer.from([0, 0]), text]);
	const size = frame.length;
	const syncsafe = Buffer.from([(size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f]);
	return Buffer.concat([Buffer.from('ID3'), Buffer.from([3, 0, 0]), syncsafe, frame]);
}

function u32(n) {
	const b = Buffer.alloc(4);
	b.writeUInt32BE(n >>> 0);
	return b;
}

/**
 * MPEG-1 Layer III, 32 kbit/s, 32 kHz, mono: header FF FB 18 C0, 144 bytes a frame, 1,152 samples (36 ms).
 * Zeroed side information means empty granules, i.e. silence every decoder accepts.
 */
const FRAME = Buffer.concat([Buffer.from([0xff, 0xfb, 0x18, 0xc0]), Buffer.alloc(140)]);
const FRAMES_PER_SECOND = 32000 / 1152;

function recordingBytes(callId, seconds) {
	const frames = Math.max(1, Math.round(Math.min(Math.max(Number(seconds) || 1, 1), 600) * FRAMES_PER_SECOND));
	const body = Buffer.alloc(frames * FRAME.length);
	for (let i = 0; i < frames; i++) FRAME.copy(body, i * FRAME.length);
	return Buffer.concat([id3Tag(`CallRail recording ${callId}`), body]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(buf) {
	let c = 0xffffffff;
	for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type, data) {
	const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	return Buffer.concat([u32(data.length), typed, u32(crc32(typed))]);
}

/** A valid RGB PNG of the given size, one colour (so two images differ by their seed). */
function pngBytes(width = 16, height = 16, seed = 0) {
	const ihdr = Buffer.concat([u32(width), u32(height), Buffer.from([8, 2, 0, 0, 0])]);
	const row = Buffer.alloc(1 + width * 3);
	for (let x = 0; x < width; x++) row.set([(seed * 53) & 0xff, (seed * 97 + 80) & 0xff, 200], 1 + x * 3);
	const raw = Buffer.concat(Array.from({ length: height }, () => row));
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		pngChunk('IHDR', ihdr),
		pngChunk('IDAT', zlib.deflateSync(raw)),
		pngChunk('IEND', Buffer.alloc(0)),
	]);
}

/** The classic 1×1 GIF89a (one-colour palette, one LZW-coded pixel). */
const GIF_BYTES = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/** A 16×16 baseline JFIF JPEG (a two-colour gradient, 4:2:0), the format phones send MMS photos in. */
const JPEG_BYTES = Buffer.from(
	'/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAAQABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAQF/8QAFRABAQAAAAAAAAAAAAAAAAAAABP/xAAVAQEBAAAAAAAAAAAAAAAAAAADBP/EABYRAAMAAAAAAAAAAAAAAAAAAAAVYf/aAAwDAQACEQMRAD8AzZElkiR29KVcP//Z',
	'base64',
);

/** Which image a buffer is, by its magic number, as CallRail checks an upload. */
function sniffImage(bytes) {
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
	if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
	if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'image/gif';
	return undefined;
}

// ---- multipart/form-data (the Send Text Message upload)

/** Splits a multipart body into text fields and files; `null` when the body is not well-formed multipart. */
function parseMultipart(raw, contentType) {
	const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(String(contentType || ''));
	if (!match) return null;
	const delimiter = Buffer.from(`--${match[1] || match[2]}`);
	const fields = {};
	const files = [];
	let at = raw.indexOf(delimiter);
	if (at < 0) return null;
	for (;;) {
		at += delimiter.length;
		if (raw.subarray(at, at + 2).toString() === '--') break;
		if (raw.subarray(at, at + 2).toString() !== '\r\n') return null;
		const headerEnd = raw.indexOf('\r\n\r\n', at);
		if (headerEnd < 0) return null;
		const headers = {};
		for (const line of raw.subarray(at + 2, headerEnd).toString('utf8').split('\r\n')) {
			const colon = line.indexOf(':');
			if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
		}
		const next = raw.indexOf(delimiter, headerEnd + 4);
		if (next < 0) return null;
		const content = raw.subarray(headerEnd + 4, next - 2);
		const disposition = headers['content-disposition'] || '';
		const name = /\bname="([^"]*)"/i.exec(disposition);
		if (!/^form-data\b/i.test(disposition) || !name) return null;
		const filename = /\bfilename="([^"]*)"/i.exec(disposition);
		if (filename) {
			files.push({ name: name[1], filename: filename[1], contentType: headers['content-type'] || null, bytes: Buffer.from(content) });
		} else {
			fields[name[1]] = content.toString('utf8');
		}
		at = next;
	}
	return { fields, files };
}

/**
 * The body of a multipart text send, checked as the reference describes `media_file`: a file part (with a file
 * name) whose type is JPEG, PNG or GIF, at most 5 MB; every other parameter a plain field. The declared type must
 * match the bytes.
 */
function multipartTextBody(raw, contentType, fail) {
	const parsed = parseMultipart(raw, contentType);
	if (!parsed) fail(400, 'The multipart/form-data body is malformed');
	const body = { ...parsed.fields };
	for (const file of parsed.files) {
		if (file.name !== 'media_file') fail(400, `Unexpected file part: ${file.name}`);
		if (body.media_file) fail(400, 'Only one media_file may be sent');
		if (!file.bytes.length) fail(422, 'media_file is empty');
		if (file.bytes.length > MAX_MEDIA_BYTES) fail(422, 'media_file is larger than the maximum file size of 5MB');
		const sniffed = sniffImage(file.bytes);
		if (!sniffed) fail(422, 'media_file must be a JPEG, PNG or GIF image');
		if (file.contentType && file.contentType.toLowerCase() !== sniffed) fail(422, `media_file is declared as ${file.contentType} but is ${sniffed}`);
		body.media_file = { filename: file.filename, content_type: sniffed, size: file.bytes.length, bytes: file.bytes };
	}
	if (Object.keys(parsed.fields).includes('media_file')) fail(400, 'media_file must be a file part, not a text field');
	return body;
}

// ---- the storage host and the links

function createMedia(sb) {
	const secret = crypto.randomBytes(16).toString('hex');
	const files = new Map(); // key → { bytes, type }
	const media = {
		url: '',
		/** Lifetime of a storage link, in seconds of the sandbox clock. */
		linkTtlSeconds: 300,
		/** Requests the storage host received with an API credential header (must stay empty). */
		leaks: [],
		/** Every request the storage host received. */
		requests: [],
		recordingBytes: (call) => recordingBytes(call.id, call.recording_duration),
		/** The bytes a recording link of this call serves. */
		recordingOf(callId) {
			const call = sb.store.calls.find((c) => c.id === callId);
			if (!call) throw new Error(`Unknown call ${callId}`);
			return recordingBytes(call.id, call.recording_duration);
		},
		fileOf(messageId, index) {
			const file = files.get(`mms/${messageId}/${index}`);
			return file && file.bytes;
		},
	};

	const sign = (key, expires) => crypto.createHmac('sha256', secret).update(`${key}:${expires}`).digest('hex').slice(0, 32);
	media.signedUrl = (key) => {
		const expires = Math.floor(sb.clock.now().getTime() / 1000) + media.linkTtlSeconds;
		return `${media.url}/${key}?Expires=${expires}&Signature=${sign(key, expires)}`;
	};

	media.recordingUrl = (account, call) =>
		account.hipaa_account ? media.signedUrl(`recordings/${call.id}.mp3`) : `${sb.url}/calls/${call.id}/recording/redirect?access_key=${sign(`app/${call.id}`, 0)}`;

	/** Stores images for a message and points its media_urls at the API endpoint that hands out their location. */
	media.attach = (message, accountId, images) => {
		message.media_urls = images.map((bytes, i) => {
			files.set(`mms/${message.id}/${i}`, { bytes, type: sniffImage(bytes) || 'application/octet-stream' });
			return `${sb.url}/v3/a/${accountId}/text-messages/${message.id}/media/${i}`;
		});
		message.type = message.message_type = images.length ? 'mms' : 'sms';
		return message;
	};

	/** An incoming MMS (a PNG and a GIF unless told otherwise) in a conversation of the account. */
	sb.addMmsMessage = (accountId, partial = {}, images = [pngBytes(16, 16, 1), GIF_BYTES]) => {
		const { conversation, message } = sb.addTextMessage(accountId, { content: 'Here is a picture', ...partial });
		media.attach(message, accountId, images);
		return { conversation, message };
	};

	/** `GET /calls/{id}/recording/redirect?access_key=…` on the app host: no API key, a redirect to storage. */
	media.appRoute = (entry) => {
		const m = /^\/calls\/([^/]+)\/recording\/redirect$/.exec(entry.path);
		if (!m || entry.method !== 'GET') return undefined;
		const call = sb.store.calls.find((c) => c.id === m[1]);
		if (!call || !call.recording || entry.query.access_key !== sign(`app/${call.id}`, 0)) return { status: 404, body: { error: 'Not Found' } };
		return { status: 302, body: undefined, headers: { Location: media.signedUrl(`recordings/${call.id}.mp3`) } };
	};

	/** The API endpoint behind a text's media_urls entry. */
	media.textMediaRoute = (sbArg, req, messageId, index) => {
		const conv = sb.store.conversations.find((c) => c.account_id === req.account.id && c.messages.some((m) => m.id === messageId));
		if (!conv || !files.has(`mms/${messageId}/${index}`)) return { status: 404, body: { error: 'Not Found' } };
		return { status: 302, body: undefined, headers: { Location: media.signedUrl(`mms/${messageId}/${index}`) } };
	};

	/** A sent MMS upload becomes media of the new message, like an incoming one. */
	media.storeUpload = (message, accountId, upload) => media.attach(message, accountId, [upload.bytes]);

	function serve(incoming, res) {
		const url = new URL(incoming.url, 'http://media.invalid');
		const key = url.pathname.slice(1);
		const headers = Object.fromEntries(Object.entries(incoming.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
		const entry = { method: incoming.method, path: url.pathname, headers, status: 0, at: sb.clock.now().toISOString() };
		media.requests.push(entry);
		const reply = (status, type, body) => {
			entry.status = status;
			res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length });
			res.end(body);
		};
		const s3Error = (status, code, message) =>
			reply(status, 'application/xml', Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`));
		if (headers.authorization !== undefined || headers['maton-connection'] !== undefined) {
			media.leaks.push({ path: url.pathname, headers: Object.keys(headers).filter((h) => h === 'authorization' || h === 'maton-connection') });
			return s3Error(400, 'InvalidArgument', 'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified');
		}
		if (incoming.method !== 'GET') return s3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
		const expires = Number(url.searchParams.get('Expires'));
		if (!expires || url.searchParams.get('Signature') !== sign(key, expires)) return s3Error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
		if (sb.clock.now().getTime() / 1000 > expires) return s3Error(403, 'AccessDenied', 'Request has expired');
		const recording = /^recordings\/([^/]+)\.mp3$/.exec(key);
		if (recording) {
			const call = sb.store.calls.find((c) => c.id === recording[1]);
			if (!call || !call.recording) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
			return reply(200, 'audio/mpeg', recordingBytes(call.id, call.recording_duration));
		}
		const file = files.get(key);
		if (!file) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
		return reply(200, file.type, file.bytes);
	}

	const sockets = new Set();
	const server = http.createServer((incoming, res) => {
		incoming.resume();
		incoming.on('end', () => serve(incoming, res));
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	media.listen = () =>
		new Promise((resolve, reject) => {
			server.once('error', reject);
			server.listen(0, '127.0.0.1', () => {
				media.url = `http://127.0.0.1:${server.address().port}`;
				resolve(media.url);
			});
		});
	media.close = () =>
		new Promise((resolve) => {
			for (const socket of sockets) socket.destroy();
			server.close(() => resolve());
		});
	media.clearRequests = () => {
		media.requests.splice(0);
		media.leaks.splice(0);
	};
	return media;
}

module.exports = { createMedia, recordingBytes, pngBytes, GIF_BYTES, JPEG_BYTES, sniffImage, parseMultipart, multipartTextBody, MAX_MEDIA_BYTES, IMAGE_TYPES };
