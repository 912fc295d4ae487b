import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { accountPath, bodyOf, checkIdList, deletedResult, failItem, listRouting, recordRouting, withPreSend } from '../../shared/routing';
import { userCreateDescription } from './create';
import { userDeleteDescription } from './delete';
import { userGetDescription } from './get';
import { userGetManyDescription } from './getMany';
import { userUpdateDescription } from './update';

const recordPath = accountPath('users/{{$parameter.userId}}.json');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Local checks of a user body: a real email, company IDs, and companies for every non-admin user. */
async function checkUserBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = bodyOf(requestOptions);
	if (requestOptions.method === 'PUT') {
		if (Object.keys(body).length === 0) failItem(this, 'Add at least one field to update');
		if (Array.isArray(body.companies) && body.companies.length === 0) delete body.companies;
		if (body.current_password === '') delete body.current_password;
	}
	if (body.email !== undefined && !EMAIL.test(String(body.email).trim())) {
		failItem(this, `"${String(body.email)}" is not an email address`);
	}
	checkIdList(body.companies, this, 'company');
	if (requestOptions.method === 'POST' && body.role !== 'admin') {
		const companies = (body.companies as IDataObject[] | undefined) ?? [];
		if (companies.length === 0) {
			failItem(this, 'Choose at least one company', 'Manager and reporting users only see the companies they are given.');
		}
	}
	return requestOptions;
}

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a user',
				description: 'Invite a new admin, manager or reporting user (admin keys only)',
				routing: withPreSend(recordRouting('POST', accountPath('users.json')), checkUserBody),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a user',
				description: 'Remove a user from the account (admin keys only)',
				routing: recordRouting('DELETE', recordPath, { postReceive: deletedResult('userId') }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user',
				description: 'Retrieve one user with their role and companies',
				routing: recordRouting('GET', recordPath),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many users',
				description: 'List the users of the account',
				routing: listRouting(accountPath('users.json'), { envelope: 'users' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a user',
				description: "Change a user's name, email or companies",
				routing: withPreSend(recordRouting('PUT', recordPath), checkUserBody),
			},
		],
		default: 'getMany',
	},
	...userCreateDescription,
	...userDeleteDescription,
	...userGetDescription,
	...userGetManyDescription,
	...userUpdateDescription,
];
