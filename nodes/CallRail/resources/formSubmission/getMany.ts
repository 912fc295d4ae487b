import type { INodeProperties } from 'n8n-workflow';

import { companyLocator } from '../../../shared/locators';
import { LIST_OF_STRINGS, tagNamesParameter } from '../../../shared/vocabulary';
import { dateFilters, FIELDS_VALUE, leadStatusFilter, maxRateLimitWaitOption, returnAllAndLimit, sortOptions } from '../../shared/descriptions';
import { FORM_OPTIONAL_FIELDS, formShow } from './fields';
import { outputChoiceFor } from '../../shared/output';

const show = formShow(['getMany']);

export const formSubmissionGetManyDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: show,
		options: [
			{
				...companyLocator({ required: false, description: 'Only the form submissions of this company' }),
				routing: { send: { type: 'query', property: 'company_id' } },
			},
			...dateFilters,
			leadStatusFilter,
			{
				displayName: 'Person Leads Only',
				name: 'personLead',
				type: 'boolean',
				default: true,
				description: 'Whether to return only the submissions that have a lead (a known person) associated with them',
				routing: { send: { type: 'query', property: 'person_lead', value: '={{ $value ? true : undefined }}' } },
			},
			{
				...tagNamesParameter('Submissions with any of these tag names'),
				routing: { send: { type: 'query', property: 'tags', value: LIST_OF_STRINGS } },
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Additional Fields',
				name: 'fields',
				type: 'multiOptions',
				default: [],
				options: FORM_OPTIONAL_FIELDS,
				description: 'Optional form submission fields to include',
				routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
			},
			maxRateLimitWaitOption,
			...sortOptions([
				{ name: 'Form URL', value: 'form_url' },
				{ name: 'Submitted At', value: 'submitted_at' },
			], 'submitted_at', 'desc'),
		],
	},
	...outputChoiceFor({ show: { resource: ['formSubmission'], operation: ['getMany'] } }, 'form_submissions'),
];
