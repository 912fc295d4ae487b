import type { INodePropertyOptions } from 'n8n-workflow';

import { fieldOptions } from './fieldNames';

/**
 * CallRail's call fields, for the Call resource and the polling trigger alike: the optional fields CallRail adds
 * when asked through `fields=` (reference: "Additional User Requested Response Fields" of Listing All Calls and
 * Retrieving a Single Call), which of them come from Conversation Intelligence, and their option names.
 */

/** Optional fields of a listed call. */
export const CALL_OPTIONAL_FIELDS = [
	'agent_email', 'call_highlights', 'call_summary', 'call_type', 'campaign', 'company_id', 'company_name',
	'company_time_zone', 'created_at', 'custom', 'device_type', 'fbclid', 'first_call', 'formatted_call_type',
	'formatted_customer_location', 'formatted_business_phone_number', 'formatted_customer_name',
	'formatted_customer_name_or_phone_number', 'formatted_customer_phone_number', 'formatted_duration',
	'formatted_tracking_phone_number', 'formatted_tracking_source', 'formatted_value', 'ga', 'gclid',
	'good_lead_call_id', 'good_lead_call_time', 'keypad_entries', 'keywords', 'keywords_spotted', 'landing_page_url',
	'last_requested_url', 'lead_explanation', 'lead_score', 'lead_status', 'medium', 'milestones', 'msclkid', 'note',
	'person_id', 'prior_calls', 'referrer_domain', 'referring_url', 'sentiment', 'session_uuid', 'source',
	'source_name', 'speaker_percent', 'tags', 'timeline_url', 'total_calls', 'tracker_id', 'transcription',
	'utm_campaign', 'utm_content', 'utm_medium', 'utm_source', 'utm_term', 'value', 'voice_assist_message',
	'waveforms', 'zip_code',
];

/** Fields only the single-call endpoint returns. */
export const SINGLE_CALL_FIELDS = ['conversational_transcript', 'integration_data'];

/**
 * The reference ties call_summary, sentiment and transcription to "a Premium Conversation Intelligence plan";
 * the conversational transcript, highlights, spotted keywords, talk time and the AI lead score come from the same
 * call analysis. They arrive after the call has ended.
 */
export const CONVERSATION_INTELLIGENCE_FIELDS: ReadonlySet<string> = new Set([
	'call_highlights', 'call_summary', 'conversational_transcript', 'keywords_spotted', 'lead_explanation', 'lead_score',
	'sentiment', 'speaker_percent', 'transcription',
]);

const CI_NOTES = Object.fromEntries([...CONVERSATION_INTELLIGENCE_FIELDS].map((field) => [field, 'Conversation Intelligence']));

/** Fields whose CallRail name says less than they hold. */
const CALL_FIELD_LABELS = {
	custom: 'Custom Cookies',
	ga: 'Google Analytics Cookie (GA)',
	lead_explanation: 'Lead Score Explanation',
	zip_code: 'ZIP Codes Entered',
};

/** Include Fields options for call fields, the Conversation Intelligence ones noted as such. */
export const callFieldOptions = (names: readonly string[]): INodePropertyOptions[] =>
	fieldOptions(names, CI_NOTES, CALL_FIELD_LABELS);
