import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { inputError } from '../../shared/tool';

/**
 * The Output choice of every Get and Get Many (Simplified / Raw / Selected Fields, as n8n's own nodes offer it), and
 * the short forms it returns. Version 1 of the node answers Raw unless told otherwise, as it always did; from 1.1 the
 * default is Simplified, which is also what fits an AI agent's context.
 */

interface SimpleForm {
	/** Top-level fields the short form keeps. */
	keep: string[];
	/** Of those, the optional ones CallRail returns only when asked through `fields`. */
	request?: string[];
}

/** Keyed by the list envelope of the resource (`calls`), which is also how the single Get names it. */
const SIMPLE_FORMS: Record<string, SimpleForm> = {
	accounts: { keep: ['id', 'name', 'hipaa_account', 'created_at'] },
	// No recording links: the player URL carries an access key, and Get Recording exists for that.
	calls: {
		keep: [
			'id', 'start_time', 'direction', 'answered', 'voicemail', 'duration', 'customer_name', 'customer_phone_number',
			'customer_city', 'customer_state', 'tracking_phone_number', 'business_phone_number', 'source_name',
			'company_id', 'tracker_id', 'lead_status', 'tags', 'value', 'note',
		],
		request: ['source_name', 'company_id', 'tracker_id', 'lead_status', 'tags', 'value', 'note'],
	},
	caller_ids: { keep: ['id', 'company_id', 'name', 'phone_number', 'verified'] },
	companies: { keep: ['id', 'name', 'status', 'time_zone', 'created_at'] },
	conversations: {
		keep: [
			'id', 'company_id', 'customer_name', 'customer_phone_number', 'current_tracking_number', 'current_tracker_id',
			'last_message_at', 'state', 'lead_status', 'source',
		],
	},
	form_submissions: {
		keep: [
			'id', 'company_id', 'submitted_at', 'customer_name', 'customer_phone_number', 'customer_email', 'form_name',
			'form_url', 'form_data', 'source', 'lead_status', 'tags', 'value', 'note',
		],
		request: ['form_name', 'lead_status', 'tags', 'value', 'note'],
	},
	integration_criteria: { keep: ['id', 'company_id', 'integration_id', 'type', 'tracker_ids', 'call_type', 'lead_status'] },
	integrations: { keep: ['id', 'company_id', 'type', 'state'] },
	leads: { keep: ['id', 'name', 'phone', 'email', 'company_id', 'company_name', 'created_at'] },
	'message-flows': { keep: ['id', 'company_id', 'name', 'created_at'] },
	notifications: {
		keep: ['id', 'name', 'company_id', 'tracker_id', 'user_id', 'email', 'alert_type', 'call_enabled', 'sms_enabled'],
	},
	sms_threads: {
		keep: [
			'id', 'company_id', 'customer_name', 'customer_phone_number', 'current_tracking_number', 'current_tracker_id',
			'last_message_at', 'state', 'tags', 'value', 'notes', 'lead_qualification',
		],
	},
	summary_emails: { keep: ['id', 'user_id', 'email', 'scope', 'frequency'] },
	tags: { keep: ['id', 'name', 'tag_level', 'company_id', 'status'] },
	trackers: {
		keep: ['id', 'name', 'type', 'status', 'tracking_numbers', 'destination_number', 'sms_enabled', 'company', 'source', 'created_at'],
	},
	users: { keep: ['id', 'name', 'email', 'role', 'accepted'] },
};

export type OutputMode = 'simple' | 'raw' | 'fields' | 'legacy';

/** Version 1's Call › Get Many Simplify, kept exactly as it was for saved workflows. */
const LEGACY_CALL_KEYS = [
	'id', 'start_time', 'direction', 'answered', 'voicemail', 'duration', 'customer_name', 'customer_phone_number',
	'customer_city', 'customer_state', 'tracking_phone_number', 'business_phone_number', 'source', 'source_name',
	'company_id', 'tracker_id', 'lead_status', 'tags', 'value', 'note', 'recording_player',
];
const LEGACY_REQUEST = ['source', 'source_name', 'company_id', 'tracker_id', 'lead_status', 'tags', 'value', 'note'];

/** A nested `{ id, name, … }` (a tag, a company) becomes its name in the short form: what an agent talks about. */
function nameOf(value: unknown): unknown {
	if (value && typeof value === 'object' && !Array.isArray(value) && 'name' in value) return (value as IDataObject).name;
	return value;
}

/** The short form: the kept fields that have a value (an empty note or value tells a model nothing). */
export function simplifyRecord(form: string, record: IDataObject, keys = SIMPLE_FORMS[form].keep, dropEmpty = true): IDataObject {
	const simple: IDataObject = {};
	for (const key of keys) {
		if (record[key] === undefined) continue;
		if (dropEmpty && (record[key] === null || record[key] === '')) continue;
		simple[key] = key === 'tags' && Array.isArray(record[key]) ? (record[key] as unknown[]).map(nameOf) : record[key];
	}
	return simple;
}

/** The optional fields the short form of `form` needs CallRail to add. */
export const simpleRequestFields = (form: string): string[] => SIMPLE_FORMS[form]?.request ?? [];

export function selectFields(record: IDataObject, fields: string[]): IDataObject {
	const selected: IDataObject = { id: record.id };
	for (const key of fields) if (record[key] !== undefined) selected[key] = record[key];
	return selected;
}

export function outputFieldList(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : String(value ?? '').split(',');
	return entries.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
}

/** The Output the user (or the model) chose; version 1's Call › Get Many `Simplify` switch still means Simplified. */
export function outputMode(ctx: IExecuteSingleFunctions): OutputMode {
	if (ctx.getNodeParameter('simplify', false) === true) return 'legacy';
	const mode = ctx.getNodeParameter('output', 'raw') as string;
	if (mode !== 'simple' && mode !== 'raw' && mode !== 'fields') {
		throw inputError(ctx, `"${String(mode)}" is not a valid Output: use "simple", "raw" or "fields"`);
	}
	return mode;
}

function shape(ctx: IExecuteSingleFunctions, form: string, record: IDataObject): IDataObject {
	const mode = outputMode(ctx);
	if (mode === 'legacy') return simplifyRecord(form, record, LEGACY_CALL_KEYS, false);
	if (mode === 'simple') return simplifyRecord(form, record);
	if (mode === 'fields') return selectFields(record, outputFieldList(ctx.getNodeParameter('outputFields', '')));
	return record;
}

/** Asks CallRail for the optional fields the chosen output needs, on top of those the user asked for. */
function requestOutputFields(form: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const mode = outputMode(this);
		const wanted =
			mode === 'legacy'
				? LEGACY_REQUEST
				: mode === 'simple'
				? (SIMPLE_FORMS[form].request ?? [])
				: mode === 'fields'
					? outputFieldList(this.getNodeParameter('outputFields', '')).filter((f) => SIMPLE_FORMS[form].request?.includes(f))
					: [];
		if (mode === 'fields' && outputFieldList(this.getNodeParameter('outputFields', '')).length === 0) {
			throw inputError(this, 'Output "fields" needs at least one field name in Fields, for example "id,name"');
		}
		if (wanted.length) {
			const qs = (requestOptions.qs ?? {}) as IDataObject;
			const chosen = String(qs.fields ?? '').split(',').filter(Boolean);
			qs.fields = [...new Set([...chosen, ...wanted])].join(',');
			requestOptions.qs = qs;
		}
		return requestOptions;
	};
}

/** Shapes one record, or every record of a list page (`{ calls: [...] }`), after `throwOnErrorResponse`. */
function shapeResponse(form: string) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		return items.map((item) => {
			const json = item.json;
			const list = json[form];
			if (Array.isArray(list)) {
				return { ...item, json: { ...json, [form]: (list as IDataObject[]).map((r) => shape(this, form, r)) } };
			}
			return { ...item, json: shape(this, form, json) };
		});
	};
}

/**
 * The Output and Fields parameters of one Get or Get Many. `form` names the record kind by its list envelope
 * (`calls`, `companies`…). The parameters carry their own routing, so the operation's routing stays as it is.
 */
export function outputChoice(show: NonNullable<INodeProperties['displayOptions']>, form: keyof typeof SIMPLE_FORMS): INodeProperties[] {
	const routing: INodeProperties['routing'] = {
		send: { preSend: [requestOutputFields(form)] },
		output: { postReceive: [shapeResponse(form)] },
	};
	const options = [
		{ name: 'Simplified', value: 'simple', description: `The fields an agent or a workflow usually needs: ${SIMPLE_FORMS[form].keep.join(', ')}` },
		{ name: 'Raw', value: 'raw', description: 'Every field CallRail returns' },
		{ name: 'Selected Fields', value: 'fields', description: 'Only the fields named in Fields (and the ID)' },
	];
	const output = (version: number[] | Array<{ _cnd: { gte: number } }>, byDefault: OutputMode): INodeProperties => ({
		displayName: 'Output',
		name: 'output',
		type: 'options',
		default: byDefault,
		options,
		description: 'How much of each record to return',
		displayOptions: { ...show, show: { ...show.show, '@version': version } },
		routing,
	});
	return [
		output([1], 'raw'),
		output([{ _cnd: { gte: 1.1 } }], 'simple'),
		{
			displayName: 'Fields',
			name: 'outputFields',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'id,name',
			description: 'Comma-separated names of the top-level fields to return, for example "start_time,customer_name" (the ID is always kept)',
			displayOptions: { ...show, show: { ...show.show, output: ['fields'] } },
		},
	];
}
