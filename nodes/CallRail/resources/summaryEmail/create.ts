import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { recipientFields } from '../../shared/descriptions';
import { frequencyField, leadStatusField, sectionsField } from './fields';

const show = { resource: ['summaryEmail'], operation: ['create'] };

export const summaryEmailCreateDescription: INodeProperties[] = [
	...recipientFields(show, 'the summary email', 'a company'),
	{
		...companyLocator({
			required: false,
			description:
				'The company the email reports on. Required for an email address; for a user, leave empty to cover the whole account.',
		}),
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'company_id', value: '={{ $value || undefined }}' } },
	},
	{ ...frequencyField(true), displayOptions: { show } },
	{ ...sectionsField, displayOptions: { show } },
	{ ...leadStatusField, displayOptions: { show } },
];
