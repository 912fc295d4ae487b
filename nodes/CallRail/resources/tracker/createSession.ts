import type { INodeProperties } from 'n8n-workflow';

import {
	costNotice,
	createCommonFields,
	createOptionalFields,
	numberRequestFields,
	trackerShow,
} from './fields';

const show = trackerShow(['createSession']);

const SEARCH_TRAFFIC = [
	{ name: 'Organic', value: 'organic' },
	{ name: 'Paid', value: 'paid' },
];

export const trackerCreateSessionDescription: INodeProperties[] = [
	costNotice('createSession'),
	...createCommonFields('createSession'),
	{
		displayName: 'Pool Size',
		name: 'poolSize',
		type: 'number',
		default: 4,
		typeOptions: { minValue: 4, maxValue: 50 },
		description: 'How many numbers the pool holds (4 to 50); each is billed monthly',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'pool_size' } },
	},
	...numberRequestFields('createSession', 'pool_numbers'),
	{
		displayName: 'Sources',
		name: 'sessionSources',
		type: 'options',
		default: 'all',
		options: [
			{ name: 'All Visitors', value: 'all', description: 'Track every website visitor' },
			{ name: 'Chosen Sources', value: 'chosen', description: 'Track only the visitors of the sources chosen below' },
		],
		description: 'Which website visitors get a number of the pool',
		displayOptions: show,
	},
	{
		displayName: 'Chosen Sources',
		name: 'chosenSources',
		type: 'collection',
		placeholder: 'Add Source',
		default: {},
		description: 'Visitors from any of these sources get a number of the pool',
		displayOptions: { show: { ...show.show, sessionSources: ['chosen'] } },
		options: [
			{
				displayName: 'Bing',
				name: 'bing',
				type: 'multiOptions',
				default: [],
				options: SEARCH_TRAFFIC,
			},
			{
				displayName: 'Direct Visits',
				name: 'direct',
				type: 'boolean',
				default: true,
				description: 'Whether visitors who typed the address or used a bookmark are tracked',
			},
			{
				displayName: 'Google',
				name: 'google',
				type: 'multiOptions',
				default: [],
				options: SEARCH_TRAFFIC,
			},
			{
				displayName: 'Invert',
				name: 'inverted',
				type: 'boolean',
				default: false,
				description: 'Whether to track every visitor except those of the chosen sources',
			},
			{
				displayName: 'Landing Pages',
				name: 'landing',
				type: 'string',
				typeOptions: { multipleValues: true },
				default: [],
				description: 'Landing page URLs or URL parameters',
			},
			{
				displayName: 'Referrers',
				name: 'referrer',
				type: 'string',
				typeOptions: { multipleValues: true },
				default: [],
				placeholder: 'example.com',
				description: 'Referring websites',
			},
			{
				displayName: 'Yahoo',
				name: 'yahoo',
				type: 'multiOptions',
				default: [],
				options: SEARCH_TRAFFIC,
			},
		],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: createOptionalFields('createSession'),
	},
];
