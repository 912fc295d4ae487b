import type { INodeProperties } from 'n8n-workflow';

import { formSubmissionLocator } from '../../../kernel/locators';

/** The form submission an Update works on: FOR… as the API lists it, or FRM… as webhooks and timeline links show it. */
export const formSubmissionIdField: INodeProperties = formSubmissionLocator({ description: 'The form submission to update' });

/** Optional form submission fields CallRail adds when asked through `fields` (the reference's Field Selection table). */
export const FORM_OPTIONAL_FIELDS = [
	'company_name', 'form_name', 'lead_status', 'milestones', 'note', 'tags', 'timeline_url', 'utm_campaign', 'utm_medium',
	'utm_source', 'value',
];
