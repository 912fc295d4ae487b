import type { INodeProperties } from 'n8n-workflow';

import { exampleId, idForm } from '../../../shared/ids';
import { CALL_OPTIONAL_FIELDS, SINGLE_CALL_FIELDS, fieldOptions } from './fields';
import { outputChoiceFor } from '../../shared/output';

const show = { show: { resource: ['call'], operation: ['get'] } };

export const callIdField = (operations: string[]): INodeProperties => ({
	displayName: 'Call ID',
	name: 'callId',
	type: 'string',
	required: true,
	default: '',
	placeholder: exampleId('call'),
	description: `The call, as ${idForm('call')}`,
	displayOptions: { show: { resource: ['call'], operation: operations } },
});

export const callGetDescription: INodeProperties[] = [
	callIdField(['get']),
	{
		displayName: 'Additional Fields',
		name: 'fields',
		type: 'multiOptions',
		default: [],
		options: fieldOptions([...CALL_OPTIONAL_FIELDS, ...SINGLE_CALL_FIELDS]),
		description: 'Optional call fields to include in the answer',
		displayOptions: show,
		routing: { send: { type: 'query', property: 'fields', value: '={{ $value.length ? $value.join(",") : undefined }}' } },
	},
	...outputChoiceFor({ show: { resource: ['call'], operation: ['get'] } }, 'calls'),
];
