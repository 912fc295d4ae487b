import type { OperationDeclaration } from '../../builder/operation';
import { deletedResult } from '../../builder/routing';
import { summaryEmailIdField } from './fields';

export const deleteSummaryEmail: OperationDeclaration = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a summary email',
	description: 'Stop a summary email',
	method: 'DELETE',
	path: 'summary_emails/{{$parameter.summaryEmailId}}.json',
	fields: [summaryEmailIdField('The summary email to delete')],
	postReceive: deletedResult('summaryEmailId'),
};
