import type { ResourceDeclaration } from '../../builder/operation';
import { getCallSummary } from './callSummary';
import { getCallTimeseries } from './callTimeseries';
import { getFormSummary } from './formSummary';

export const summary: ResourceDeclaration = {
	name: 'Summary',
	value: 'summary',
	operations: [getCallSummary, getCallTimeseries, getFormSummary],
	defaultOperation: 'callSummary',
};
