import type { INodePropertyOptions } from 'n8n-workflow';

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

const CONVERSATION_INTELLIGENCE = ' (Conversation Intelligence)';

/**
 * Include Fields: the other optional fields of a listed call. The reference ties call_summary, sentiment and
 * transcription to "a Premium Conversation Intelligence plan"; highlights, spotted keywords, talk time and the AI
 * lead score come from the same call analysis, so they carry the same note.
 */
export const CALL_INCLUDE_FIELD_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Agent Email', value: 'agent_email' },
	{ name: 'Call Highlights' + CONVERSATION_INTELLIGENCE, value: 'call_highlights' },
	{ name: 'Call Summary' + CONVERSATION_INTELLIGENCE, value: 'call_summary' },
	{ name: 'Call Type', value: 'call_type' },
	{ name: 'Company Time Zone', value: 'company_time_zone' },
	{ name: 'Created At', value: 'created_at' },
	{ name: 'Custom Cookies', value: 'custom' },
	{ name: 'Device Type', value: 'device_type' },
	{ name: 'Formatted Business Phone Number', value: 'formatted_business_phone_number' },
	{ name: 'Formatted Call Type', value: 'formatted_call_type' },
	{ name: 'Formatted Customer Location', value: 'formatted_customer_location' },
	{ name: 'Formatted Customer Name', value: 'formatted_customer_name' },
	{ name: 'Formatted Customer Name or Phone Number', value: 'formatted_customer_name_or_phone_number' },
	{ name: 'Formatted Customer Phone Number', value: 'formatted_customer_phone_number' },
	{ name: 'Formatted Duration', value: 'formatted_duration' },
	{ name: 'Formatted Tracking Phone Number', value: 'formatted_tracking_phone_number' },
	{ name: 'Formatted Tracking Source', value: 'formatted_tracking_source' },
	{ name: 'Formatted Value', value: 'formatted_value' },
	{ name: 'Good Lead Call ID', value: 'good_lead_call_id' },
	{ name: 'Good Lead Call Time', value: 'good_lead_call_time' },
	{ name: 'Google Analytics Cookie (GA)', value: 'ga' },
	{ name: 'Keypad Entries', value: 'keypad_entries' },
	{ name: 'Keywords Spotted' + CONVERSATION_INTELLIGENCE, value: 'keywords_spotted' },
	{ name: 'Lead Score' + CONVERSATION_INTELLIGENCE, value: 'lead_score' },
	{ name: 'Lead Score Explanation' + CONVERSATION_INTELLIGENCE, value: 'lead_explanation' },
	{ name: 'Prior Calls', value: 'prior_calls' },
	{ name: 'Sentiment' + CONVERSATION_INTELLIGENCE, value: 'sentiment' },
	{ name: 'Session UUID', value: 'session_uuid' },
	{ name: 'Speaker Percent' + CONVERSATION_INTELLIGENCE, value: 'speaker_percent' },
	{ name: 'Total Calls', value: 'total_calls' },
	{ name: 'Transcription' + CONVERSATION_INTELLIGENCE, value: 'transcription' },
	{ name: 'Voice Assist Message', value: 'voice_assist_message' },
	{ name: 'Waveforms', value: 'waveforms' },
	{ name: 'ZIP Codes Entered', value: 'zip_code' },
];

/** Conversation Intelligence fields arrive after the call; when chosen, Call Updated watches them too. */
export const LATE_CALL_FIELDS = new Set(
	CALL_INCLUDE_FIELD_OPTIONS.filter((o) => o.name.endsWith(CONVERSATION_INTELLIGENCE)).map((o) => String(o.value)),
);

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
