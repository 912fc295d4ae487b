import { CALL_OPTIONAL_FIELDS, callFieldOptions } from '../kernel/callFields';

/**
 * The optional fields the trigger asks CallRail for (`fields=`, reference: "Additional User Requested Response
 * Fields" of Listing All Calls and Listing All Form Submissions). They ride on the poll's one list request, so they
 * cost no request of their own.
 */

/** Asked on every call poll: what the update fingerprint reads, and the attribution every plan returns. */
export const CALL_DEFAULT_FIELDS = [
	'campaign',
	'company_id',
	'company_name',
	'fbclid',
	'first_call',
	'gclid',
	'keywords',
	'landing_page_url',
	'last_requested_url',
	'lead_status',
	'medium',
	'milestones',
	'msclkid',
	'note',
	'person_id',
	'referrer_domain',
	'referring_url',
	'source',
	'source_name',
	'tags',
	'timeline_url',
	'tracker_id',
	'utm_campaign',
	'utm_content',
	'utm_medium',
	'utm_source',
	'utm_term',
	'value',
];

/** Include Fields: the other optional fields of a listed call. */
export const CALL_INCLUDE_FIELD_OPTIONS = callFieldOptions(CALL_OPTIONAL_FIELDS.filter((field) => !CALL_DEFAULT_FIELDS.includes(field)));

/** Every optional field of a listed form submission: all of them are attribution or the record's own state. */
export const FORM_FIELDS = [
	'company_name',
	'form_name',
	'lead_status',
	'milestones',
	'note',
	'tags',
	'timeline_url',
	'utm_campaign',
	'utm_medium',
	'utm_source',
	'value',
];
