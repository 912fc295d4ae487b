import type { INodeProperties } from 'n8n-workflow';

import {
	costNotice,
	createCommonFields,
	createOptionalFields,
	numberRequestFields,
	SEARCH_ENGINE_OPTIONS,
	SEARCH_TYPE_OPTIONS,
	SOURCE_TYPE_OPTIONS,
	trackerShow,
} from './fields';

const show = trackerShow(['createSource']);
const forSourceTypes = (types: string[]) => ({ show: { ...show.show, sourceType: types } });

export const trackerCreateSourceDescription: INodeProperties[] = [
	costNotice('createSource'),
	...createCommonFields('createSource'),
	...numberRequestFields('createSource', 'tracking_number'),
	{
		displayName: 'Source Type',
		name: 'sourceType',
		type: 'options',
		default: 'all',
		options: SOURCE_TYPE_OPTIONS,
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
		options: SEARCH_ENGINE_OPTIONS,
		displayOptions: forSourceTypes(['search']),
		routing: { send: { type: 'body', property: 'source.search_engine' } },
	},
	{
		displayName: 'Search Type',
		name: 'searchType',
		type: 'options',
		default: 'all',
		options: SEARCH_TYPE_OPTIONS,
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
