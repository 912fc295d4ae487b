import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ResourceDeclaration } from '../shared/operation';

import { account } from './account';
import { call } from './call';
import { company } from './company';
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
	tracker,
	user,
];
