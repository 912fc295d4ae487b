import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { callDescription } from './call';
import { formSubmissionDescription } from './formSubmission';
import { integrationDescription } from './integration';
import { integrationFilterDescription } from './integrationFilter';
import { leadDescription } from './lead';
import { messageFlowDescription } from './messageFlow';
import { notificationDescription } from './notification';
import { outboundCallerIdDescription } from './outboundCallerId';
import { smsThreadDescription } from './smsThread';
import { summaryEmailDescription } from './summaryEmail';
import { textMessageDescription } from './textMessage';
import { trackerDescription } from './tracker';
import { userDescription } from './user';

/** Every resource of the node: its entry in the Resource list and its operations and fields. Sorted by name. */
export const resources: Array<{ option: INodePropertyOptions; description: INodeProperties[] }> = [
	{ option: { name: 'Call', value: 'call' }, description: callDescription },
	{ option: { name: 'Form Submission', value: 'formSubmission' }, description: formSubmissionDescription },
	{ option: { name: 'Integration', value: 'integration' }, description: integrationDescription },
	{ option: { name: 'Integration Filter', value: 'integrationFilter' }, description: integrationFilterDescription },
	{ option: { name: 'Lead', value: 'lead' }, description: leadDescription },
	{ option: { name: 'Message Flow', value: 'messageFlow' }, description: messageFlowDescription },
	{ option: { name: 'Notification', value: 'notification' }, description: notificationDescription },
	{ option: { name: 'Outbound Caller ID', value: 'outboundCallerId' }, description: outboundCallerIdDescription },
	{ option: { name: 'SMS Thread', value: 'smsThread' }, description: smsThreadDescription },
	{ option: { name: 'Summary Email', value: 'summaryEmail' }, description: summaryEmailDescription },
	{ option: { name: 'Text Message', value: 'textMessage' }, description: textMessageDescription },
	{ option: { name: 'Tracker', value: 'tracker' }, description: trackerDescription },
	{ option: { name: 'User', value: 'user' }, description: userDescription },
];
