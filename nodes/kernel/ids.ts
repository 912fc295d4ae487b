import type { INode, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * What CallRail's IDs look like, by the kind of record they name. The ID checks, their messages, the locators'
 * descriptions and placeholders and the AI tool's description all derive from this table.
 * - `prefixes`: the three letters before 32 hexadecimal digits;
 * - `form`: IDs without a prefix, `number` (tags, integrations…) or `code` (short codes such as pSq6A);
 * - `seenOnly`: IDs found in records and payloads that no operation takes, left out of what the AI model reads.
 */
interface IdFormat {
	label: string;
	plural: string;
	prefixes?: string[];
	form?: 'number' | 'code';
	seenOnly?: boolean;
}

export const CALLRAIL_IDS = {
	account: { label: 'account', plural: 'accounts', prefixes: ['ACC'] },
	company: { label: 'company', plural: 'companies', prefixes: ['COM'] },
	call: { label: 'call', plural: 'calls', prefixes: ['CAL'] },
	tracker: { label: 'tracker', plural: 'trackers', prefixes: ['TRK'] },
	user: { label: 'user', plural: 'users', prefixes: ['USR'] },
	// The reference's samples show FOR…, real payloads and timeline URLs FRM…: both are form submission IDs.
	formSubmission: { label: 'form submission', plural: 'form submissions', prefixes: ['FOR', 'FRM'] },
	lead: { label: 'lead', plural: 'leads', prefixes: ['PER'] },
	messageFlow: { label: 'message flow', plural: 'message flows', prefixes: ['MFL'] },
	messageFlowStep: { label: 'message flow step', plural: 'message flow steps', prefixes: ['MFS'], seenOnly: true },
	summaryEmail: { label: 'summary email', plural: 'summary emails', prefixes: ['CSS'] },
	webSession: { label: 'web session', plural: 'web sessions', prefixes: ['SES'], seenOnly: true },
	textMessage: { label: 'text message', plural: 'text messages', prefixes: ['SCI'], seenOnly: true },
	tag: { label: 'tag', plural: 'tags', form: 'number' },
	integration: { label: 'integration', plural: 'integrations', form: 'number' },
	integrationFilter: { label: 'integration filter', plural: 'integration filters', form: 'number' },
	notification: { label: 'notification', plural: 'notifications', form: 'number' },
	outboundCallerId: { label: 'caller ID', plural: 'caller IDs', form: 'number' },
	smsThread: { label: 'SMS thread', plural: 'SMS threads', form: 'code' },
	conversation: { label: 'text conversation', plural: 'text conversations', form: 'code' },
} satisfies Record<string, IdFormat>;

export type IdKind = keyof typeof CALLRAIL_IDS;

const formatOf = (kind: IdKind): IdFormat => CALLRAIL_IDS[kind];
const article = (label: string) => (/^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`);

/** Each prefix and the record it names ("CAL" → "a call"). */
export const ID_PREFIXES: Record<string, string> = Object.fromEntries(
	Object.values(CALLRAIL_IDS as Record<string, IdFormat>).flatMap((f) => (f.prefixes ?? []).map((p) => [p, article(f.label)])),
);

const prefixesOf = (kind: IdKind): string[] => formatOf(kind).prefixes ?? [];

/** How such IDs look, to follow "IDs are" or "IDs look like": "CAL followed by 32 hexadecimal characters". */
export function idForm(kind: IdKind): string {
	const format = formatOf(kind);
	if (format.prefixes) return `${format.prefixes.join(' or ')} followed by 32 hexadecimal characters`;
	return format.form === 'number' ? 'whole numbers' : 'short codes of letters and digits such as pSq6A';
}

/** An example ID of the kind, as a placeholder: "e.g. CAL0123…". */
export function exampleId(kind: IdKind): string {
	const format = formatOf(kind);
	if (format.prefixes) return `e.g. ${format.prefixes[0]}0123456789abcdef0123456789abcdef`;
	return format.form === 'number' ? 'e.g. 12345' : 'e.g. pSq6A';
}

const listing = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items.join(''));

/** One sentence on every kind of ID, for the AI model. */
export function idFormsSentence(): string {
	const formats = Object.values(CALLRAIL_IDS as Record<string, IdFormat>).filter((f) => !f.seenOnly);
	const prefixed = formats.filter((f) => f.prefixes).map((f) => `${f.plural} ${f.prefixes!.map((p) => `${p}…`).join(' or ')}`);
	const plain = (form: 'number' | 'code') => listing(formats.filter((f) => f.form === form).map((f) => f.plural));
	return `IDs: ${prefixed.join(', ')} (three letters and 32 hexadecimal characters); ${plain('number')} are numbers; ${plain('code')} are short codes such as pSq6A.`;
}

/** Three letters, then hexadecimal digits: every prefix in the table is three capitals. */
const PREFIXED_ID = /^([A-Z]{3})[0-9a-fA-F]+$/;

/**
 * Why `value` cannot be an ID of `kind`, or undefined when it could be one. Only what is certainly wrong is
 * refused: nothing, whitespace or URL characters, or another kind's prefix. Everything else is left to CallRail
 * (older numeric IDs, new formats, form submissions as FOR… and FRM…).
 */
export function idProblem(value: string, kind: IdKind): string | undefined {
	const own = prefixesOf(kind);
	const looks = ` CallRail ${formatOf(kind).label} IDs look like ${idForm(kind)}.`;
	if (value === '') return 'The ID is empty.';
	if (/[\s/?#%\\]/.test(value)) return `IDs never contain spaces, slashes or other URL characters.${looks}`;
	const prefix = PREFIXED_ID.exec(value)?.[1];
	if (prefix && ID_PREFIXES[prefix] && !own.includes(prefix)) return `${prefix}… is the ID of ${ID_PREFIXES[prefix]}.${looks}`;
	return undefined;
}

/** The message of an ID `idProblem` refuses. */
export const invalidIdMessage = (value: unknown, kind: IdKind) => `"${String(value)}" is not a valid ${formatOf(kind).label} ID`;

/**
 * The account ID of an Account parameter read without n8n's extraction (`extractValue: false`): an ID, or a pasted
 * CallRail address whose ID follows /a/. The triggers read it this way so that a webhook delivery never waits on
 * n8n's time-limited regex of the By URL mode.
 */
export function checkedAccountId(node: INode, value: unknown): string {
	const raw = value && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value;
	let accountId = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
	const afterA = accountId.indexOf('/a/');
	if (afterA !== -1) accountId = accountId.slice(afterA + 3).split(/[/?#]/)[0];
	if (!accountId) throw new NodeOperationError(node, 'Choose an account');
	const problem = idProblem(accountId, 'account');
	if (problem) throw new NodeOperationError(node, invalidIdMessage(accountId, 'account'), { description: problem });
	return accountId;
}

/** The triggers' Account, read as `checkedAccountId` expects. */
export const accountIdOf = (ctx: Pick<IPollFunctions, 'getNode' | 'getNodeParameter'>): string =>
	checkedAccountId(ctx.getNode(), ctx.getNodeParameter('accountId', '', { extractValue: false }));
