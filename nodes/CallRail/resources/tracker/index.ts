import type { ResourceDeclaration } from '../../builder/operation';
import { createSessionTracker } from './createSession';
import { createSourceTracker } from './createSource';
import { disableTracker } from './delete';
import { getTracker } from './get';
import { getManyTrackers } from './getMany';
import { updateTracker } from './update';

export const tracker: ResourceDeclaration = {
	name: 'Tracker',
	value: 'tracker',
	operations: [createSessionTracker, createSourceTracker, disableTracker, getTracker, getManyTrackers, updateTracker],
};
