import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../kernel/locators';
import { MAX_MMS_BYTES, MMS_TYPES, sniffImageType } from '../../../kernel/media';
import type { OperationDeclaration } from '../../builder/operation';
import { bodyOf, failItem } from '../../builder/routing';
import { MAX_TEXT_LENGTH } from './fields';
import { collection } from '../../../kernel/collections';

const sendFields: INodeProperties[] = [
	{
		displayName:
			'This sends a real, billed text message. CallRail allows person-to-person texting only: automated or bulk texting breaks its terms of service. The sending number needs SMS enabled and a completed 10DLC registration, and an account may send 150 texts an hour. A rate-limit answer (429) means nothing was sent, so the request is repeated after the wait; after a server error it is never repeated, so a failure never sends a second text.',
		name: 'sendNotice',
		type: 'notice',
		default: '',
	},
	{
		...companyLocator({ description: 'The company whose number sends the text' }),
		routing: { send: { type: 'body', property: 'company_id' } },
	},
	{
		displayName: 'Customer Phone Number',
		name: 'customerPhoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. +14045551234',
		description: 'US or Canadian number the text goes to',
		routing: { send: { type: 'body', property: 'customer_phone_number' } },
	},
	{
		displayName: 'Tracking Number',
		name: 'trackingNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. +14045556789',
		description:
			'SMS-enabled tracking number that sends the text. Can be left empty only when the customer already has a conversation with the company.',
		routing: { send: { type: 'body', property: 'tracking_number', value: '={{ $value ? $value : undefined }}' } },
	},
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: `The message, at most ${MAX_TEXT_LENGTH} characters. CallRail adds opt-out wording to the first text to a lead when it is missing.`,
		routing: { send: { type: 'body', property: 'content' } },
	},
	collection('Additional Fields', [
		{
			displayName: 'Media File Field',
			name: 'mediaFile',
			type: 'string',
			default: '',
			placeholder: 'e.g. data',
			hint: 'The name of the input binary field holding the image',
			description:
				'Send the image in this binary field of the input item as an MMS (uploaded as media_file): a JPEG, PNG or GIF of at most 5 MB, checked before anything is sent. Use either this or Media URL.',
		},
		{
			displayName: 'Media URL',
			name: 'mediaUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com/picture.jpg',
			description: 'Public URL of a JPEG, PNG or GIF image (up to 5 MB) sent as an MMS',
			routing: { send: { type: 'body', property: 'media_url', value: '={{ $value ? $value : undefined }}' } },
		},
	]),
];

/** Refuses an empty or over-long text before anything is sent, so no request and no text is spent on it. */
async function checkTextContent(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body: IDataObject = bodyOf(requestOptions);
	const content = String(body.content ?? '');
	const length = Array.from(content).length;
	if (content.trim() === '') failItem(this, 'The text has no content');
	if (length > MAX_TEXT_LENGTH) {
		failItem(
			this,
			`The text is ${length} characters long; CallRail accepts at most ${MAX_TEXT_LENGTH}`,
			'Shorten the content, or send it as several texts.',
		);
	}
	if (typeof body.media_url === 'string' && !/^https?:\/\/\S+$/i.test(body.media_url)) {
		failItem(this, `"${body.media_url}" is not an http(s) URL`);
	}
	return requestOptions;
}

const MB = 1024 * 1024;

/**
 * Media File: turns the JSON body into the multipart/form-data upload the reference shows (`-F media_file=@…;type=…`)
 * after checking the file locally, so a wrong file never reaches CallRail and never costs a text. It uses Node's
 * own FormData and Blob; n8n passes a FormData body through and the boundary header is set when it is sent.
 */
async function attachMediaFile(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const additional = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const property = String(additional.mediaFile ?? '').trim();
	if (!property) return requestOptions;
	const body: IDataObject = bodyOf(requestOptions);
	if (body.media_url !== undefined) {
		failItem(this, 'Use either Media URL or Media File Field, not both', 'CallRail refuses a text that has both.');
	}
	const binaries = this.getInputData().binary ?? {};
	const file = binaries[property];
	if (!file) {
		const available = Object.keys(binaries);
		failItem(
			this,
			`The input item has no binary field "${property}"`,
			available.length
				? `Set Media File Field to one of: ${available.join(', ')}.`
				: 'The input item has no binary data at all: read or download the image in an earlier node.',
		);
	}
	if (typeof file.bytes === 'number' && file.bytes > MAX_MMS_BYTES) tooLarge(this, property, file.bytes);
	const bytes = await this.helpers.getBinaryDataBuffer(property);
	if (bytes.length === 0) failItem(this, `The file in "${property}" is empty`, 'Check the node that produced it.');
	if (bytes.length > MAX_MMS_BYTES) tooLarge(this, property, bytes.length);
	const type = sniffImageType(bytes);
	if (!type) {
		failItem(
			this,
			`The file in "${property}" is not a JPEG, PNG or GIF image`,
			`It is ${file.mimeType || 'of an unknown type'}${file.fileName ? ` (${file.fileName})` : ''}. CallRail sends only JPEG, PNG and GIF images as MMS: convert it first.`,
		);
	}
	const stem = (file.fileName ?? 'image').replace(/\.[^.]*$/, '') || 'image';
	const form = new FormData();
	for (const [key, value] of Object.entries(body)) {
		if (value === undefined || value === null) continue;
		form.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
	}
	form.append('media_file', new Blob([new Uint8Array(bytes)], { type }), `${stem}.${MMS_TYPES[type]}`);
	requestOptions.body = form as unknown as IHttpRequestOptions['body'];
	// The JSON Content-Type of the request defaults would make axios serialise the form as JSON.
	const headers = { ...(requestOptions.headers ?? {}) };
	for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-type') delete headers[name];
	requestOptions.headers = headers;
	return requestOptions;
}

function tooLarge(ctx: IExecuteSingleFunctions, property: string, size: number): never {
	return failItem(
		ctx,
		`The file in "${property}" is ${(size / MB).toFixed(1)} MB; CallRail accepts at most 5 MB`,
		'Resize or compress the image, or send a link to it with Media URL.',
	);
}

export const sendTextMessage: OperationDeclaration = {
	value: 'send',
	name: 'Send',
	action: 'Send a text message',
	description: 'Send one person-to-person text (billed; repeated after a rate limit only, never after a server error)',
	method: 'POST',
	path: 'text-messages.json',
	fields: sendFields,
	preSend: [checkTextContent, attachMediaFile],
	costsMoney:
		'COSTS MONEY: sends a real SMS to a real person, billed per message; it is repeated only after a rate-limit answer (429, nothing sent), never after a server error. Only send when the user explicitly asked to, with the exact text.',
};
