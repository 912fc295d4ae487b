import type { INodeProperties } from 'n8n-workflow';

import { FIELDS_VALUE } from '../../shared/descriptions';
import { trackerLocator } from '../../../shared/locators';
import { TRACKER_OPTIONAL_FIELDS, trackerShow } from './fields';
import { outputChoiceFor } from '../../shared/output';

/** The tracker a record operation works on (its ID goes into the URL). */
export const trackerIdField = (operations: string[], description: string): INodeProperties => ({
	...trackerLocator({ description }),
	displayOptions: trackerShow(operations),
});

export const trackerGetDescription: INodeProperties[] = [
	trackerIdField(['get'], 'The tracker to retrieve'),
	{
		displayName: 'Additional Fields',
		name: 'fields',
		type: 'multiOptions',
		default: [],
		options: TRACKER_OPTIONAL_FIELDS,
		description: 'Optional tracker fields to include in the answer',
		displayOptions: trackerShow(['get']),
		routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
	},
	...outputChoiceFor({ show: { resource: ['tracker'], operation: ['get'] } }, 'trackers'),
];
