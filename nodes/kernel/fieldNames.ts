import type { INodePropertyOptions } from 'n8n-workflow';

/** Words of CallRail's field names that n8n shows as capitals (a plural keeps a lower-case s: IDs, URLs). */
const ACRONYMS = new Set(['ai', 'api', 'ci', 'crm', 'csv', 'dni', 'fbclid', 'ga', 'gclid', 'html', 'http', 'https', 'id', 'ip', 'json', 'mms', 'msclkid', 'sms', 'url', 'utm', 'uuid']);
/** Words Title Case leaves in lower case inside a name. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'by', 'for', 'in', 'of', 'on', 'or', 'per', 'the', 'to', 'with']);

/** A CallRail field name as an n8n option name: `landing_page_url` → "Landing Page URL", `gclid` → "GCLID". */
export function fieldOptionName(fieldName: string): string {
	return fieldName
		.split('_')
		.filter((word) => word !== '')
		.map((word, index) => {
			const lower = word.toLowerCase();
			if (ACRONYMS.has(lower)) return lower.toUpperCase();
			if (lower.endsWith('s') && ACRONYMS.has(lower.slice(0, -1))) return `${lower.slice(0, -1).toUpperCase()}s`;
			if (index > 0 && SMALL_WORDS.has(lower)) return lower;
			return lower.charAt(0).toUpperCase() + lower.slice(1);
		})
		.join(' ');
}

/**
 * Options for a list of CallRail field names, sorted by name as n8n's linter sorts option lists; `notes` adds a
 * word in brackets to some of them: `fieldOptions(['call_summary'], { call_summary: 'Premium CI' })` →
 * "Call Summary (Premium CI)"; `labels` names a field whose name says less than it holds (`ga` → "Google
 * Analytics Cookie (GA)").
 */
export function fieldOptions(
	names: readonly string[],
	notes: Readonly<Record<string, string>> = {},
	labels: Readonly<Record<string, string>> = {},
): INodePropertyOptions[] {
	return names
		.map((value) => {
			const name = labels[value] ?? fieldOptionName(value);
			return { name: notes[value] ? `${name} (${notes[value]})` : name, value };
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}
