import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ResourceDeclaration } from '../shared/operation';

import { accountDescription } from './account';
import { callDescription } from './call';
import { companyDescription } from './company';
import { formSubmission } from './formSubmission';
import { integrationDescription } from './integration';
import { integrationFilterDescription } from './integrationFilter';
import { lead } from './lead';
import { messageFlowDescription } from './messageFlow';
import { notificationDescription } from './notification';
import { outboundCallerIdDescription } from './outboundCallerId';
import { smsThread } from './smsThread';
import { summary } from './summary';
import { summaryEmailDescription } from './summaryEmail';
import { tag } from './tag';
import { textMessage } from './textMessage';
import { trackerDescription } from './tracker';
import { userDescription } from './user';

/** Every resource of the node: its entry in the Resource list and its operations and fields. Sorted by name. */
/** A resource not yet declared with the operation builder. */
export interface LegacyResource {
	option: INodePropertyOptions;
	description: INodeProperties[];
}

export const resources: Array<ResourceDeclaration | LegacyResource> = [
	{ option: { name: 'Account', value: 'account' }, description: accountDescription },
	{ option: { name: 'Call', value: 'call' }, description: callDescription },
	{ option: { name: 'Company', value: 'company' }, description: companyDescription },
	formSubmission,
	{ option: { name: 'Integration', value: 'integration' }, description: integrationDescription },
	{ option: { name: 'Integration Filter', value: 'integrationFilter' }, description: integrationFilterDescription },
	lead,
	{ option: { name: 'Message Flow', value: 'messageFlow' }, description: messageFlowDescription },
	{ option: { name: 'Notification', value: 'notification' }, description: notificationDescription },
	{ option: { name: 'Outbound Caller ID', value: 'outboundCallerId' }, description: outboundCallerIdDescription },
	smsThread,
	summary,
	{ option: { name: 'Summary Email', value: 'summaryEmail' }, description: summaryEmailDescription },
	tag,
	textMessage,
	{ option: { name: 'Tracker', value: 'tracker' }, description: trackerDescription },
	{ option: { name: 'User', value: 'user' }, description: userDescription },
];
