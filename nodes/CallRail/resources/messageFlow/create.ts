import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { initialStepIdField, nameField, stepsField } from './fields';

const show = { show: { resource: ['messageFlow'], operation: ['create'] } };

export const messageFlowCreateDescription: INodeProperties[] = [
	{
		displayName:
			'Message flows answer texts automatically on US and Canadian local numbers with SMS on and a completed 10DLC registration. A flow takes effect once a tracker uses it.',
		name: 'flowNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	{
		...companyLocator(),
		displayOptions: show,
		routing: { send: { type: 'body', property: 'company_id' } },
	},
	{ ...nameField, required: true, displayOptions: show },
	{ ...initialStepIdField, required: true, displayOptions: show },
	{ ...stepsField, required: true, displayOptions: show },
];
