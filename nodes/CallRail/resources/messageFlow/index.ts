import type { ResourceDeclaration } from '../../builder/operation';
import { createMessageFlow } from './create';
import { deleteMessageFlow } from './delete';
import { getMessageFlow } from './get';
import { getManyMessageFlows } from './getMany';
import { updateMessageFlow } from './update';

export const messageFlow: ResourceDeclaration = {
	name: 'Message Flow',
	value: 'messageFlow',
	operations: [createMessageFlow, deleteMessageFlow, getMessageFlow, getManyMessageFlows, updateMessageFlow],
};
