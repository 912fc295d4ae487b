import type { INodeProperties } from 'n8n-workflow';

import { callFieldOptions } from '../../../kernel/callFields';
import { callLocator } from '../../../kernel/locators';
import { FIELDS_VALUE } from '../../builder/descriptions';

/** The Include Fields multi-option of calls: optional fields CallRail adds through `fields=`. */
export const includeCallFields = (names: string[]): INodeProperties => ({
	displayName: 'Include Fields',
	name: 'fields',
	type: 'multiOptions',
	default: [],
	options: callFieldOptions(names),
	description: 'Optional call fields to ask CallRail for; they are kept in every output',
	routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
});

/** The call a record operation works on (its ID goes into the URL). */
export const callIdField: INodeProperties = callLocator({ description: 'The call' });

export const CALL_PATH = 'calls/{{$parameter.callId}}.json';
