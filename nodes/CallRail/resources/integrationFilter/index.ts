import type { ResourceDeclaration } from '../../builder/operation';
import { createIntegrationFilter } from './create';
import { deleteIntegrationFilter } from './delete';
import { getIntegrationFilter } from './get';
import { getManyIntegrationFilters } from './getMany';
import { updateIntegrationFilter } from './update';

export const integrationFilter: ResourceDeclaration = {
	name: 'Integration Filter',
	value: 'integrationFilter',
	operations: [createIntegrationFilter, deleteIntegrationFilter, getIntegrationFilter, getManyIntegrationFilters, updateIntegrationFilter],
};
