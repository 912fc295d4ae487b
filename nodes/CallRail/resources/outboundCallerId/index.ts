import type { ResourceDeclaration } from '../../builder/operation';
import { createOutboundCallerId } from './create';
import { deleteOutboundCallerId } from './delete';
import { getOutboundCallerId } from './get';
import { getManyOutboundCallerIds } from './getMany';

export const outboundCallerId: ResourceDeclaration = {
	name: 'Outbound Caller ID',
	value: 'outboundCallerId',
	operations: [createOutboundCallerId, deleteOutboundCallerId, getOutboundCallerId, getManyOutboundCallerIds],
};
