import type { INodeProperties } from 'n8n-workflow';

import { accountPath, listRouting, recordRouting } from '../../shared/routing';
import { callCreateDescription } from './create';
import { callGetDescription } from './get';
import { callGetManyDescription } from './getMany';
import { callGetPageViewsDescription } from './getPageViews';
import { callGetRecordingDescription, downloadRecordingOutput } from './getRecording';
import { callUpdateDescription } from './update';

const showOnlyForCalls = { resource: ['call'] };

export const callDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForCalls },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an outbound call',
				description: 'Place a real outbound call: the business number rings first, then the customer',
				routing: recordRouting('POST', accountPath('calls.json')),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a call',
				description: 'Retrieve one call with optional extra fields',
				routing: recordRouting('GET', accountPath('calls/{{$parameter.callId}}.json')),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many calls',
				description: 'List calls with filters, newest first',
				routing: listRouting(accountPath('calls.json'), { envelope: 'calls', relative: true }),
			},
			{
				name: 'Get Page Views',
				value: 'getPageViews',
				action: 'Get the page views of a call',
				description: 'List the web pages the caller visited before calling, newest first (session trackers only)',
				routing: listRouting(accountPath('calls/{{$parameter.callId}}/page_views.json'), {
					envelope: 'page_views',
				}),
			},
			{
				name: 'Get Recording',
				value: 'getRecording',
				action: 'Get the recording of a call',
				description:
					'Get the MP3 recording as a file, or its URL. HIPAA accounts get a short-lived link (about 24 hours): use it right away and do not store it.',
				routing: recordRouting('GET', accountPath('calls/{{$parameter.callId}}/recording.json'), {
					postReceive: [downloadRecordingOutput],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a call',
				description: 'Change the tags, note, value, lead status or customer name of a call, or mark it as spam',
				routing: recordRouting('PUT', accountPath('calls/{{$parameter.callId}}.json')),
			},
		],
		default: 'getMany',
	},
	...callCreateDescription,
	...callGetDescription,
	...callGetManyDescription,
	...callGetPageViewsDescription,
	...callGetRecordingDescription,
	...callUpdateDescription,
];
