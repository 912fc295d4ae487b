import { timeZoneFilter } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { CALL_OPTIONAL_FIELDS, SINGLE_CALL_FIELDS } from '../../../kernel/callFields';
import { CALL_PATH, callIdField, includeCallFields } from './fields';
import { collection } from '../../../kernel/collections';

export const getCall: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get a call',
	description: 'Retrieve one call with optional extra fields',
	method: 'GET',
	path: CALL_PATH,
	output: 'calls',
	fields: [
		callIdField,
		includeCallFields([...CALL_OPTIONAL_FIELDS, ...SINGLE_CALL_FIELDS]),
		collection('Options', [
			// Time Zones: "The CallRail API aligns all dates to the time zone specified within the account. This can be
			// overridden for specified API requests by including a time_zone parameter."
			{ ...timeZoneFilter, description: "IANA time zone of the call's times (start_time, created_at). Empty means the account's time zone." },
		]),
	],
};
