import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

/** How a delivery's bytes were read: CallRail sends JSON, and some deliveries arrive form-encoded. */
export type DeliveryFormat = 'json' | 'form' | 'text';

export interface ParsedDelivery {
	format: DeliveryFormat;
	/** The payload as CallRail sent it; for `text`, `{ body: '<the text>' }`. */
	payload: IDataObject;
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** `a=1&b%5B%5D=2&c[d]=3`: every part is `key=value` in URL-encoded characters, no spaces, no JSON. */
const FORM_RE = /^[^\s=&{}"]+=[^\s&]*(?:&[^\s=&{}"]+=[^\s&]*)*&?$/;

function decode(text: string): string {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return text;
	}
}

/**
 * Rails-style nested keys (`tags[]=a`, `form_data[email]=b`, `integration_data[][integration]=Webhooks`), which is how
 * a Ruby sender encodes a hash as form data. Values stay strings, as they arrived.
 */
function setNested(target: IDataObject, key: string, value: string): void {
	const path = key.match(/^[^[\]]+|\[[^[\]]*\]/g);
	if (!path || path.join('') !== key) {
		target[key] = value;
		return;
	}
	const parts = path.map((p, i) => (i === 0 ? p : p.slice(1, -1)));
	let node: IDataObject | unknown[] = target;
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		const last = i === parts.length - 1;
		const nextIsArray = !last && parts[i + 1] === '';
		if (Array.isArray(node)) {
			if (part !== '') return;
			if (last) {
				// `list[]=` alone is how an empty list is encoded.
				if (value !== '' || node.length) node.push(value);
				return;
			}
			// `list[][field]`: a new element unless the last one still lacks this field.
			const field = parts[i + 1];
			let element = node[node.length - 1] as IDataObject | undefined;
			if (!element || typeof element !== 'object' || field in element) {
				element = {};
				node.push(element);
			}
			node = element;
			continue;
		}
		if (last) {
			node[part] = value;
			return;
		}
		const existing = node[part];
		if (nextIsArray) {
			if (!Array.isArray(existing)) node[part] = [];
		} else if (!existing || typeof existing !== 'object' || Array.isArray(existing)) {
			node[part] = {};
		}
		node = node[part] as IDataObject | unknown[];
	}
}

export function parseForm(text: string): IDataObject {
	const result: IDataObject = {};
	for (const pair of text.split('&')) {
		if (!pair) continue;
		const at = pair.indexOf('=');
		setNested(result, decode(pair.slice(0, at)), decode(pair.slice(at + 1)));
	}
	return result;
}

/**
 * Reads the payload from the exact bytes the signature covers, never from n8n's parsed body: the declared
 * Content-Type may be wrong (a JSON body declared form-encoded is one garbage key to n8n's parser), so the bytes decide.
 */
export function parseDelivery(rawBody: Buffer): ParsedDelivery {
	const text = stripBom(rawBody.toString('utf8')).trim();
	if (text.startsWith('{')) {
		try {
			const parsed = JSON.parse(text) as unknown;
			if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return { format: 'json', payload: parsed as IDataObject };
		} catch {
			// not JSON: try the other formats
		}
	}
	if (FORM_RE.test(text)) return { format: 'form', payload: parseForm(text) };
	return { format: 'text', payload: { body: text } };
}

/** A request as CallRail signs it: the exact bytes, their `Signature` header and the payload read from them. */
export interface Delivery extends ParsedDelivery {
	rawBody: Buffer;
	signature: string;
}

/** The request's delivery, or why it is refused before any key is tried. */
export async function readDelivery(ctx: IWebhookFunctions): Promise<Delivery | { refusal: string }> {
	const req = ctx.getRequestObject();
	if (!req.rawBody && typeof req.readRawBody === 'function') {
		try {
			await req.readRawBody();
		} catch {
			return { refusal: 'Unreadable body' };
		}
	}
	const rawBody: Buffer | undefined = req.rawBody;
	if (!rawBody?.length) return { refusal: 'Missing body' };
	const header = ctx.getHeaderData().signature;
	const signature = Array.isArray(header) ? header[0] : header;
	if (!signature) return { refusal: 'Missing Signature header' };
	// The payload is read only to choose which key to try first; nothing in it is used before the signature passes.
	return { rawBody, signature, ...parseDelivery(rawBody) };
}
