import type { INodeProperties } from 'n8n-workflow';

import { campaignNameField, swapTargetsField, trackerShow } from './fields';
import { trackerIdField } from './get';

const show = trackerShow(['update']);

export const trackerUpdateDescription: INodeProperties[] = [
	trackerIdField(['update'], 'The tracker to change'),
	{
		displayName:
			'Call flow fields (destination number, recording, greeting) are merged into the current call flow: the node reads the tracker first so the fields you leave out keep their values',
		name: 'callFlowNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent; everything else on the tracker stays as it is',
		displayOptions: show,
		options: [
			{ ...campaignNameField, description: 'Campaign of a source tracker' },
			{
				displayName: 'Destination Number',
				name: 'destinationNumber',
				type: 'string',
				default: '',
				placeholder: '+14045551234',
				description: 'The business number calls are forwarded to (basic call flows only)',
				routing: { send: { type: 'body', property: 'call_flow.destination_number' } },
			},
			{
				displayName: 'Greeting Recording URL',
				name: 'greetingRecordingUrl',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/greeting.mp3',
				description: 'Audio played to callers; replaces a greeting text unless Greeting Text is set too. Empty clears it.',
				routing: { send: { type: 'body', property: 'call_flow.greeting_recording_url' } },
			},
			{
				displayName: 'Greeting Text',
				name: 'greetingText',
				type: 'string',
				default: '',
				description: 'Text read to callers before they are connected. Empty clears it.',
				routing: { send: { type: 'body', property: 'call_flow.greeting_text' } },
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'name' } },
			},
			{
				displayName: 'Pool Size',
				name: 'poolSize',
				type: 'number',
				default: 4,
				typeOptions: { minValue: 4, maxValue: 50 },
				description:
					'New size of a session tracker pool, at most 50. It can only grow, and each added number is billed monthly.',
				routing: { send: { type: 'body', property: 'pool_size' } },
			},
			{
				displayName: 'Recording Enabled',
				name: 'recordingEnabled',
				type: 'boolean',
				default: true,
				description: 'Whether calls to the tracker are recorded',
				routing: { send: { type: 'body', property: 'call_flow.recording_enabled' } },
			},
			{
				displayName: 'Replace Tracking Number',
				name: 'replaceTrackingNumber',
				type: 'string',
				default: '',
				placeholder: '+14045551234',
				description: 'A tracking number of this tracker to swap for a new one (the old number is released)',
				routing: { send: { type: 'body', property: 'replace_tracking_number' } },
			},
			{
				displayName: 'SMS Enabled',
				name: 'smsEnabled',
				type: 'boolean',
				default: false,
				description: 'Whether the tracking numbers can send and receive texts (needs 10DLC registration)',
				routing: { send: { type: 'body', property: 'sms_enabled' } },
			},
			swapTargetsField,
			{
				displayName: 'Whisper Message',
				name: 'whisperMessage',
				type: 'string',
				default: '',
				placeholder: 'Call from [source]',
				description: 'Played to the person answering before the caller is connected. Empty clears it.',
				routing: { send: { type: 'body', property: 'whisper_message' } },
			},
		],
	},
];
