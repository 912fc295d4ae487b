import type { INodeProperties } from 'n8n-workflow';

import { exampleId } from '../../../shared/ids';

import { formShow } from './fields';
import { LIST_OF_STRINGS } from '../../../shared/vocabulary';

const show = formShow(['ignoreFields']);

export const formSubmissionIgnoreFieldsDescription: INodeProperties[] = [
	{
		displayName: 'Companies',
		name: 'ignoreScope',
		type: 'options',
		default: 'chosen',
		options: [
			{ name: 'All Companies', value: 'all' },
			{ name: 'Chosen Companies', value: 'chosen' },
		],
		description: 'Where CallRail stops capturing the fields',
		displayOptions: show,
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
		displayOptions: { show: { ...show.show, ignoreScope: ['chosen'] } },
		routing: {
			send: {
				type: 'body',
				property: 'company_ids',
				value: LIST_OF_STRINGS,
			},
		},
	},
	{
		displayName: 'Field Names',
		name: 'fieldNames',
		type: 'string',
		typeOptions: { multipleValues: true },
		required: true,
		default: [],
		placeholder: 'credit_card_number',
		description: 'Names of the form fields CallRail should no longer capture, such as card numbers or passwords',
		displayOptions: show,
		routing: {
			send: {
				type: 'body',
				property: 'field_names',
				value: LIST_OF_STRINGS,
			},
		},
	},
];
