import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkParameterValues } from './parameterCheck';
import { inputError } from './tool';
import { ID_PREFIXES, RETENTION_MONTHS, retentionStart } from '../../shared/vocabulary';

/**
 * Every parameter that holds an ID, checked before the path is built, so a made-up value (an agent's "the last
 * one") is refused with the reason. `prefixes`: those this resource's IDs may carry (none: numbers, short codes).
 */
const ID_PARAMETERS: Record<string, { prefixes?: string[]; label: string }> = {
	accountId: { prefixes: ['ACC'], label: 'account' },
	companyId: { prefixes: ['COM'], label: 'company' },
	callId: { prefixes: ['CAL'], label: 'call' },
	trackerId: { prefixes: ['TRK'], label: 'tracker' },
	userId: { prefixes: ['USR'], label: 'user' },
	tagId: { label: 'tag' },
	// The reference's samples show FOR…, real payloads and timeline URLs FRM…: both are form submission IDs.
	formSubmissionId: { prefixes: ['FOR', 'FRM'], label: 'form submission' },
	leadId: { prefixes: ['PER'], label: 'lead' },
	messageFlowId: { prefixes: ['MFL'], label: 'message flow' },
	summaryEmailId: { prefixes: ['CSS'], label: 'summary email' },
	integrationId: { label: 'integration' },
	integrationFilterId: { label: 'integration filter' },
	notificationId: { label: 'notification' },
	outboundCallerId: { label: 'caller ID' },
	threadId: { label: 'SMS thread' },
	conversationId: { label: 'conversation' },
};

/** IDs that reach CallRail as query or body fields, wherever in the form the user chose them (no prefix: a number). */
const ID_FIELDS: Record<string, { prefix?: string; label: string }> = {
	company_id: { prefix: 'COM', label: 'company' },
	tracker_id: { prefix: 'TRK', label: 'tracker' },
	user_id: { prefix: 'USR', label: 'user' },
	agent_id: { prefix: 'USR', label: 'user' },
	integration_id: { label: 'integration' },
};

const PHONE_FIELDS = ['customer_phone_number', 'business_phone_number', 'caller_id', 'tracking_number'];

/**
 * Why `value` cannot be an ID of a resource whose IDs carry `own` prefixes, or undefined when it could be one.
 * Only what is certainly wrong is refused: nothing, whitespace or URL characters, or another resource's prefix.
 * Everything else is left to CallRail (older numeric IDs, new formats, form submissions as FOR… and FRM…).
 */
export function idProblem(value: string, own: string[] = [], label?: string): string | undefined {
	const looks = own.length && label ? ` CallRail ${label} IDs look like ${own.join(' or ')} followed by 32 hexadecimal characters.` : '';
	if (value === '') return 'The ID is empty.';
	if (/[\s/?#%\\]/.test(value)) return `IDs never contain spaces, slashes or other URL characters.${looks}`;
	const other = Object.keys(ID_PREFIXES).find((p) => !own.includes(p) && new RegExp(`^${p}[0-9a-fA-F]+$`).test(value));
	if (other) return `${other}… is the ID of ${ID_PREFIXES[other]}.${looks}`;
	return undefined;
}

/**
 * The account ID of a trigger, checked here rather than by a regex on the parameter: n8n runs parameter regexes
 * before every execution with a 250 ms budget, which a busy worker can exceed, failing an accepted delivery.
 */
export function checkedAccountId(node: INode, value: unknown): string {
	const accountId = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	if (!accountId) throw new NodeOperationError(node, 'Choose an account');
	const problem = idProblem(accountId, ['ACC'], 'account');
	if (problem) throw new NodeOperationError(node, `"${accountId}" is not a valid account ID`, { description: problem });
	return accountId;
}

export function isValidId(value: string, own: string | string[] = []): boolean {
	return idProblem(value, ([] as string[]).concat(own)) === undefined;
}

/** US and Canadian numbers only, as CallRail requires for outbound calls and texts. Returns E.164 or undefined. */
export function toNorthAmericanE164(raw: string): string | undefined {
	const trimmed = raw.trim();
	if (trimmed.startsWith('+') && !trimmed.startsWith('+1')) return undefined;
	let digits = trimmed.replace(/[\s().-]/g, '').replace(/^\+/, '');
	if (!/^[0-9]+$/.test(digits)) return undefined;
	if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
	if (!/^[2-9][0-9]{2}[2-9][0-9]{6}$/.test(digits)) return undefined;
	return `+1${digits}`;
}

function parseDate(value: unknown): Date | undefined {
	if (typeof value !== 'string' || !value) return undefined;
	const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The widest start CallRail answers: the first day wholly inside the 25-month retention in every time zone, as
 * YYYY-MM-DD. CallRail reads the date at midnight in the key user's time zone, which the node does not know, and
 * zones run up to 14 hours ahead of UTC: two days after the UTC floor is inside it everywhere.
 */
export function retentionFloorDay(now = new Date()): string {
	const floor = retentionStart(now);
	floor.setUTCDate(floor.getUTCDate() + 2);
	return floor.toISOString().slice(0, 10);
}

/**
 * "If you make a request … outside of the retention period, you will receive an error … This includes requests
 * using the all_time date parameter" (reference, Filtering Data by Date). The All Time choice is therefore never
 * sent: it becomes start_date at the retention floor (and, for SMS threads, which need both, end_date today).
 */
function widenAllTime(qs: IDataObject, path: string) {
	if (qs.date_range !== 'all_time') return;
	delete qs.date_range;
	if (qs.start_date === undefined || qs.start_date === '') qs.start_date = retentionFloorDay();
	if (path.includes('/sms-threads') && (qs.end_date === undefined || qs.end_date === '')) {
		qs.end_date = new Date().toISOString().slice(0, 10);
	}
}

/**
 * Runs before every request: catches what can be known locally (a malformed ID, an impossible date range,
 * a non-North-American phone number) so no request, and no API quota, is spent on it.
 */
export async function validateInput(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const fail = (message: string, description?: string) => {
		throw inputError(this, message, description);
	};
	checkParameterValues(this);

	for (const [name, { prefixes, label }] of Object.entries(ID_PARAMETERS)) {
		let value: unknown;
		try {
			value = this.getNodeParameter(name, undefined, { extractValue: true });
		} catch {
			continue;
		}
		if (value === undefined || value === null || value === '') continue;
		if (typeof value !== 'string' && typeof value !== 'number') continue;
		const problem = idProblem(String(value).trim(), prefixes, label);
		if (problem) fail(`"${String(value)}" is not a valid ${label} ID`, problem);
	}

	const qs = (requestOptions.qs ?? {}) as IDataObject;
	const body = requestOptions.body as IDataObject | undefined;
	for (const source of [qs, body && typeof body === 'object' ? body : {}]) {
		for (const [field, { prefix, label }] of Object.entries(ID_FIELDS)) {
			const value = source[field];
			if ((typeof value !== 'string' && typeof value !== 'number') || value === '') continue;
			const problem = idProblem(String(value).trim(), prefix ? [prefix] : [], label);
			if (problem) fail(`"${String(value)}" is not a valid ${label} ID`, problem);
		}
		for (const tracker of Array.isArray(source.tracker_ids) ? source.tracker_ids : []) {
			const problem = idProblem(String(tracker).trim(), ['TRK'], 'tracker');
			if (problem) fail(`"${String(tracker)}" is not a valid tracker ID`, problem);
		}
	}

	const path = String(requestOptions.url ?? '').split('?')[0];
	if (!/^\/v3\/[A-Za-z0-9_./-]*$/.test(path) || path.includes('..')) {
		fail(`The request path "${path}" contains characters CallRail IDs never have`);
	}

	widenAllTime(qs, path);
	const start = parseDate(qs.start_date);
	const end = parseDate(qs.end_date);
	if (start && end && end < start) {
		fail('The end date is before the start date');
	}
	const oldest = retentionStart();
	if ((start && start < oldest) || (!start && end && end < oldest)) {
		fail(
			`CallRail only keeps the last ${RETENTION_MONTHS} months`,
			`Choose a start date on or after ${oldest.toISOString().slice(0, 10)}.`,
		);
	}

	if (requestOptions.method === 'POST' && body && typeof body === 'object') {
		for (const field of PHONE_FIELDS) {
			const value = body[field];
			if (typeof value !== 'string' || value === '') continue;
			const normalized = toNorthAmericanE164(value);
			if (!normalized) {
				fail(
					`"${value}" is not a US or Canadian phone number`,
					'CallRail places calls and sends texts only to and from North American numbers, for example +14045551234.',
				);
			}
			body[field] = normalized;
		}
	}
	return requestOptions;
}
