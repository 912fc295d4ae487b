import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { accountPath, bodyOf, checkIdList, failItem, flagResult, listRouting, recordRouting, withPreSend } from '../../shared/routing';
import { companyBulkUpdateDescription } from './bulkUpdate';
import { companyCreateDescription } from './create';
import { companyDeleteDescription } from './delete';
import { companyGetDescription } from './get';
import { companyGetManyDescription } from './getMany';
import { companyUpdateDescription } from './update';

const recordPath = accountPath('companies/{{$parameter.companyId}}.json');

async function checkBulkUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const companies = (bodyOf(requestOptions).company_ids as string[] | undefined) ?? [];
	if (companies.length === 0) failItem(this, 'Add at least one company ID, or choose All Companies');
	checkIdList(companies, this, 'company', true);
	return requestOptions;
}

async function checkUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	if (Object.keys(bodyOf(requestOptions)).length === 0) failItem(this, 'Add at least one field to update');
	return requestOptions;
}

export const companyDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{
				name: 'Bulk Update',
				value: 'bulkUpdate',
				action: 'Update many companies',
				description: 'Switch external form capture on or off for several companies, or all of them, at once',
				routing: withPreSend(recordRouting('POST', accountPath('companies/bulk_update.json')), checkBulkUpdate),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a company',
				description: 'Add a company to the account (admin keys only)',
				routing: recordRouting('POST', accountPath('companies.json')),
			},
			{
				name: 'Disable',
				value: 'delete',
				action: 'Disable a company',
				description: 'Turn a company off together with its tracking numbers and swap script',
				routing: recordRouting('DELETE', recordPath, { postReceive: flagResult('disabled', 'companyId') }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a company',
				description: 'Retrieve one company',
				routing: recordRouting('GET', recordPath),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many companies',
				description: 'List the companies of the account',
				routing: listRouting(accountPath('companies.json'), { envelope: 'companies' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a company',
				description: 'Change the name, time zone, call scoring, transcription or number swapping settings of a company',
				routing: withPreSend(recordRouting('PUT', recordPath), checkUpdate),
			},
		],
		default: 'getMany',
	},
	...companyBulkUpdateDescription,
	...companyCreateDescription,
	...companyDeleteDescription,
	...companyGetDescription,
	...companyGetManyDescription,
	...companyUpdateDescription,
];
