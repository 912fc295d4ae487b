import type { OperationDeclaration } from '../../builder/operation';
import { summaryEmailIdField } from './fields';

export const getSummaryEmail: OperationDeclaration = {
	value: 'get',
	name: 'Get',
	action: 'Get a summary email',
	description: 'Retrieve one summary email subscription',
	method: 'GET',
	path: 'summary_emails/{{$parameter.summaryEmailId}}.json',
	output: 'summary_emails',
	fields: [summaryEmailIdField('The summary email to retrieve')],
};
