import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ResourceDeclaration } from '../shared/operation';

import { account } from './account';
import { call } from './call';
import { company } from './company';
import { formSubmissionDescription } from './formSubmission';
import { integrationDescription } from './integration';
import { integrationFilterDescription } from './integrationFilter';
import { leadDescription } from './lead';
import { messageFlowDescription } from './messageFlow';
import { notificationDescription } from './notification';
import { outboundCallerIdDescription } from './outboundCallerId';
import { smsThreadDescription } from './smsThread';
import { summaryDescription } from './summary';
import { summaryEmailDescription } from './summaryEmail';
import { tag } from './tag';
import { textMessageDescription } from './textMessage';
import { tracker } from './tracker';
import { user } from './user';

/** Every resource of the node: its entry in the Resource list and its operations and fields. Sorted by name. */
/** A resource not yet declared with the operation builder. */
export interface LegacyResource {
	option: INodePropertyOptions;
	description: INodeProperties[];
}

export const resources: Array<ResourceDeclaration | LegacyResource> = [
	account,
	call,
	company,
	{ option: { name: 'Form Submission', value: 'formSubmission' }, description: formSubmissionDescription },
	{ option: { name: 'Integration', value: 'integration' }, description: integrationDescription },
	{ option: { name: 'Integration Filter', value: 'integrationFilter' }, description: integrationFilterDescription },
	{ option: { name: 'Lead', value: 'lead' }, description: leadDescription },
	{ option: { name: 'Message Flow', value: 'messageFlow' }, description: messageFlowDescription },
	{ option: { name: 'Notification', value: 'notification' }, description: notificationDescription },
	{ option: { name: 'Outbound Caller ID', value: 'outboundCallerId' }, description: outboundCallerIdDescription },
	{ option: { name: 'SMS Thread', value: 'smsThread' }, description: smsThreadDescription },
	{ option: { name: 'Summary', value: 'summary' }, description: summaryDescription },
	{ option: { name: 'Summary Email', value: 'summaryEmail' }, description: summaryEmailDescription },
	tag,
	{ option: { name: 'Text Message', value: 'textMessage' }, description: textMessageDescription },
	tracker,
	user,
];
