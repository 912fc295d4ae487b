import { companyLocator } from '../../../kernel/locators';
import { recipientFields } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { checkSummaryEmail } from './checks';
import { frequencyField, leadStatusField, sectionsField } from './fields';

export const createSummaryEmail: OperationDeclaration = {
	value: 'create',
	name: 'Create',
	action: 'Create a summary email',
	description: 'Send a user or an address a daily, weekly or monthly activity report',
	method: 'POST',
	path: 'summary_emails.json',
	fields: [
		...recipientFields('the summary email', 'a company'),
		{
			...companyLocator({
				required: false,
				description:
					'The company the email reports on. Required for an email address; for a user, leave empty to cover the whole account.',
			}),
			routing: { send: { type: 'body', property: 'company_id', value: '={{ $value || undefined }}' } },
		},
		frequencyField(true),
		sectionsField,
		leadStatusField,
	],
	preSend: [checkSummaryEmail],
};
