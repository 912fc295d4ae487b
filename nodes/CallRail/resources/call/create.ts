import type { INodeProperties } from 'n8n-workflow';

import { userLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';
import { collection } from '../../../kernel/collections';

const phoneField = (
	displayName: string,
	name: string,
	property: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. +14045551234',
	description,
	routing: { send: { type: 'body', property } },
});

export const createCall: OperationDeclaration = {
	value: 'create',
	name: 'Create',
	action: 'Create an outbound call',
	description: 'Place a real outbound call: the business number rings first, then the customer',
	method: 'POST',
	path: 'calls.json',
	costsMoney:
		'COSTS MONEY: places a real phone call that rings the business and then the customer, billed as call minutes. Only call when the user explicitly asked to.',
	fields: [
		{
			displayName:
				'This places a real phone call: CallRail rings the business number first, then dials the customer. US and Canadian numbers only, at most 100 calls an hour per account. A rate-limit answer (429) means nothing was done, so the request is repeated after the wait; after a server error it is never repeated, so a failure never places a second call.',
			name: 'outboundCallNotice',
			type: 'notice',
			default: '',
		},
		phoneField(
			'Caller ID',
			'callerId',
			'caller_id',
			'Number the customer sees: a tracking number of the account or a verified outbound caller ID',
		),
		phoneField('Customer Phone Number', 'customerPhoneNumber', 'customer_phone_number', 'Number to call'),
		phoneField(
			'Business Phone Number',
			'businessPhoneNumber',
			'business_phone_number',
			'Number of the person placing the call; it rings first, and the customer is dialed once it is answered',
		),
		collection('Additional Fields', [
			{
				...userLocator({
					name: 'agent',
					displayName: 'Agent',
					required: false,
					description: 'The CallRail user the call is attributed to',
				}),
				routing: { send: { type: 'body', property: 'agent_id' } },
			},
			{
				displayName: 'Greeting Recording URL',
				name: 'greetingRecordingUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/greeting.mp3',
				description: 'Audio file played to the customer when they answer (reference: "played for the customer when the call is answered")',
				routing: { send: { type: 'body', property: 'outbound_greeting_recording_url' } },
			},
			{
				displayName: 'Greeting Text',
				name: 'greetingText',
				type: 'string',
				default: '',
				description: 'Text read to the customer when they answer the call',
				routing: { send: { type: 'body', property: 'outbound_greeting_text' } },
			},
			{
				displayName: 'Recording Enabled',
				name: 'recordingEnabled',
				type: 'boolean',
				default: true,
				description: 'Whether to record the call',
				routing: { send: { type: 'body', property: 'recording_enabled' } },
			},
		]),
	],
};
