import type { OperationDeclaration } from '../../shared/operation';
import { CALL_OPTIONAL_FIELDS, CALL_PATH, callIdField, includeCallFields, SINGLE_CALL_FIELDS } from './fields';

export const getCall: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get a call',
	description: 'Retrieve one call with optional extra fields',
	method: 'GET',
	path: CALL_PATH,
	output: 'calls',
	fields: [callIdField, includeCallFields([...CALL_OPTIONAL_FIELDS, ...SINGLE_CALL_FIELDS])],
};
