import type { OperationDeclaration } from '../../builder/operation';
import { integrationIdField, listCompanyField, signingKeyOption } from './fields';

export const getIntegration: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get an integration',
	description: 'Retrieve one integration, optionally with its webhook signing key',
	method: 'GET',
	path: 'integrations/{{$parameter.integrationId}}.json',
	output: 'integrations',
	fields: [listCompanyField, integrationIdField('The integration to retrieve'), signingKeyOption],
};
