import type { INodeProperties } from 'n8n-workflow';

import {
	costNotice,
	createCommonFields,
	createOptionalFields,
	numberRequestFields,
	trackerShow,
} from './fields';

const show = trackerShow(['createSource']);
const forSourceTypes = (types: string[]) => ({ show: { ...show.show, sourceType: types } });

const SEARCH_CHOICES = (engine: boolean) =>
	engine
		? [
				{ name: 'All Search Engines', value: 'all' },
				{ name: 'Bing', value: 'bing' },
				{ name: 'Google', value: 'google' },
				{ name: 'Yahoo', value: 'yahoo' },
			]
		: [
				{ name: 'Organic and Paid', value: 'all' },
				{ name: 'Organic', value: 'organic' },
				{ name: 'Paid', value: 'paid' },
			];

export const trackerCreateSourceDescription: INodeProperties[] = [
	costNotice('createSource'),
	...createCommonFields('createSource'),
	...numberRequestFields('createSource', 'tracking_number'),
	{
		displayName: 'Source Type',
		name: 'sourceType',
		type: 'options',
		default: 'all',
		options: [
			{ name: 'All Visitors', value: 'all', description: 'Every website visitor sees the number' },
			{ name: 'Direct Visits', value: 'direct' },
			{ name: 'Google Ad Extension', value: 'google_ad_extension' },
			{ name: 'Google Business Profile', value: 'google_my_business' },
			{ name: 'Landing Page Parameters', value: 'landing_params', description: 'Visitors whose landing URL has given parameters' },
			{ name: 'Landing Page URL', value: 'landing_url', description: 'Visitors who land on a given URL' },
			{ name: 'Mobile Ad Extension', value: 'mobile_ad_extension' },
			{ name: 'Offline', value: 'offline', description: 'Print, radio, billboards and other offline media' },
			{ name: 'Search', value: 'search', description: 'Visitors from a search engine' },
			{ name: 'Website Referrer', value: 'web_referrer', description: 'Visitors coming from a given website' },
		],
		description: 'Which visitors or medium the tracking number is for',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'source.type' } },
	},
	{
		displayName: 'Landing',
		name: 'landing',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'utm_source=newsletter',
		description: 'The landing page URL, or the URL parameters, that select the visitors',
		displayOptions: forSourceTypes(['landing_url', 'landing_params']),
		routing: { send: { type: 'body', property: 'source.landing' } },
	},
	{
		displayName: 'Referrer',
		name: 'referrer',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'example.com',
		description: 'The referring website that selects the visitors',
		displayOptions: forSourceTypes(['web_referrer']),
		routing: { send: { type: 'body', property: 'source.referrer' } },
	},
	{
		displayName: 'Search Engine',
		name: 'searchEngine',
		type: 'options',
		default: 'all',
		options: SEARCH_CHOICES(true),
		displayOptions: forSourceTypes(['search']),
		routing: { send: { type: 'body', property: 'source.search_engine' } },
	},
	{
		displayName: 'Search Type',
		name: 'searchType',
		type: 'options',
		default: 'all',
		options: SEARCH_CHOICES(false),
		displayOptions: forSourceTypes(['search']),
		routing: { send: { type: 'body', property: 'source.search_type' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: createOptionalFields('createSource'),
	},
];
