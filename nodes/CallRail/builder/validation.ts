import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { type IdKind, idProblem, invalidIdMessage } from '../../kernel/ids';
import { inputError } from '../../kernel/tool';
import { RETENTION_MONTHS, retentionFloorDay, retentionStart } from '../../kernel/vocabulary';
import { checkParameterValues } from './parameterCheck';

/**
 * Refuses a value that is certainly not an ID of `kind` (see `idProblem`), before any request, with what such IDs
 * look like. Empty values and values that are not text or numbers are left to the parameter's own checks.
 */
export function checkId(ctx: IExecuteSingleFunctions, value: unknown, kind: IdKind): void {
	if ((typeof value !== 'string' && typeof value !== 'number') || value === '') return;
	refuseUnlessId(ctx, value, kind);
}

/** Checks that every entry of a list (e.g. `companies`, `tracker_ids`) could be an ID of `kind`, empty ones too. */
export function checkIdList(ctx: IExecuteSingleFunctions, list: unknown, kind: IdKind, allowAll = false): void {
	if (!Array.isArray(list)) return;
	for (const entry of list) if (!(allowAll && entry === 'all')) refuseUnlessId(ctx, entry, kind);
}

/** Refuses a body's `email` that is there but is no email address (user, notification and summary email bodies). */
export function checkEmail(ctx: IExecuteSingleFunctions, body: IDataObject): void {
	if (body.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(body.email).trim())) {
		throw inputError(ctx, `"${String(body.email)}" is not an email address`);
	}
}

function refuseUnlessId(ctx: IExecuteSingleFunctions, value: unknown, kind: IdKind): void {
	const problem = idProblem(String(value).trim(), kind);
	if (problem) throw inputError(ctx, invalidIdMessage(value, kind), problem);
}

/** IDs that reach CallRail as query or body fields, wherever in the form the user chose them. */
const ID_FIELDS: Record<string, IdKind> = {
	company_id: 'company',
	tracker_id: 'tracker',
	user_id: 'user',
	agent_id: 'user',
	integration_id: 'integration',
};

const PHONE_FIELDS = ['customer_phone_number', 'business_phone_number', 'caller_id', 'tracking_number'];

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

	const qs = (requestOptions.qs ?? {}) as IDataObject;
	const body = requestOptions.body as IDataObject | undefined;
	for (const source of [qs, body && typeof body === 'object' ? body : {}]) {
		for (const [field, kind] of Object.entries(ID_FIELDS)) checkId(this, source[field], kind);
		checkIdList(this, source.tracker_ids, 'tracker');
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
