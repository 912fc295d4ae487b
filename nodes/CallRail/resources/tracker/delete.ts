import type { INodeProperties } from 'n8n-workflow';

import { trackerShow } from './fields';
import { trackerIdField } from './get';

export const trackerDeleteDescription: INodeProperties[] = [
	{
		displayName:
			'Disabling a tracker releases its tracking numbers: calls to them stop being tracked and forwarded, and a released number may not be recoverable',
		name: 'disableNotice',
		type: 'notice',
		default: '',
		displayOptions: trackerShow(['delete']),
	},
	trackerIdField(['delete'], 'The tracker to disable'),
];
