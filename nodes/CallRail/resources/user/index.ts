import type { ResourceDeclaration } from '../../builder/operation';
import { createUser } from './create';
import { deleteUser } from './delete';
import { getUser } from './get';
import { getManyUsers } from './getMany';
import { updateUser } from './update';

export const user: ResourceDeclaration = {
	name: 'User',
	value: 'user',
	operations: [createUser, deleteUser, getUser, getManyUsers, updateUser],
};
