import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { companyScopeFields } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { bodyOf, failItem } from '../../builder/routing';
import { checkIdList } from '../../builder/validation';

async function checkBulkUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const companies = (bodyOf(requestOptions).company_ids as string[] | undefined) ?? [];
	if (companies.length === 0) failItem(this, 'Add at least one company ID, or choose All Companies');
	checkIdList(this, companies, 'company', true);
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
		...companyScopeFields('companyScope', { all: 'Every company of the account', ids: 'The companies to change. Several IDs may also be separated by commas.' }),
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
