import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { LIST_OF_STRINGS } from '../../../kernel/vocabulary';
import { companyScopeFields } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { bodyOf, failItem } from '../../builder/routing';
import { checkIdList } from '../../builder/validation';

async function checkIgnoreFields(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = bodyOf(requestOptions);
	const companies = (body.company_ids as string[] | undefined) ?? [];
	if (companies.length === 0) failItem(this, 'Add at least one company ID, or choose All Companies');
	checkIdList(this, companies, 'company', true);
	if (!Array.isArray(body.field_names) || body.field_names.length === 0) failItem(this, 'Add at least one field name');
	return requestOptions;
}

export const ignoreFormFields: OperationDeclaration = {
	value: 'ignoreFields',
	name: 'Ignore Fields',
	action: 'Ignore form fields',
	description: 'Stop capturing form fields by name, for some companies or all of them',
	method: 'POST',
	path: 'form_submissions/ignored_fields.json',
	fields: [
		...companyScopeFields('ignoreScope', { scope: 'Where CallRail stops capturing the fields' }),
		{
			displayName: 'Field Names',
			name: 'fieldNames',
			type: 'string',
			typeOptions: { multipleValues: true },
			required: true,
			default: [],
			placeholder: 'e.g. credit_card_number',
			description: 'Names of the form fields CallRail should no longer capture, such as card numbers or passwords',
			routing: { send: { type: 'body', property: 'field_names', value: LIST_OF_STRINGS } },
		},
	],
	preSend: [checkIgnoreFields],
};
