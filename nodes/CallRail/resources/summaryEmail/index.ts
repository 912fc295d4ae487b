import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { accountPath, checkIdParameter, deletedResult, failItem, listRouting, recordRouting, withPreSend } from '../../shared/routing';
import { summaryEmailCreateDescription } from './create';
import { summaryEmailDeleteDescription } from './delete';
import { summaryEmailGetDescription } from './get';
import { summaryEmailGetManyDescription } from './getMany';
import { summaryEmailUpdateDescription } from './update';

const recordPath = accountPath('summary_emails/{{$parameter.summaryEmailId}}.json');
const checkSummaryEmailId = checkIdParameter('summaryEmailId', 'summaryEmail');

/** An email with no frequency or no section would never be sent or be empty; CallRail refuses both. */
async function checkSummaryEmail(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (body.frequency !== undefined && (!Array.isArray(body.frequency) || body.frequency.length === 0)) {
		failItem(this, 'Choose at least one frequency');
	}
	if (requestOptions.method === 'POST' && body.frequency === undefined) {
		failItem(this, 'Choose at least one frequency');
	}
	const config = body.config as IDataObject | undefined;
	if (!config || !Object.values(config).some((on) => on === true)) {
		failItem(this, 'Choose at least one section', 'The email needs something to report: Summary Statistics, Top Sources, Top Keywords or Call Log.');
	}
	if (body.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(body.email).trim())) {
		failItem(this, `"${String(body.email)}" is not an email address`);
	}
	if (body.email !== undefined && !body.company_id) {
		failItem(this, 'Choose a company for an email recipient', 'Summary emails to an address without a CallRail login report on one company.');
	}
	return requestOptions;
}

export const summaryEmailDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['summaryEmail'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a summary email',
				description: 'Send a user or an address a daily, weekly or monthly activity report',
				routing: withPreSend(recordRouting('POST', accountPath('summary_emails.json')), checkSummaryEmail),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a summary email',
				description: 'Stop a summary email',
				routing: withPreSend(
					recordRouting('DELETE', recordPath, { postReceive: deletedResult('summaryEmailId') }),
					checkSummaryEmailId,
				),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a summary email',
				description: 'Retrieve one summary email subscription',
				routing: withPreSend(recordRouting('GET', recordPath), checkSummaryEmailId),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many summary emails',
				description: 'List summary email subscriptions; keys other than admin see only their own',
				routing: listRouting(accountPath('summary_emails'), { envelope: 'summary_emails' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a summary email',
				description: 'Change the sections, frequency or lead status filter of a summary email',
				routing: withPreSend(recordRouting('PUT', recordPath), checkSummaryEmailId, checkSummaryEmail),
			},
		],
		default: 'getMany',
	},
	...summaryEmailCreateDescription,
	...summaryEmailDeleteDescription,
	...summaryEmailGetDescription,
	...summaryEmailGetManyDescription,
	...summaryEmailUpdateDescription,
];
