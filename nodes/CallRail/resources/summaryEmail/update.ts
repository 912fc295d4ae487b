import type { OperationDeclaration } from '../../builder/operation';
import { checkSummaryEmail } from './checks';
import { frequencyField, leadStatusField, sectionsField, summaryEmailIdField } from './fields';

export const updateSummaryEmail: OperationDeclaration = {
	value: 'update',
	name: 'Update',
	action: 'Update a summary email',
	description: 'Change the sections, frequency or lead status filter of a summary email',
	method: 'PUT',
	path: 'summary_emails/{{$parameter.summaryEmailId}}.json',
	fields: [
		summaryEmailIdField('The summary email to change'),
		{
			...sectionsField,
			description: 'What the email contains. CallRail needs the sections on every update; those left out are switched off.',
		},
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here change',
			options: [frequencyField(false), leadStatusField],
		},
	],
	preSend: [checkSummaryEmail],
};
