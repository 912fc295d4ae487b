import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { accountPath, bodyOf, checkIdList, checkIdParameter, failItem, listRouting, recordRouting, withPreSend } from '../../shared/routing';
import { buildFormData, formSubmissionCreateDescription } from './create';
import { formSubmissionGetManyDescription } from './getMany';
import { formSubmissionIgnoreFieldsDescription } from './ignoreFields';
import { formSubmissionUpdateDescription } from './update';

async function checkIgnoreFields(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = bodyOf(requestOptions);
	const companies = (body.company_ids as string[] | undefined) ?? [];
	if (companies.length === 0) failItem(this, 'Add at least one company ID, or choose All Companies');
	checkIdList(companies, this, 'company', true);
	if (!Array.isArray(body.field_names) || body.field_names.length === 0) failItem(this, 'Add at least one field name');
	return requestOptions;
}

async function checkUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	if (Object.keys(bodyOf(requestOptions)).length === 0) failItem(this, 'Add at least one field to update');
	return requestOptions;
}

export const formSubmissionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['formSubmission'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a form submission',
				description: 'Record a form filled in on a website, with its attribution',
				routing: withPreSend(recordRouting('POST', accountPath('form_submissions.json')), buildFormData),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many form submissions',
				description: 'List form submissions with filters, newest first',
				routing: listRouting(accountPath('form_submissions.json'), { envelope: 'form_submissions' }),
			},
			{
				name: 'Ignore Fields',
				value: 'ignoreFields',
				action: 'Ignore form fields',
				description: 'Stop capturing form fields by name, for some companies or all of them',
				routing: withPreSend(
					recordRouting('POST', accountPath('form_submissions/ignored_fields.json')),
					checkIgnoreFields,
				),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a form submission',
				description: 'Change the tags, note, value or lead status of a form submission',
				routing: withPreSend(
					recordRouting('PUT', accountPath('form_submissions/{{$parameter.formSubmissionId}}.json')),
					checkIdParameter('formSubmissionId', 'formSubmission'),
					checkUpdate,
				),
			},
		],
		default: 'getMany',
	},
	...formSubmissionCreateDescription,
	...formSubmissionGetManyDescription,
	...formSubmissionIgnoreFieldsDescription,
	...formSubmissionUpdateDescription,
];
