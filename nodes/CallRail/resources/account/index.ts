import type { ResourceDeclaration } from '../../builder/operation';
import { getAccount } from './get';
import { getManyAccounts } from './getMany';

export const account: ResourceDeclaration = {
	name: 'Account',
	value: 'account',
	operations: [getAccount, getManyAccounts],
};
