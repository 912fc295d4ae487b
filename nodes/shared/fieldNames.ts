import type { INodePropertyOptions } from 'n8n-workflow';

/** Words CallRail's field names spell in lower case that the editor shows as acronyms. */
const ACRONYMS: Record<string, string> = {
	api: 'API', ci: 'CI', fbclid: 'FBCLID', ga: 'GA', gclid: 'GCLID', id: 'ID', ids: 'IDs', ip: 'IP', mms: 'MMS',
	msclkid: 'MSCLKID', sms: 'SMS', url: 'URL', urls: 'URLs', utm: 'UTM', uuid: 'UUID',
};

/** `landing_page_url` → `Landing Page URL`: a CallRail field name as an option name. */
export const fieldOptionName = (field: string) =>
	field
		.split('_')
		.map((word) => ACRONYMS[word] ?? word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');

/** CallRail field names as options sorted by name; `notes` adds a note to some names, e.g. a plan. */
export const fieldOptions = (fields: string[], notes: Record<string, string> = {}): INodePropertyOptions[] =>
	fields
		.map((value) => ({ name: `${fieldOptionName(value)}${notes[value] ? ` (${notes[value]})` : ''}`, value }))
		.sort((a, b) => a.name.localeCompare(b.name));
