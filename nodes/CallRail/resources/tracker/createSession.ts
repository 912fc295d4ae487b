import type { OperationDeclaration } from '../../builder/operation';
import { prepareSessionTracker } from './callFlow';
import { costNotice, createCommonFields, createOptionalFields, numberRequestFields } from './fields';
import { collection } from '../../../kernel/collections';

const SEARCH_TRAFFIC = [
	{ name: 'Organic', value: 'organic' },
	{ name: 'Paid', value: 'paid' },
];

export const createSessionTracker: OperationDeclaration = {
	value: 'createSession',
	name: 'Create Session Tracker',
	action: 'Create a session tracker',
	description: 'Buy a pool of numbers that follows each website visitor (billed monthly per number)',
	method: 'POST',
	path: 'trackers.json',
	costsMoney: 'COSTS MONEY: buys a pool of tracking numbers, each billed every month until the tracker is disabled.',
	fields: [
		costNotice('createSession'),
		...createCommonFields(),
		{
			displayName: 'Pool Size',
			name: 'poolSize',
			type: 'number',
			default: 4,
			typeOptions: { minValue: 4, maxValue: 50 },
			description: 'How many numbers the pool holds (4 to 50); each is billed monthly',
			routing: { send: { type: 'body', property: 'pool_size' } },
		},
		...numberRequestFields('pool_numbers'),
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
		},
		{
			displayName: 'Chosen Sources',
			name: 'chosenSources',
			type: 'collection',
			placeholder: 'Add Source',
			default: {},
			description: 'Visitors from any of these sources get a number of the pool',
			displayOptions: { show: { sessionSources: ['chosen'] } },
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
					placeholder: 'e.g. example.com',
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
		collection('Additional Fields', createOptionalFields('createSession')),
	],
	preSend: [prepareSessionTracker],
};
