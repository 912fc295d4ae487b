import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../shared/descriptions';
import { bodyOf, failItem } from '../../shared/routing';
import { MAX_TEXT_LENGTH, textShow } from './fields';

const show = textShow(['send']);

export const textMessageSendDescription: INodeProperties[] = [
	{
		displayName:
			'This sends a real, billed text message. CallRail allows person-to-person texting only: automated or bulk texting breaks its terms of service. The sending number needs SMS enabled and a completed 10DLC registration, and an account may send 150 texts an hour. The request is never retried automatically, so a failure never sends a second text.',
		name: 'sendNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	{
		...companyLocator({ description: 'The company whose number sends the text' }),
		displayOptions: show,
		routing: { send: { type: 'body', property: 'company_id' } },
	},
	{
		displayName: 'Customer Phone Number',
		name: 'customerPhoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+14045551234',
		description: 'US or Canadian number the text goes to',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'customer_phone_number' } },
	},
	{
		displayName: 'Tracking Number',
		name: 'trackingNumber',
		type: 'string',
		default: '',
		placeholder: '+14045556789',
		description:
			'SMS-enabled tracking number that sends the text. Can be left empty only when the customer already has a conversation with the company.',
		displayOptions: show,
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
		displayOptions: show,
		routing: { send: { type: 'body', property: 'content' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Media URL',
				name: 'mediaUrl',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/picture.jpg',
				description: 'Public URL of a JPEG, PNG or GIF image (up to 5 MB) sent as an MMS',
				routing: { send: { type: 'body', property: 'media_url', value: '={{ $value ? $value : undefined }}' } },
			},
		],
	},
];

/** Refuses an empty or over-long text before anything is sent, so no request and no text is spent on it. */
export async function checkTextContent(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
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
