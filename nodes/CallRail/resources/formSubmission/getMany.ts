import { fieldOptions } from '../../../kernel/fieldNames';
import { companyLocator } from '../../../kernel/locators';
import { LIST_OF_STRINGS, tagNamesParameter } from '../../../kernel/vocabulary';
import { dateFilters, FIELDS_VALUE, leadStatusFilter } from '../../builder/descriptions';
import type { OperationDeclaration } from '../../builder/operation';
import { FORM_OPTIONAL_FIELDS } from './fields';

export const getManyFormSubmissions: OperationDeclaration = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many form submissions',
	description: 'List form submissions with filters, newest first',
	method: 'GET',
	path: 'form_submissions.json',
	output: 'form_submissions',
	list: {
		envelope: 'form_submissions',
		filters: [
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
		options: [
			{
				displayName: 'Include Fields',
				name: 'fields',
				type: 'multiOptions',
				default: [],
				options: fieldOptions(FORM_OPTIONAL_FIELDS),
				description: 'Optional form submission fields to include',
				routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
			},
		],
		sort: { fields: fieldOptions(['form_url', 'submitted_at']), default: 'submitted_at', order: 'desc' },
	},
};
