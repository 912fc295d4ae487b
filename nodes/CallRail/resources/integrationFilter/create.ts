import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { companyLocator, integrationLocator } from '../../../kernel/locators';
import type { OperationDeclaration } from '../../builder/operation';
import { filterConditionOptions } from './fields';

/**
 * "An optional default integration filter can be defined for a company. This default filter applies to all
 * integrations that do not have a specific integration filter defined" (reference): it is the filter whose
 * integration_id is null.
 */
async function companyDefaultFilter(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	if (this.getNodeParameter('appliesTo', 'integration') === 'companyDefault') {
		requestOptions.body = { ...((requestOptions.body as IDataObject) ?? {}), integration_id: null };
	}
	return requestOptions;
}

export const createIntegrationFilter: OperationDeclaration = {
	value: 'create',
	name: 'Create',
	action: 'Create an integration filter',
	description: 'Limit which calls an integration receives (call type, duration, lead status, trackers)',
	method: 'POST',
	path: 'integration_triggers.json',
	fields: [
		{
			displayName:
				'A filter applies to every URL of the integration, including those other tools added. An integration has at most one filter: CallRail refuses a second one.',
			name: 'filterNotice',
			type: 'notice',
			default: '',
		},
		{
			...companyLocator(),
			routing: { send: { type: 'body', property: 'company_id' } },
		},
		{
			displayName: 'Applies To',
			name: 'appliesTo',
			type: 'options',
			default: 'integration',
			options: [
				{
					name: 'All Integrations Without Their Own Filter',
					value: 'companyDefault',
					description: "The company's default filter; a company has at most one",
				},
				{ name: 'One Integration', value: 'integration' },
			],
			description: 'Which integrations the filter limits',
		},
		{
			...integrationLocator({ description: 'The integration the filter applies to' }),
			displayOptions: { show: { appliesTo: ['integration'] } },
			routing: {
				send: { type: 'body', property: 'integration_id', value: '={{ /^[0-9]+$/.test(String($value).trim()) ? Number($value) : $value }}' },
			},
		},
		{
			displayName: 'Conditions',
			name: 'conditions',
			type: 'collection',
			placeholder: 'Add Condition',
			default: {},
			description: 'Calls are sent to the integration only when every condition added here matches',
			options: filterConditionOptions,
		},
	],
	preSend: [companyDefaultFilter],
};
