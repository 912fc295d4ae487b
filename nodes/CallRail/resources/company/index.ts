import type { ResourceDeclaration } from '../../builder/operation';
import { bulkUpdateCompanies } from './bulkUpdate';
import { createCompany } from './create';
import { disableCompany } from './delete';
import { getCompany } from './get';
import { getManyCompanies } from './getMany';
import { updateCompany } from './update';

export const company: ResourceDeclaration = {
	name: 'Company',
	value: 'company',
	operations: [bulkUpdateCompanies, createCompany, disableCompany, getCompany, getManyCompanies, updateCompany],
};
