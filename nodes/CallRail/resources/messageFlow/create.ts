import { companyLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';
import { initialStepIdField, nameField, stepsField } from './fields';
import { checkSteps } from './steps';

export const createMessageFlow: OperationDeclaration = {
	value: 'create',
	name: 'Create',
	action: 'Create a message flow',
	description: 'Create an automatic text reply flow for a company',
	method: 'POST',
	path: 'message-flows.json',
	fields: [
		{
			displayName:
				'Message flows answer texts automatically on US and Canadian local numbers with SMS on and a completed 10DLC registration. A flow takes effect once a tracker uses it.',
			name: 'flowNotice',
			type: 'notice',
			default: '',
		},
		{
			...companyLocator(),
			routing: { send: { type: 'body', property: 'company_id' } },
		},
		{ ...nameField, required: true },
		// The default names the default Steps' only step, so the defaults make a flow CallRail accepts.
		{ ...initialStepIdField, required: true, default: 'response-01' },
		{ ...stepsField, required: true },
	],
	preSend: [checkSteps],
};
