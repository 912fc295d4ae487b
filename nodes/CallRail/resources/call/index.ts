import type { ResourceDeclaration } from '../../builder/operation';
import { createCall } from './create';
import { getCall } from './get';
import { getManyCalls } from './getMany';
import { getCallPageViews } from './getPageViews';
import { getCallRecording } from './getRecording';
import { updateCall } from './update';

export const call: ResourceDeclaration = {
	name: 'Call',
	value: 'call',
	operations: [createCall, getCall, getManyCalls, getCallPageViews, getCallRecording, updateCall],
};
