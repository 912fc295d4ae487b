import type { ResourceDeclaration } from '../../builder/operation';
import { createIntegration } from './create';
import { disableIntegration } from './delete';
import { getIntegration } from './get';
import { getManyIntegrations } from './getMany';
import { updateIntegration } from './update';

export const integration: ResourceDeclaration = {
	name: 'Integration',
	value: 'integration',
	operations: [createIntegration, disableIntegration, getIntegration, getManyIntegrations, updateIntegration],
};
