import type { INodeProperties } from 'n8n-workflow';

import { accountPath, flagResult, listRouting, recordRouting, withPreSend } from '../../shared/routing';
import { prepareSessionTracker, prepareSourceTracker, prepareTrackerUpdate } from './callFlow';
import { trackerCreateSessionDescription } from './createSession';
import { trackerCreateSourceDescription } from './createSource';
import { trackerDeleteDescription } from './delete';
import { trackerGetDescription } from './get';
import { trackerGetManyDescription } from './getMany';
import { trackerUpdateDescription } from './update';

const recordPath = accountPath('trackers/{{$parameter.trackerId}}.json');

export const trackerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tracker'] } },
		options: [
			{
				name: 'Create Session Tracker',
				value: 'createSession',
				action: 'Create a session tracker',
				description: 'Buy a pool of numbers that follows each website visitor (billed monthly per number)',
				routing: withPreSend(recordRouting('POST', accountPath('trackers.json')), prepareSessionTracker),
			},
			{
				name: 'Create Source Tracker',
				value: 'createSource',
				action: 'Create a source tracker',
				description: 'Buy one tracking number for a marketing source (billed monthly)',
				routing: withPreSend(recordRouting('POST', accountPath('trackers.json')), prepareSourceTracker),
			},
			{
				name: 'Disable',
				value: 'delete',
				action: 'Disable a tracker',
				description: 'Turn a tracker off and release its numbers',
				routing: recordRouting('DELETE', recordPath, { postReceive: flagResult('disabled', 'trackerId') }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a tracker',
				description: 'Retrieve one tracker with its numbers and call flow',
				routing: recordRouting('GET', recordPath),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many trackers',
				description: 'List trackers with filters',
				routing: listRouting(accountPath('trackers.json'), { envelope: 'trackers' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a tracker',
				description: 'Change the name, call flow, whisper, swap targets or numbers of a tracker',
				routing: withPreSend(recordRouting('PUT', recordPath), prepareTrackerUpdate),
			},
		],
		default: 'getMany',
	},
	...trackerCreateSessionDescription,
	...trackerCreateSourceDescription,
	...trackerDeleteDescription,
	...trackerGetDescription,
	...trackerGetManyDescription,
	...trackerUpdateDescription,
];
