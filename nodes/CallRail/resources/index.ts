import type { ResourceDeclaration } from '../builder/operation';
import { account } from './account';
import { call } from './call';
import { company } from './company';
import { formSubmission } from './formSubmission';
import { integration } from './integration';
import { integrationFilter } from './integrationFilter';
import { lead } from './lead';
import { messageFlow } from './messageFlow';
import { notification } from './notification';
import { outboundCallerId } from './outboundCallerId';
import { smsThread } from './smsThread';
import { summary } from './summary';
import { summaryEmail } from './summaryEmail';
import { tag } from './tag';
import { textMessage } from './textMessage';
import { tracker } from './tracker';
import { user } from './user';

/** Every resource of the node, sorted by name. */
export const resources: ResourceDeclaration[] = [
	account,
	call,
	company,
	formSubmission,
	integration,
	integrationFilter,
	lead,
	messageFlow,
	notification,
	outboundCallerId,
	smsThread,
	summary,
	summaryEmail,
	tag,
	textMessage,
	tracker,
	user,
];
