import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ResourceDeclaration } from '../shared/operation';

import { accountDescription } from './account';
import { callDescription } from './call';
import { companyDescription } from './company';
import { formSubmissionDescription } from './formSubmission';
import { integration } from './integration';
import { integrationFilter } from './integrationFilter';
import { leadDescription } from './lead';
import { messageFlow } from './messageFlow';
import { notification } from './notification';
import { outboundCallerId } from './outboundCallerId';
import { smsThreadDescription } from './smsThread';
import { summaryDescription } from './summary';
import { summaryEmail } from './summaryEmail';
import { tag } from './tag';
import { textMessageDescription } from './textMessage';
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
	{ option: { name: 'Form Submission', value: 'formSubmission' }, description: formSubmissionDescription },
	integration,
	integrationFilter,
	{ option: { name: 'Lead', value: 'lead' }, description: leadDescription },
	messageFlow,
	notification,
	outboundCallerId,
	{ option: { name: 'SMS Thread', value: 'smsThread' }, description: smsThreadDescription },
	{ option: { name: 'Summary', value: 'summary' }, description: summaryDescription },
	summaryEmail,
	tag,
	{ option: { name: 'Text Message', value: 'textMessage' }, description: textMessageDescription },
	{ option: { name: 'Tracker', value: 'tracker' }, description: trackerDescription },
	{ option: { name: 'User', value: 'user' }, description: userDescription },
];
