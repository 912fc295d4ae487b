import type { OperationDeclaration } from '../../builder/operation';
import { flagResult } from '../../builder/routing';
import { TRACKER_PATH, trackerIdField } from './fields';

export const disableTracker: OperationDeclaration = {
	value: 'delete',
	name: 'Disable',
	action: 'Disable a tracker',
	description: 'Turn a tracker off and release its numbers',
	method: 'DELETE',
	path: TRACKER_PATH,
	fields: [
		{
			displayName:
				'Disabling a tracker releases its tracking numbers: calls to them stop being tracked and forwarded, and a released number may not be recoverable',
			name: 'disableNotice',
			type: 'notice',
			default: '',
		},
		trackerIdField('The tracker to disable'),
	],
	postReceive: flagResult('disabled', 'trackerId'),
};
