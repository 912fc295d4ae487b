import type { INodeProperties } from 'n8n-workflow';

import { exampleId } from '../../../shared/ids';

import { companyShow } from './fields';
import { LIST_OF_STRINGS } from '../../../shared/vocabulary';

const show = companyShow(['bulkUpdate']);

export const companyBulkUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Companies',
		name: 'companyScope',
		type: 'options',
		default: 'chosen',
		options: [
			{ name: 'All Companies', value: 'all', description: 'Every company of the account' },
			{ name: 'Chosen Companies', value: 'chosen' },
		],
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
		description: 'The companies to change. Several IDs may also be separated by commas.',
		displayOptions: { show: { ...show.show, companyScope: ['chosen'] } },
		routing: {
			send: {
				type: 'body',
				property: 'company_ids',
				value: LIST_OF_STRINGS,
			},
		},
	},
	{
		displayName: 'External Form Capture',
		name: 'externalFormCapture',
		type: 'boolean',
		default: true,
		description: 'Whether the swap script of these companies captures submissions of forms not built in CallRail',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'external_form_capture' } },
	},
];
