/** Optional call fields CallRail adds when asked through `fields`. */
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

const PREMIUM_FIELDS = new Set(['call_summary', 'sentiment', 'transcription', 'conversational_transcript']);

export const fieldOptions = (names: string[]) =>
	names.map((name) => ({
		name: name
			.split('_')
			.map((word, i) => (i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
			.join(' ') + (PREMIUM_FIELDS.has(name) ? ' (Premium CI)' : ''),
		value: name,
	}));
