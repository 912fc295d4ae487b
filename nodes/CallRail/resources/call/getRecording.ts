import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { downloadMedia, RECORDING_NOT_FOUND, recordingTarget, recordingUrlOf } from '../../../kernel/media';
import type { OperationDeclaration } from '../../builder/operation';
import { failItem } from '../../builder/routing';
import { callIdField } from './fields';

/** With Download on, replaces the `{url}` answer by the MP3 itself; the link is never output. */
async function downloadRecordingOutput(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('download', false) !== true) return items;
	const callId = String(this.getNodeParameter('callId', '', { extractValue: true })).trim();
	const property = String(this.getNodeParameter('binaryPropertyName', 'data')).trim();
	if (!property) failItem(this, 'Put Output File in Field is empty', 'Name the binary field for the MP3, for example "data".');
	const url = recordingUrlOf(response.body);
	if (!url) {
		failItem(
			this,
			`Call ${callId} has no recording`,
			'Only answered calls and voicemails on trackers with recording enabled have one, and it can take a few minutes after the call ends.',
		);
	}
	const binary = await downloadMedia.call(this, url, recordingTarget(callId));
	return [
		{
			json: { call_id: callId, file_name: binary.fileName, mime_type: binary.mimeType, file_size: binary.fileSize },
			binary: { [property]: binary },
			pairedItem: { item: this.getItemIndex() },
		},
	];
}

export const getCallRecording: OperationDeclaration = {
	value: 'getRecording',
	name: 'Get Recording',
	action: 'Get the recording of a call',
	description:
		'Get the MP3 recording as a file, or its URL. HIPAA accounts get a short-lived link (about 24 hours): use it right away and do not store it.',
	method: 'GET',
	path: 'calls/{{$parameter.callId}}/recording.json',
	output: false,
	fields: [
		callIdField,
		{
			displayName: 'Download',
			name: 'download',
			type: 'boolean',
			default: false,
			description:
				'Whether to download the MP3 as binary data (following CallRail’s short-lived link at once) instead of returning the link',
		},
		{
			displayName: 'Put Output File in Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the output binary field to put the MP3 in',
			displayOptions: { show: { download: [true] } },
		},
	],
	postReceive: [downloadRecordingOutput],
	notFound: RECORDING_NOT_FOUND,
};
