import type { INodeProperties } from 'n8n-workflow';

import { exampleId } from '../../../kernel/ids';

import { fieldOptions } from '../../../kernel/fieldNames';
import { companyLocator, trackerLocator } from '../../../kernel/locators';
import { FIELDS_VALUE } from '../../builder/descriptions';

/** Include Fields of trackers: optional fields CallRail adds through `fields=`. */
export const includeTrackerFields: INodeProperties = {
	displayName: 'Include Fields',
	name: 'fields',
	type: 'multiOptions',
	default: [],
	options: fieldOptions(['campaign_name', 'swap_targets']),
	description: 'Optional tracker fields to ask CallRail for; they are kept in every output',
	routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
};

/** The tracker a record operation works on (its ID goes into the URL). */
export const trackerIdField = (description: string): INodeProperties => trackerLocator({ description });

export const TRACKER_PATH = 'trackers/{{$parameter.trackerId}}.json';

export const costNotice = (operation: 'createSource' | 'createSession'): INodeProperties => ({
	displayName:
		operation === 'createSession'
			? 'This buys real phone numbers: every number of the pool is billed each month, so a pool of 10 costs ten times one number. A rate-limit answer (429) means nothing was bought, so the request is repeated after the wait; after a server error it is never repeated, so a failure never buys a second pool.'
			: 'This buys a real phone number that is billed each month until the tracker is disabled. A rate-limit answer (429) means nothing was bought, so the request is repeated after the wait; after a server error it is never repeated, so a failure never buys a second number.',
	name: 'costNotice',
	type: 'notice',
	default: '',
});

/** Name, company and the basic call flow, shared by both creates. */
export function createCommonFields(): INodeProperties[] {
	return [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			description: 'Name of the tracker as shown in CallRail',
			routing: { send: { type: 'body', property: 'name' } },
		},
		{
			...companyLocator({ description: 'The company the tracker belongs to' }),
			routing: { send: { type: 'body', property: 'company_id' } },
		},
		{
			displayName: 'Call Flow',
			name: 'callFlowType',
			type: 'options',
			default: 'basic',
			options: CALL_FLOW_TYPE_OPTIONS,
			description: 'What happens to a call to the tracking number',
		},
		{ ...advancedCallFlowUuidField, required: true, displayOptions: { show: { callFlowType: ['advanced'] } } },
		{
			displayName: 'Destination Number',
			name: 'destinationNumber',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. +14045551234',
			description: 'The business number calls to the tracking number are forwarded to',
			displayOptions: { show: { callFlowType: ['basic'] } },
			routing: { send: { type: 'body', property: 'call_flow.destination_number' } },
		},
		{
			displayName: 'Recording Enabled',
			name: 'recordingEnabled',
			type: 'boolean',
			default: true,
			description: 'Whether calls to the tracker are recorded',
			displayOptions: { show: { callFlowType: ['basic'] } },
			routing: { send: { type: 'body', property: 'call_flow.recording_enabled' } },
		},
	];
}

// "you can create new Basic Call Flow Objects or assign existing Advanced Call Flow Objects when creating or updating a
// Source Tracker or Session Tracker via the API … you must reference its UUID" (Configuring Call Flows).
export const CALL_FLOW_TYPE_OPTIONS = [
	{ name: 'Basic', value: 'basic', description: 'Forward calls to a destination number, with an optional greeting' },
	{
		name: 'Existing Advanced Call Flow',
		value: 'advanced',
		description: 'A call flow built in CallRail (menus, schedules, voicemail), chosen by its UUID',
	},
];

export const advancedCallFlowUuidField: INodeProperties = {
	displayName: 'Advanced Call Flow UUID',
	name: 'advancedCallFlowUuid',
	type: 'string',
	default: '',
	placeholder: 'e.g. 4d28a8d3-0137-4c9f-9c1f-a5505cef0674',
	description: 'Open the call flow in CallRail: its UUID follows call-flow/ in the page URL',
};

/** How the new number (or the numbers of a pool) is chosen: `tracking_number` or `pool_numbers` in the body. */
export function numberRequestFields(property: string): INodeProperties[] {
	const when = (numberType: string) => ({ show: { numberType: [numberType] } });
	return [
		{
			displayName: 'Number Type',
			name: 'numberType',
			type: 'options',
			default: 'areaCode',
			options: [
				{
					name: 'Area Code',
					value: 'areaCode',
					description: 'A local number in exactly this area code; fails when none is available',
				},
				{
					name: 'Near a Number',
					value: 'local',
					description: 'A local number near a business number: same area code when possible, else a nearby one',
				},
				{ name: 'Toll-Free', value: 'tollFree', description: 'A toll-free number (888, 877, 866 or 855 preferred)' },
			],
			description: 'How CallRail picks the new number',
		},
		{
			displayName: 'Area Code',
			name: 'areaCode',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 404',
			description: 'Three-digit US or Canadian area code',
			displayOptions: when('areaCode'),
			routing: { send: { type: 'body', property: `${property}.area_code` } },
		},
		{
			displayName: 'Business Number',
			name: 'localNumber',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. +14045551234',
			description: 'The new number is chosen near this number',
			displayOptions: when('local'),
			routing: { send: { type: 'body', property: `${property}.local` } },
		},
		{
			displayName: 'Toll-Free Prefix',
			name: 'tollFreePrefix',
			type: 'string',
			default: '',
			placeholder: 'e.g. 888',
			description: 'Optional: only a number with this toll-free prefix; fails when none is available',
			displayOptions: when('tollFree'),
			routing: {
				send: { type: 'body', property: `${property}.area_code`, value: '={{ $value ? $value : undefined }}' },
			},
		},
	];
}

export const smsEnabledField: INodeProperties = {
	displayName: 'SMS Enabled',
	name: 'smsEnabled',
	type: 'boolean',
	default: false,
	description: 'Whether the tracking numbers can send and receive texts (needs 10DLC registration)',
	routing: { send: { type: 'body', property: 'sms_enabled' } },
};

/** Optional fields of both creates, in the collection shown under the required ones. */
export function createOptionalFields(operation: 'createSource' | 'createSession'): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Greeting Recording URL',
			name: 'greetingRecordingUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com/greeting.mp3',
			description: 'Audio played to callers before they are connected. CallRail copies the file once. Greeting Text wins if both are set.',
			routing: { send: { type: 'body', property: 'call_flow.greeting_recording_url' } },
		},
		{
			displayName: 'Greeting Text',
			name: 'greetingText',
			type: 'string',
			default: '',
			description: 'Text read to callers before they are connected',
			routing: { send: { type: 'body', property: 'call_flow.greeting_text' } },
		},
		smsEnabledField,
		swapTargetsField,
		{
			displayName: 'Whisper Message',
			name: 'whisperMessage',
			type: 'string',
			default: '',
			placeholder: 'e.g. Call from [source]',
			description: 'Played to the person answering, before the caller is connected; [source] names the source',
			routing: { send: { type: 'body', property: 'whisper_message' } },
		},
	];
	if (operation === 'createSource') fields.unshift(campaignNameField);
	fields.push(...messageFlowFields(false));
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The source types "Source Tracker Call Sources" lists, exactly. */
export const SOURCE_TYPE_OPTIONS = [
	{ name: 'All Visitors', value: 'all', description: 'Every website visitor sees the number' },
	{ name: 'Direct Visits', value: 'direct' },
	{ name: 'Google Ad Extension', value: 'google_ad_extension' },
	{ name: 'Google My Business', value: 'google_my_business' },
	{ name: 'Landing Page Parameters', value: 'landing_params', description: 'Visitors whose landing URL has given parameters' },
	{ name: 'Landing Page URL', value: 'landing_url', description: 'Visitors who land on a given URL' },
	{ name: 'Mobile Ad Extension', value: 'mobile_ad_extension' },
	{ name: 'Offline', value: 'offline', description: 'Print, radio, billboards and other offline media' },
	{ name: 'Search', value: 'search', description: 'Visitors from a search engine' },
	{ name: 'Website Referrer', value: 'web_referrer', description: 'Visitors coming from a given website' },
];

/** The engine and the results a Search source tracker covers. */
export const searchEngineField: INodeProperties = {
	displayName: 'Search Engine',
	name: 'searchEngine',
	type: 'options',
	default: 'all',
	options: [
		{ name: 'All Search Engines', value: 'all' },
		{ name: 'Bing', value: 'bing' },
		{ name: 'Google', value: 'google' },
		{ name: 'Yahoo', value: 'yahoo' },
	],
	routing: { send: { type: 'body', property: 'source.search_engine' } },
};

export const searchTypeField: INodeProperties = {
	displayName: 'Search Type',
	name: 'searchType',
	type: 'options',
	default: 'all',
	options: [
		{ name: 'Organic and Paid', value: 'all' },
		{ name: 'Organic', value: 'organic' },
		{ name: 'Paid', value: 'paid' },
	],
	routing: { send: { type: 'body', property: 'source.search_type' } },
};

/**
 * What a text to the tracking number triggers ("Configuring message flows"): an automatic reply, an advanced flow
 * made with Message Flow › Create, or (on update) none. Read by `applyMessageFlow`, which builds `message_flow`.
 */
export function messageFlowFields(updating: boolean): INodeProperties[] {
	return [
		{
			displayName: 'Text Auto-Reply',
			name: 'autoReplyText',
			type: 'string',
			typeOptions: { rows: 2 },
			default: '',
			description:
				'Text sent back to anyone who texts the number (up to 1550 characters; opt-out wording is added to a first text). Needs SMS Enabled.',
		},
		{
			displayName: 'Text Message Flow ID',
			name: 'messageFlowId',
			type: 'string',
			default: '',
			placeholder: exampleId('messageFlow'),
			description: 'An advanced message flow of the company (Message Flow › Get Many lists them) that runs for texts to the number. Needs SMS Enabled.',
		},
		...(updating
			? [
					{
						displayName: 'Remove Text Message Flow',
						name: 'removeMessageFlow',
						type: 'boolean' as const,
						default: true,
						description: 'Whether to take the auto-reply or message flow off the number',
					},
				]
			: []),
	];
}

export const campaignNameField: INodeProperties = {
	displayName: 'Campaign Name',
	name: 'campaignName',
	type: 'string',
	default: '',
	description: 'Campaign the calls of a source tracker are attributed to',
	routing: { send: { type: 'body', property: 'campaign_name' } },
};

export const swapTargetsField: INodeProperties = {
	displayName: 'Swap Targets',
	name: 'swapTargets',
	type: 'string',
	typeOptions: { multipleValues: true },
	default: [],
	placeholder: 'e.g. +14045551234',
	description: 'Numbers on the website that the tracking number replaces (dynamic number insertion)',
	routing: {
		send: {
			type: 'body',
			property: 'swap_targets',
			value: '={{ [].concat($value).map(t => String(t).trim()).filter(t => t !== "") }}',
		},
	},
};
