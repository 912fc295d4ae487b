import type { OperationDeclaration } from '../../builder/operation';
import { filterConditionOptions, integrationFilterIdField, listCompanyField } from './fields';
import { collection } from '../../../kernel/collections';

export const updateIntegrationFilter: OperationDeclaration = {
	value: 'update',
	name: 'Update',
	action: 'Update an integration filter',
	description: 'Change the conditions of a filter',
	method: 'PUT',
	path: 'integration_triggers/{{$parameter.integrationFilterId}}.json',
	fields: [
		listCompanyField,
		integrationFilterIdField('The filter to change'),
		collection('Update Fields', filterConditionOptions, {
			description: 'Only the conditions added here change; Any (or 0) removes a condition',
		}),
	],
};
