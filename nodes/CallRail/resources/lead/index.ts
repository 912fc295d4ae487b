import type { ResourceDeclaration } from '../../builder/operation';
import { getManyLeads } from './getMany';
import { getLeadTimeline } from './getTimeline';

export const lead: ResourceDeclaration = {
	name: 'Lead',
	value: 'lead',
	operations: [getManyLeads, getLeadTimeline],
};
