import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { companyLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';
import { bodyOf, failItem } from '../../builder/routing';

const when = (attribution: string) => ({ show: { attribution: [attribution] } });

const urlField = (displayName: string, name: string, property: string, description: string, attribution?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. https://example.com/contact',
	description,
	...(attribution ? { displayOptions: when(attribution) } : {}),
	routing: { send: { type: 'body', property: `form_submission.${property}` } },
});

const createFields: INodeProperties[] = [
	{
		...companyLocator({ description: 'The company the submission belongs to' }),
		routing: { send: { type: 'body', property: 'form_submission.company_id' } },
	},
	urlField('Form URL', 'formUrl', 'form_url', 'The page the form was submitted on'),
	{
		displayName: 'Attribution',
		name: 'attribution',
		type: 'options',
		default: 'urls',
		options: [
			{
				name: 'Landing Page and Referrer',
				value: 'urls',
				description: 'Attribute the submission with the landing page and referrer of the visit',
			},
			{
				name: 'Session ID',
				value: 'session',
				description: 'Attribute the submission to a visit CallRail tracked with swap.js',
			},
		],
		description: 'How CallRail learns where the visitor came from',
	},
	urlField('Landing Page URL', 'landingPageUrl', 'landing_page_url', 'The first page of the visit', 'urls'),
	{
		displayName: 'Referrer',
		name: 'referrer',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. google_paid',
		description: 'Where the visitor came from, such as direct, google_paid or a domain',
		displayOptions: when('urls'),
		routing: { send: { type: 'body', property: 'form_submission.referrer' } },
	},
	urlField('Referring URL', 'referringUrl', 'referring_url', 'The page that linked to the landing page', 'urls'),
	{
		displayName: 'Session ID',
		name: 'sessionId',
		type: 'string',
		required: true,
		default: '',
		description: 'The visitor session ID from the CallRail swap.js cookie',
		displayOptions: when('session'),
		routing: { send: { type: 'body', property: 'form_submission.session_id' } },
	},
	{
		displayName: 'Form Data',
		name: 'formDataMode',
		type: 'options',
		default: 'fields',
		options: [
			{ name: 'Fields', value: 'fields', description: 'Enter the form fields one by one' },
			{ name: 'JSON', value: 'json', description: 'Enter the form fields as a JSON object' },
		],
		description: 'How the submitted form fields are entered. CallRail finds the customer by the phone number among them.',
	},
	{
		displayName: 'Form Fields',
		name: 'formFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Form Field',
		default: {},
		displayOptions: { show: { formDataMode: ['fields'] } },
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'e.g. phone',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. +14045551234',
					},
				],
			},
		],
	},
	{
		displayName: 'Form Data (JSON)',
		name: 'formDataJson',
		type: 'json',
		default: '{\n  "name": "",\n  "phone": "",\n  "email": ""\n}',
		description: 'The submitted fields as one JSON object of names and values',
		displayOptions: { show: { formDataMode: ['json'] } },
	},
];

/** Puts `form_data` into the `form_submission` wrapper, from the field list or the JSON object. */
async function buildFormData(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = bodyOf(requestOptions);
	const submission = (body.form_submission ?? {}) as IDataObject;
	let formData: IDataObject = {};
	if (this.getNodeParameter('formDataMode', 'fields') === 'json') {
		const raw = this.getNodeParameter('formDataJson', '{}') as unknown;
		let parsed: unknown = raw;
		if (typeof raw === 'string') {
			try {
				parsed = jsonParse(raw);
			} catch {
				failItem(this, 'Form Data (JSON) is not valid JSON');
			}
		}
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
			failItem(this, 'Form Data (JSON) must be an object of field names and values');
		}
		formData = parsed as IDataObject;
	} else {
		const fields = (this.getNodeParameter('formFields.field', []) as IDataObject[]) ?? [];
		for (const field of fields) {
			const name = String(field.name ?? '').trim();
			if (name) formData[name] = field.value ?? '';
		}
	}
	if (Object.keys(formData).length === 0) {
		failItem(this, 'Add at least one form field', 'CallRail needs the submitted data, usually with a phone number or email.');
	}
	submission.form_data = formData;
	body.form_submission = submission;
	return requestOptions;
}

export const createFormSubmission: OperationDeclaration = {
	value: 'create',
	name: 'Create',
	action: 'Create a form submission',
	description: 'Record a form filled in on a website, with its attribution',
	method: 'POST',
	path: 'form_submissions.json',
	fields: createFields,
	preSend: [buildFormData],
};
