import type { ResourceDeclaration } from '../../builder/operation';
import { getConversation } from './getConversation';
import { getManyConversations } from './getManyConversations';
import { sendTextMessage } from './send';

export const textMessage: ResourceDeclaration = {
	name: 'Text Message',
	value: 'textMessage',
	operations: [getConversation, getManyConversations, sendTextMessage],
	defaultOperation: 'getManyConversations',
};
