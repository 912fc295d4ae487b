import type { OperationDeclaration } from '../../builder/operation';
import { deletedResult } from '../../builder/routing';
import { integrationFilterIdField, listCompanyField } from './fields';

export const deleteIntegrationFilter: OperationDeclaration = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an integration filter',
	description: 'Remove a filter so the integration receives every call again',
	method: 'DELETE',
	path: 'integration_triggers/{{$parameter.integrationFilterId}}.json',
	fields: [listCompanyField, integrationFilterIdField('The filter to delete')],
	postReceive: deletedResult('integrationFilterId'),
};
