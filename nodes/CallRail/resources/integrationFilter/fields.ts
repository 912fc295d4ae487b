import type { INodeProperties } from 'n8n-workflow';

import { exampleId } from '../../../kernel/ids';

import { companyLocator, integrationFilterLocator } from '../../../kernel/locators';
import { LEAD_STATUS_OPTIONS, LIST_OF_STRINGS } from '../../../kernel/vocabulary';

/** The filter a record operation works on (its whole-number ID goes into the URL). */
export const integrationFilterIdField = (description: string): INodeProperties => integrationFilterLocator({ description });

/** CallRail lists integration filters per company: the company whose filters From List shows. Never sent. */
export const listCompanyField: INodeProperties = companyLocator({
	required: false,
	description: 'The company whose filters Integration Filter › From List shows (CallRail lists them one company at a time); not needed By ID',
});

/** The conditions of a filter; all of them must match for CallRail to send a call to the integration. Sorted by name. */
export const filterConditionOptions: INodeProperties[] = [
	{
		displayName: 'Call Type',
		name: 'callType',
		type: 'options',
		default: 'any',
		options: [
			{ name: 'Any', value: 'any', description: 'Do not filter on the call type' },
			{ name: 'First Call', value: 'first_call', description: "The caller's first call" },
			{ name: 'Missed or Voicemail', value: 'missed_and_vm' },
			{ name: 'Voicemail', value: 'vm' },
		],
		routing: { send: { type: 'body', property: 'call_type', value: '={{ $value === "any" ? null : $value }}' } },
	},
	{
		displayName: 'Lead Status',
		name: 'leadStatus',
		type: 'options',
		default: 'any',
		options: [
			{ name: 'Any', value: 'any', description: 'Do not filter on the lead status' },
			...LEAD_STATUS_OPTIONS,
		],
		routing: { send: { type: 'body', property: 'lead_status', value: '={{ $value === "any" ? null : $value }}' } },
	},
	{
		displayName: 'Maximum Duration (Seconds)',
		name: 'maxDuration',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0 },
		description: 'Only calls up to this long. 0 means no maximum.',
		routing: { send: { type: 'body', property: 'max_duration', value: '={{ $value > 0 ? $value : null }}' } },
	},
	{
		displayName: 'Minimum Duration (Seconds)',
		name: 'minDuration',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0 },
		description: 'Only calls at least this long. 0 means no minimum.',
		routing: { send: { type: 'body', property: 'min_duration', value: '={{ $value > 0 ? $value : null }}' } },
	},
	{
		displayName: 'Tracker IDs',
		name: 'trackerIds',
		type: 'string',
		typeOptions: { multipleValues: true },
		default: [],
		placeholder: exampleId('tracker'),
		description: 'Only calls to these trackers. An empty list means every tracker of the company.',
		routing: {
			send: {
				type: 'body',
				property: 'tracker_ids',
				value: LIST_OF_STRINGS,
			},
		},
	},
];
