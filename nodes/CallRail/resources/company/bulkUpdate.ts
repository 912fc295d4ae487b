import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { exampleId } from '../../../kernel/ids';
import { LIST_OF_STRINGS } from '../../../kernel/vocabulary';
import type { OperationDeclaration } from '../../builder/operation';
import { bodyOf, checkIdList, failItem } from '../../builder/routing';

async function checkBulkUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const companies = (bodyOf(requestOptions).company_ids as string[] | undefined) ?? [];
	if (companies.length === 0) failItem(this, 'Add at least one company ID, or choose All Companies');
	checkIdList(companies, this, 'company', true);
	return requestOptions;
}

export const bulkUpdateCompanies: OperationDeclaration = {
	value: 'bulkUpdate',
	name: 'Bulk Update',
	action: 'Update many companies',
	description: 'Switch external form capture on or off for several companies, or all of them, at once',
	method: 'POST',
	path: 'companies/bulk_update.json',
	fields: [
		{
			displayName: 'Companies',
			name: 'companyScope',
			type: 'options',
			default: 'chosen',
			options: [
				{ name: 'All Companies', value: 'all', description: 'Every company of the account' },
				{ name: 'Selected Companies', value: 'chosen' },
			],
			routing: { send: { type: 'body', property: 'company_ids', value: '={{ $value === "all" ? ["all"] : undefined }}' } },
		},
		{
			displayName: 'Company IDs',
			name: 'companyIds',
			type: 'string',
			typeOptions: { multipleValues: true },
			required: true,
			default: [],
			placeholder: exampleId('company'),
			description: 'The companies to change. Several IDs may also be separated by commas.',
			displayOptions: { show: { companyScope: ['chosen'] } },
			routing: { send: { type: 'body', property: 'company_ids', value: LIST_OF_STRINGS } },
		},
		{
			displayName: 'External Form Capture',
			name: 'externalFormCapture',
			type: 'boolean',
			default: true,
			description: 'Whether the swap script of these companies captures submissions of forms not built in CallRail',
			routing: { send: { type: 'body', property: 'external_form_capture' } },
		},
	],
	preSend: [checkBulkUpdate],
};
