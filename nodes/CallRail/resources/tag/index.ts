import type { ResourceDeclaration } from '../../builder/operation';
import { createTag } from './create';
import { deleteTag } from './delete';
import { getManyTags } from './getMany';
import { updateTag } from './update';

export const tag: ResourceDeclaration = {
	name: 'Tag',
	value: 'tag',
	operations: [createTag, deleteTag, getManyTags, updateTag],
};
