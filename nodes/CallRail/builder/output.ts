import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { inputError } from '../../kernel/tool';
import { fieldOptions } from '../../kernel/fieldNames';

/**
 * The Output choice of every Get and Get Many (Simplified / Raw / Selected Fields, as n8n's own nodes offer it), and
 * the short forms Simplified returns. Simplified is the default, and what fits an AI agent's context; it always keeps
 * what the user asked CallRail for (Include Fields, Include Signing Key…), so a choice is never dropped on the way.
 */

interface RecordFormat {
	/** The record's fields in the reference's samples: what Selected Fields offers beside the optional ones. */
	documented: string[];
	/** The fields the short form keeps: those that are the point of the record. Named only from `documented`. */
	keep: string[];
	/** Of those, the optional ones CallRail returns only when asked through `fields`. */
	request?: string[];
}

/** Keyed by the list envelope of the resource (`calls`), which is also how the single Get names it. */
const RECORD_FORMATS = {
	accounts: {
		documented: ['id', 'name', 'outbound_recording_enabled', 'hipaa_account', 'numeric_id'],
		keep: ['id', 'name', 'hipaa_account', 'outbound_recording_enabled'],
	},
	// No recording links: the player URL carries an access key, and Get Recording exists for that.
	calls: {
		documented: [
			'answered', 'business_phone_number', 'customer_city', 'customer_country', 'customer_name', 'customer_phone_number',
			'customer_state', 'direction', 'duration', 'id', 'recording', 'recording_duration', 'recording_player',
			'start_time', 'tracking_phone_number', 'voicemail',
		],
		keep: [
			'id', 'start_time', 'direction', 'answered', 'voicemail', 'duration', 'customer_name', 'customer_phone_number',
			'customer_city', 'customer_state', 'tracking_phone_number', 'business_phone_number', 'source_name',
			'company_id', 'tracker_id', 'lead_status', 'tags', 'value', 'note',
		],
		request: ['source_name', 'company_id', 'tracker_id', 'lead_status', 'tags', 'value', 'note'],
	},
	caller_ids: {
		documented: ['id', 'phone_number', 'name', 'verified', 'created_at', 'validation_code'],
		keep: ['id', 'name', 'phone_number', 'verified', 'created_at'],
	},
	companies: {
		documented: [
			'id', 'name', 'status', 'time_zone', 'created_at', 'disabled_at', 'dni_active', 'script_url', 'callscribe_enabled',
			'lead_scoring_enabled', 'swap_exclude_jquery', 'swap_ppc_override', 'swap_landing_override',
			'swap_cookie_duration', 'swap_cookie_duration_unit', 'callscore_enabled', 'keyword_spotting_enabled',
			'form_capture',
		],
		keep: ['id', 'name', 'status', 'time_zone', 'created_at'],
	},
	conversations: {
		documented: [
			'id', 'company_id', 'initial_tracker_id', 'current_tracker_id', 'customer_name', 'customer_phone_number',
			'initial_tracking_number', 'current_tracking_number', 'last_message_at', 'state', 'company_time_zone',
			'formatted_customer_phone_number', 'formatted_initial_tracking_number', 'formatted_current_tracking_number',
			'formatted_customer_name', 'recent_messages', 'messages',
		],
		keep: [
			'id', 'company_id', 'customer_name', 'customer_phone_number', 'current_tracking_number', 'current_tracker_id',
			'last_message_at', 'state', 'recent_messages', 'messages',
		],
	},
	form_submissions: {
		documented: [
			'id', 'company_id', 'person_id', 'form_data', 'form_url', 'landing_page_url', 'referrer', 'referring_url',
			'submitted_at', 'first_form', 'customer_phone_number', 'customer_name', 'customer_email',
			'formatted_customer_phone_number', 'formatted_customer_name', 'source', 'keywords', 'campaign', 'medium',
			'milestones',
		],
		keep: [
			'id', 'company_id', 'submitted_at', 'customer_name', 'customer_phone_number', 'customer_email', 'form_name',
			'form_url', 'form_data', 'source', 'lead_status', 'tags', 'value', 'note',
		],
		request: ['form_name', 'lead_status', 'tags', 'value', 'note'],
	},
	integration_criteria: {
		documented: [
			'id', 'company_id', 'integration_id', 'tracker_ids', 'call_type', 'min_duration', 'max_duration', 'lead_status',
			'integration',
		],
		keep: [
			'id', 'company_id', 'integration_id', 'tracker_ids', 'call_type', 'min_duration', 'max_duration', 'lead_status',
			'integration',
		],
	},
	integrations: {
		documented: ['id', 'type', 'state', 'config', 'signing_key'],
		keep: ['id', 'type', 'state', 'config'],
	},
	leads: {
		documented: ['id', 'name', 'phone', 'email', 'created_at', 'company_id', 'company_name'],
		keep: ['id', 'name', 'phone', 'email', 'company_id', 'company_name', 'created_at'],
	},
	'message-flows': {
		documented: ['id', 'name', 'updated_at', 'tracker_ids', 'initial_step_id', 'steps'],
		keep: ['id', 'name', 'updated_at', 'tracker_ids', 'initial_step_id', 'steps'],
	},
	notifications: {
		documented: [
			'id', 'user_id', 'alert_type', 'call_enabled', 'company_id', 'company_name', 'name', 'send_desktop', 'send_email',
			'send_push', 'sms_enabled', 'tracker_id', 'tracker_name',
		],
		keep: [
			'id', 'name', 'company_id', 'tracker_id', 'user_id', 'alert_type', 'call_enabled', 'sms_enabled', 'send_email',
			'send_push', 'send_desktop',
		],
	},
	sms_threads: {
		documented: [
			'id', 'notes', 'tags', 'value', 'lead_qualification', 'company_id', 'initial_tracker_id', 'current_tracker_id',
			'customer_name', 'customer_phone_number', 'initial_tracking_number', 'current_tracking_number', 'state',
			'company_time_zone', 'last_message_at', 'formatted_customer_phone_number', 'formatted_initial_tracking_number',
			'formatted_current_tracking_number', 'formatted_customer_name', 'messages',
		],
		keep: [
			'id', 'company_id', 'customer_name', 'customer_phone_number', 'current_tracking_number', 'current_tracker_id',
			'last_message_at', 'state', 'tags', 'value', 'notes', 'lead_qualification', 'messages',
		],
	},
	summary_emails: {
		documented: ['id', 'scope', 'frequency', 'filters', 'config', 'user'],
		keep: ['id', 'scope', 'frequency', 'filters', 'config', 'user'],
	},
	tags: {
		documented: ['id', 'name', 'tag_level', 'color', 'background_color', 'company_id', 'status', 'created_at'],
		keep: ['id', 'name', 'tag_level', 'company_id', 'status'],
	},
	trackers: {
		documented: [
			'id', 'name', 'type', 'status', 'destination_number', 'tracking_numbers', 'whisper_message', 'sms_enabled',
			'sms_supported', 'company', 'call_flow', 'source', 'created_at', 'disabled_at',
		],
		keep: [
			'id', 'name', 'type', 'status', 'tracking_numbers', 'destination_number', 'sms_enabled', 'company', 'source',
			'call_flow', 'created_at',
		],
	},
	users: {
		documented: ['email', 'id', 'created_at', 'role', 'first_name', 'last_name', 'name', 'companies'],
		keep: ['id', 'name', 'email', 'role', 'companies', 'created_at'],
	},
} satisfies Record<string, RecordFormat>;

export type RecordForm = keyof typeof RECORD_FORMATS;
export const RECORD_FORMS = RECORD_FORMATS as Record<RecordForm, RecordFormat>;

export type OutputMode = 'simple' | 'raw' | 'fields';

/** A nested `{ id, name, … }` (a tag, a company) becomes its name in the short form: what an agent talks about. */
function nameOf(value: unknown): unknown {
	if (value && typeof value === 'object' && !Array.isArray(value) && 'name' in value) return (value as IDataObject).name;
	return value;
}

/** The short form: the kept fields that have a value (an empty note or value tells a model nothing). */
export function simplifyRecord(form: RecordForm, record: IDataObject, asked: string[] = []): IDataObject {
	const simple: IDataObject = {};
	for (const key of new Set([...RECORD_FORMS[form].keep, ...asked])) {
		if (record[key] === undefined) continue;
		if (!asked.includes(key) && (record[key] === null || record[key] === '')) continue;
		simple[key] = key === 'tags' && Array.isArray(record[key]) ? (record[key] as unknown[]).map(nameOf) : record[key];
	}
	return simple;
}

/** The optional fields the short form of `form` needs CallRail to add. */
export const simpleRequestFields = (form: RecordForm): string[] => RECORD_FORMS[form].request ?? [];

export function selectFields(record: IDataObject, fields: string[]): IDataObject {
	const selected: IDataObject = { id: record.id };
	for (const key of fields) if (record[key] !== undefined) selected[key] = record[key];
	return selected;
}

export function outputFieldList(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : String(value ?? '').split(',');
	return entries.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
}

/** The Output the user (or the model) chose. */
export function outputMode(ctx: IExecuteSingleFunctions): OutputMode {
	const mode = ctx.getNodeParameter('output', 'simple') as string;
	if (mode !== 'simple' && mode !== 'raw' && mode !== 'fields') {
		throw inputError(ctx, `"${String(mode)}" is not a valid Output: use "simple", "raw" or "fields"`);
	}
	return mode;
}

const fieldsOf = (qs: IDataObject | undefined) => String(qs?.fields ?? '').split(',').filter(Boolean);

/**
 * The fields the user asked CallRail for in this item's request, read before the short form adds its own, so the
 * short form can keep them. The routing engine hands preSend and postReceive the same context per item.
 */
const askedFields = new WeakMap<object, string[]>();

/** Asks CallRail for the optional fields the chosen output needs, on top of those the user asked for. */
function requestOutputFields(form: RecordForm) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const mode = outputMode(this);
		const selected = mode === 'fields' ? outputFieldList(this.getNodeParameter('outputFields', [])) : [];
		if (mode === 'fields' && selected.length === 0) {
			throw inputError(this, 'Output "fields" needs at least one field in Fields, for example "id" and "name"');
		}
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		const asked = fieldsOf(qs);
		askedFields.set(this, asked);
		const wanted = mode === 'simple' ? simpleRequestFields(form) : selected.filter((f) => !RECORD_FORMS[form].documented.includes(f));
		if (wanted.length) {
			qs.fields = [...new Set([...asked, ...wanted])].join(',');
			requestOptions.qs = qs;
		}
		return requestOptions;
	};
}

/** How the chosen Output shapes each record of this item's answer, read once per page rather than per record. */
function shaperOf(ctx: IExecuteSingleFunctions, form: RecordForm): (record: IDataObject) => IDataObject {
	const mode = outputMode(ctx);
	if (mode === 'simple') {
		const asked = askedFields.get(ctx);
		return (record) => simplifyRecord(form, record, asked);
	}
	if (mode === 'fields') {
		const fields = outputFieldList(ctx.getNodeParameter('outputFields', []));
		return (record) => selectFields(record, fields);
	}
	return (record) => record;
}

/** Shapes one record, or every record of a list page (`{ calls: [...] }`), after `throwOnErrorResponse`. */
function shapeResponse(form: RecordForm) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		const shape = shaperOf(this, form);
		return items.map((item) => {
			const json = item.json;
			const list = json[form];
			if (Array.isArray(list)) return { ...item, json: { ...json, [form]: (list as IDataObject[]).map(shape) } };
			return { ...item, json: shape(json) };
		});
	};
}

/**
 * The Output and Fields parameters of one Get or Get Many. `form` names the record kind by its list envelope;
 * `optionalFields` are those the operation can ask CallRail for, which Selected Fields offers too. The parameters
 * carry their own routing, so the operation's routing stays as it is.
 */
export function outputChoice(form: RecordForm, optionalFields: string[] = []): INodeProperties[] {
	const format = RECORD_FORMS[form];
	return [
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			default: 'simple',
			options: [
				{
					name: 'Simplified',
					value: 'simple',
					description: `${format.keep.join(', ')}, and every field asked for in the options`,
				},
				{ name: 'Raw', value: 'raw', description: 'Every field CallRail returns' },
				{ name: 'Selected Fields', value: 'fields', description: 'Only the fields chosen in Fields (and the ID)' },
			],
			description: 'How much of each record to return',
			routing: { send: { preSend: [requestOutputFields(form)] }, output: { postReceive: [shapeResponse(form)] } },
		},
		{
			displayName: 'Fields',
			name: 'outputFields',
			type: 'multiOptions',
			default: [],
			required: true,
			options: fieldOptions([...new Set([...format.documented, ...format.keep, ...optionalFields])]),
			description: 'The fields to return (the ID is always kept)',
			displayOptions: { show: { output: ['fields'] } },
		},
	];
}
