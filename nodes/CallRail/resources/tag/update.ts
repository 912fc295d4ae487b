import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDeclaration } from '../../builder/operation';
import { bodyOf, failItem } from '../../builder/routing';
import { colorField, tagIdField } from './fields';
import { collection } from '../../../kernel/collections';

async function checkUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	if (Object.keys(bodyOf(requestOptions)).length === 0) failItem(this, 'Add at least one field to update');
	return requestOptions;
}

export const updateTag: OperationDeclaration = {
	value: 'update',
	name: 'Update',
	action: 'Update a tag',
	description: 'Rename, recolour, disable or enable a tag',
	method: 'PUT',
	path: 'tags/{{$parameter.tagId}}.json',
	fields: [
		tagIdField('The tag to change'),
		collection('Update Fields', [
			colorField,
			{
				displayName: 'Disabled',
				name: 'disabled',
				type: 'boolean',
				default: true,
				description:
					'Whether the tag is disabled: it stays on past calls and forms but can no longer be applied to new ones',
				routing: { send: { type: 'body', property: 'disabled' } },
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'New name; interactions that carry the tag show the new name',
				routing: { send: { type: 'body', property: 'name' } },
			},
		], {
			description: 'Only the fields added here are sent',
		}),
	],
	preSend: [checkUpdate],
};
