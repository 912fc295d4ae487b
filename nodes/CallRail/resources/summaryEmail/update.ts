import type { OperationDeclaration } from '../../builder/operation';
import { checkSummaryEmail } from './checks';
import { frequencyField, leadStatusField, sectionsField, summaryEmailIdField } from './fields';
import { collection } from '../../../kernel/collections';

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
		collection('Update Fields', [frequencyField(false), leadStatusField], {
			description: 'Only the fields added here change',
		}),
	],
	preSend: [checkSummaryEmail],
};
