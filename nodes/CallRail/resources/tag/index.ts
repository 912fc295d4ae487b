import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { accountPath, bodyOf, deletedResult, failItem, listRouting, recordRouting, withPreSend } from '../../shared/routing';
import { tagCreateDescription } from './create';
import { tagDeleteDescription } from './delete';
import { tagGetManyDescription } from './getMany';
import { tagUpdateDescription } from './update';

const recordPath = accountPath('tags/{{$parameter.tagId}}.json');

async function checkUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	if (Object.keys(bodyOf(requestOptions)).length === 0) failItem(this, 'Add at least one field to update');
	return requestOptions;
}

export const tagDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tag'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a tag',
				description: 'Create a tag for one company, or for the whole account',
				routing: recordRouting('POST', accountPath('tags.json')),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a tag',
				description: 'Delete a tag and remove it from every interaction',
				routing: recordRouting('DELETE', recordPath, { postReceive: deletedResult('tagId') }),
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many tags',
				description: 'List the tags of the account or of a company',
				routing: listRouting(accountPath('tags.json'), { envelope: 'tags' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a tag',
				description: 'Rename, recolour, disable or enable a tag',
				routing: withPreSend(recordRouting('PUT', recordPath), checkUpdate),
			},
		],
		default: 'getMany',
	},
	...tagCreateDescription,
	...tagDeleteDescription,
	...tagGetManyDescription,
	...tagUpdateDescription,
];
