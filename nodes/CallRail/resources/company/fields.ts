import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { FIELDS_VALUE } from '../../shared/descriptions';

export const companyShow = (operations: string[]) => ({ show: { resource: ['company'], operation: operations } });

/** The company a record operation works on (its ID goes into the URL). */
export const companyIdField = (operations: string[], description: string): INodeProperties => ({
	...companyLocator({ description }),
	displayOptions: companyShow(operations),
});

export const companyFieldsOption: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'fields',
	type: 'multiOptions',
	default: [],
	options: [{ name: 'Verified Caller IDs', value: 'verified_caller_ids' }],
	description: 'Optional company fields to include',
	routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
};

export const timeZoneField: INodeProperties = {
	displayName: 'Time Zone',
	name: 'timeZone',
	type: 'string',
	default: '',
	placeholder: 'America/New_York',
	description: 'IANA time zone the company reports in',
	routing: { send: { type: 'body', property: 'time_zone' } },
};
