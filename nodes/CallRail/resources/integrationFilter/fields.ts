import type { INodeProperties } from 'n8n-workflow';

import { companyLocator, integrationFilterLocator } from '../../../kernel/locators';
import { LEAD_STATUS_OPTIONS } from '../../../kernel/vocabulary';
import { durationLimitField, trackerIdsField } from '../../builder/descriptions';

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
	durationLimitField('max', 'body', 'Maximum Duration (Seconds)', 'Only calls up to this long. 0 means no maximum.'),
	durationLimitField('min', 'body', 'Minimum Duration (Seconds)', 'Only calls at least this long. 0 means no minimum.'),
	trackerIdsField('body', 'Only calls to these trackers. An empty list means every tracker of the company.'),
];
