import type { INodeProperties } from 'n8n-workflow';

import { maxRateLimitWaitOption, returnAllAndLimit } from '../../shared/descriptions';
import { callIdField } from './get';

const show = { show: { resource: ['call'], operation: ['getPageViews'] } };

export const callGetPageViewsDescription: INodeProperties[] = [
	callIdField(['getPageViews']),
	...returnAllAndLimit(show),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			maxRateLimitWaitOption,
			{
				displayName: 'Time Zone',
				name: 'timeZone',
				type: 'string',
				default: '',
				placeholder: 'America/New_York',
				description: "IANA time zone of the returned times. Empty means the API key user's time zone.",
				routing: { send: { type: 'query', property: 'time_zone' } },
			},
		],
	},
];
