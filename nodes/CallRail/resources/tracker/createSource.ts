import type { OperationDeclaration } from '../../builder/operation';
import { prepareSourceTracker } from './callFlow';
import {
	costNotice,
	createCommonFields,
	createOptionalFields,
	numberRequestFields,
	searchEngineField,
	searchTypeField,
	SOURCE_TYPE_OPTIONS,
} from './fields';
import { collection } from '../../../kernel/collections';

const forSourceTypes = (types: string[]) => ({ show: { sourceType: types } });

export const createSourceTracker: OperationDeclaration = {
	value: 'createSource',
	name: 'Create Source Tracker',
	action: 'Create a source tracker',
	description: 'Buy one tracking number for a marketing source (billed monthly)',
	method: 'POST',
	path: 'trackers.json',
	costsMoney: 'COSTS MONEY: buys a tracking number, billed every month until the tracker is disabled.',
	fields: [
		costNotice('createSource'),
		...createCommonFields(),
		...numberRequestFields('tracking_number'),
		{
			displayName: 'Source Type',
			name: 'sourceType',
			type: 'options',
			default: 'all',
			options: SOURCE_TYPE_OPTIONS,
			description: 'Which visitors or medium the tracking number is for',
			routing: { send: { type: 'body', property: 'source.type' } },
		},
		{
			displayName: 'Landing',
			name: 'landing',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. utm_source=newsletter',
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
			placeholder: 'e.g. example.com',
			description: 'The referring website that selects the visitors',
			displayOptions: forSourceTypes(['web_referrer']),
			routing: { send: { type: 'body', property: 'source.referrer' } },
		},
		{ ...searchEngineField, displayOptions: forSourceTypes(['search']) },
		{ ...searchTypeField, displayOptions: forSourceTypes(['search']) },
		collection('Additional Fields', createOptionalFields('createSource')),
	],
	preSend: [prepareSourceTracker],
};
