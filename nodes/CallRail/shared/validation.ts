import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** CallRail keeps calls, texts and forms for 25 months and refuses ranges that reach further back. */
export const RETENTION_MONTHS = 25;

const ID_PARAMETERS: Record<string, { prefix?: string; label: string }> = {
	accountId: { prefix: 'ACC', label: 'account' },
	companyId: { prefix: 'COM', label: 'company' },
	callId: { prefix: 'CAL', label: 'call' },
	trackerId: { prefix: 'TRK', label: 'tracker' },
	userId: { prefix: 'USR', label: 'user' },
	tagId: { label: 'tag' },
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

export function isValidId(value: string, prefix?: string): boolean {
	if (/^[0-9]{1,12}$/.test(value)) return true;
	return prefix !== undefined && new RegExp(`^${prefix}[0-9a-fA-F]{32}$`).test(value);
}

/** What is wrong with an ID parameter, in the words every node uses; undefined when it is fine. */
function idProblem(parameterName: string, value: string): { message: string; description: string } | undefined {
	const { prefix, label } = ID_PARAMETERS[parameterName];
	if (isValidId(value.trim(), prefix)) return undefined;
	return {
		message: `"${value}" is not a valid ${label} ID`,
		description: prefix ? `CallRail ${label} IDs look like ${prefix} followed by 32 hexadecimal characters.` : `CallRail ${label} IDs are numbers.`,
	};
}

/**
 * The account ID of a trigger, checked here rather than by a regex on the parameter: n8n runs parameter regexes
 * before every execution with a 250 ms budget, which a busy worker can exceed, failing an accepted delivery.
 */
export function checkedAccountId(node: INode, value: unknown): string {
	const accountId = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	if (!accountId) throw new NodeOperationError(node, 'Choose an account');
	const problem = idProblem('accountId', accountId);
	if (problem) throw new NodeOperationError(node, problem.message, { description: problem.description });
	return accountId;
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

export function retentionStart(now = new Date()): Date {
	const start = new Date(now);
	start.setUTCMonth(start.getUTCMonth() - RETENTION_MONTHS);
	return start;
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
		throw new NodeOperationError(this.getNode(), message, { description, itemIndex: this.getItemIndex() });
	};

	for (const name of Object.keys(ID_PARAMETERS)) {
		let value: unknown;
		try {
			value = this.getNodeParameter(name, undefined, { extractValue: true });
		} catch {
			continue;
		}
		if (value === undefined || value === null || value === '') continue;
		if (typeof value !== 'string' && typeof value !== 'number') continue;
		const problem = idProblem(name, String(value));
		if (problem) fail(problem.message, problem.description);
	}

	const qs = (requestOptions.qs ?? {}) as IDataObject;
	const body = requestOptions.body as IDataObject | undefined;
	for (const source of [qs, body && typeof body === 'object' ? body : {}]) {
		for (const [field, { prefix, label }] of Object.entries(ID_FIELDS)) {
			const value = source[field];
			if ((typeof value !== 'string' && typeof value !== 'number') || value === '') continue;
			if (!isValidId(String(value).trim(), prefix)) {
				fail(
					`"${String(value)}" is not a valid ${label} ID`,
					prefix ? `CallRail ${label} IDs look like ${prefix} followed by 32 hexadecimal characters.` : `CallRail ${label} IDs are whole numbers.`,
				);
			}
		}
		for (const tracker of Array.isArray(source.tracker_ids) ? source.tracker_ids : []) {
			if (!isValidId(String(tracker), 'TRK')) {
				fail(`"${String(tracker)}" is not a valid tracker ID`, 'CallRail tracker IDs look like TRK followed by 32 hexadecimal characters.');
			}
		}
	}

	const path = String(requestOptions.url ?? '').split('?')[0];
	if (!/^\/v3\/[A-Za-z0-9_./-]*$/.test(path) || path.includes('..')) {
		fail(`The request path "${path}" contains characters CallRail IDs never have`);
	}

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
