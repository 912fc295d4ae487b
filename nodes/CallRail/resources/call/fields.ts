import type { INodeProperties } from 'n8n-workflow';

import { fieldOptions } from '../../../kernel/fieldNames';
import { exampleId, idForm } from '../../../kernel/ids';
import { FIELDS_VALUE } from '../../builder/descriptions';

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

const CONVERSATION_INTELLIGENCE = 'Conversation Intelligence';
const CI_NOTES = Object.fromEntries(
	['call_summary', 'sentiment', 'transcription', 'conversational_transcript'].map((f) => [f, CONVERSATION_INTELLIGENCE]),
);

/** The Include Fields multi-option of calls: optional fields CallRail adds through `fields=`. */
export const includeCallFields = (names: string[]): INodeProperties => ({
	displayName: 'Include Fields',
	name: 'fields',
	type: 'multiOptions',
	default: [],
	options: fieldOptions(names, CI_NOTES),
	description: 'Optional call fields to ask CallRail for; they are kept in every output',
	routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
});

/** The call a record operation works on (its ID goes into the URL). */
export const callIdField: INodeProperties = {
	displayName: 'Call ID',
	name: 'callId',
	type: 'string',
	required: true,
	default: '',
	placeholder: exampleId('call'),
	description: `The call, as ${idForm('call')}`,
};

export const CALL_PATH = 'calls/{{$parameter.callId}}.json';
