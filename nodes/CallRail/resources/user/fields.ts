import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { exampleId } from '../../../kernel/ids';
import { userLocator } from '../../../kernel/locators';
import { LIST_OF_STRINGS } from '../../../kernel/vocabulary';
import { bodyOf, failItem } from '../../builder/routing';
import { checkEmail, checkIdList } from '../../builder/validation';

/** The user a record operation works on (its ID goes into the URL). */
export const userIdField = (description: string): INodeProperties => userLocator({ description });

export const companiesField = (description: string): INodeProperties => ({
	displayName: 'Company IDs',
	name: 'companies',
	type: 'string',
	typeOptions: { multipleValues: true },
	default: [],
	placeholder: exampleId('company'),
	description,
	routing: {
		send: {
			type: 'body',
			property: 'companies',
			value: LIST_OF_STRINGS,
		},
	},
});

/** Local checks of a user body: a real email, company IDs, and companies for every non-admin user. */
export async function checkUserBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = bodyOf(requestOptions);
	if (requestOptions.method === 'PUT') {
		if (Object.keys(body).length === 0) failItem(this, 'Add at least one field to update');
		if (Array.isArray(body.companies) && body.companies.length === 0) delete body.companies;
		if (body.current_password === '') delete body.current_password;
	}
	checkEmail(this, body);
	checkIdList(this, body.companies, 'company');
	if (requestOptions.method === 'POST' && body.role !== 'admin') {
		const companies = (body.companies as IDataObject[] | undefined) ?? [];
		if (companies.length === 0) {
			failItem(this, 'Choose at least one company', 'Manager and reporting users only see the companies they are given.');
		}
	}
	return requestOptions;
}
