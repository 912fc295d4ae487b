import type { OperationDeclaration } from '../../builder/operation';
import { COMPANY_PATH, companyFieldsOption, companyIdField } from './fields';

export const getCompany: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get a company',
	description: 'Retrieve one company',
	method: 'GET',
	path: COMPANY_PATH,
	output: 'companies',
	fields: [companyIdField('The company to retrieve'), companyFieldsOption],
};
