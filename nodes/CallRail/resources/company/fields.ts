import type { INodeProperties } from 'n8n-workflow';

import { fieldOptions } from '../../../kernel/fieldNames';
import { companyLocator } from '../../../kernel/locators';
import { FIELDS_VALUE } from '../../builder/descriptions';

/** The company a record operation works on (its ID goes into the URL). */
export const companyIdField = (description: string): INodeProperties => companyLocator({ description });

/** The company path of Get, Update and Disable. */
export const COMPANY_PATH = 'companies/{{$parameter.companyId}}.json';

export const companyFieldsOption: INodeProperties = {
	displayName: 'Include Fields',
	name: 'fields',
	type: 'multiOptions',
	default: [],
	options: fieldOptions(['verified_caller_ids']),
	description: 'Optional company fields to ask CallRail for; they are kept in every output',
	routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
};

export const timeZoneField: INodeProperties = {
	displayName: 'Time Zone',
	name: 'timeZone',
	type: 'string',
	default: '',
	placeholder: 'e.g. America/New_York',
	description: 'IANA time zone the company reports in',
	routing: { send: { type: 'body', property: 'time_zone' } },
};
