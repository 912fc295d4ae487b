import type { INodeProperties } from 'n8n-workflow';

import { colorField, tagIdField, tagShow } from './fields';

const show = tagShow(['update']);

export const tagUpdateDescription: INodeProperties[] = [
	tagIdField(['update'], 'The tag to change'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent',
		displayOptions: show,
		options: [
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
		],
	},
];
