import type { OperationDeclaration } from '../../builder/operation';
import { includeTrackerFields, TRACKER_PATH, trackerIdField } from './fields';

export const getTracker: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get a tracker',
	description: 'Retrieve one tracker with its numbers and call flow',
	method: 'GET',
	path: TRACKER_PATH,
	output: 'trackers',
	fields: [trackerIdField('The tracker to retrieve'), includeTrackerFields],
};
