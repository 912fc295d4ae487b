import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { filterConditionOptions } from './fields';

const show = { show: { resource: ['integrationFilter'], operation: ['create'] } };

export const integrationFilterCreateDescription: INodeProperties[] = [
	{
		displayName:
			'A filter applies to every URL of the integration, including those other tools added. An integration has at most one filter: CallRail refuses a second one.',
		name: 'filterNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	{
		...companyLocator(),
		displayOptions: show,
		routing: { send: { type: 'body', property: 'company_id' } },
	},
	{
		displayName: 'Integration ID',
		name: 'integrationId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '12345',
		description: 'The integration the filter applies to, a whole number (Integration > Get Many lists them)',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'integration_id', value: '={{ /^[0-9]+$/.test(String($value).trim()) ? Number($value) : $value }}' } },
	},
	{
		displayName: 'Conditions',
		name: 'conditions',
		type: 'collection',
		placeholder: 'Add Condition',
		default: {},
		description: 'Calls are sent to the integration only when every condition added here matches',
		displayOptions: show,
		options: filterConditionOptions,
	},
];
