import type { INodeProperties } from 'n8n-workflow';

import { companyFieldsOption, companyIdField, companyShow } from './fields';
import { outputChoiceFor } from '../../shared/output';

export const companyGetDescription: INodeProperties[] = [
	companyIdField(['get'], 'The company to retrieve'),
	{ ...companyFieldsOption, description: 'Optional company fields to include in the answer', displayOptions: companyShow(['get']) },
	...outputChoiceFor({ show: { resource: ['company'], operation: ['get'] } }, 'companies'),
];
