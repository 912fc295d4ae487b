import type { OperationDeclaration } from '../../builder/operation';
import { integrationFilterIdField, listCompanyField } from './fields';

export const getIntegrationFilter: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get an integration filter',
	description: 'Retrieve one integration filter',
	method: 'GET',
	path: 'integration_triggers/{{$parameter.integrationFilterId}}.json',
	output: 'integration_criteria',
	fields: [listCompanyField, integrationFilterIdField('The filter to retrieve')],
};
