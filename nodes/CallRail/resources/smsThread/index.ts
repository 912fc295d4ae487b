import type { ResourceDeclaration } from '../../builder/operation';
import { getSmsThread } from './get';
import { getManySmsThreads } from './getMany';
import { updateSmsThread } from './update';

export const smsThread: ResourceDeclaration = {
	name: 'SMS Thread',
	value: 'smsThread',
	operations: [getSmsThread, getManySmsThreads, updateSmsThread],
};
