import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * CallRail's terms, written once for the three nodes: how long it keeps data, the values of the filters several
 * operations and both triggers offer and tag names (what its IDs look like is in ids.ts, its webhook events in
 * webhookEvents.ts). Option lists are spread into each parameter
 * (`options: [...ANSWER_STATUS_OPTIONS]`) so no description shares an array with another.
 */

/** CallRail keeps calls, texts and forms for 25 months and refuses ranges that reach further back. */
export const RETENTION_MONTHS = 25;

/** The oldest moment CallRail still serves: `RETENTION_MONTHS` before `now`. */
export function retentionStart(now: Date | number = new Date()): Date {
	const start = new Date(now);
	start.setUTCMonth(start.getUTCMonth() - RETENTION_MONTHS);
	return start;
}

/**
 * The widest start CallRail answers: the first day wholly inside the 25-month retention in every time zone, as
 * YYYY-MM-DD. CallRail reads the date at midnight in the key user's time zone, which the node does not know, and
 * zones run up to 14 hours ahead of UTC: two days after the UTC floor is inside it everywhere.
 */
export function retentionFloorDay(now: Date | number = new Date()): string {
	const floor = retentionStart(now);
	floor.setUTCDate(floor.getUTCDate() + 2);
	return floor.toISOString().slice(0, 10);
}

/** `answer_status` of calls (filters of Call › Get Many, summaries and both triggers). */
export const ANSWER_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Answered', value: 'answered' },
	{ name: 'Missed', value: 'missed' },
	{ name: 'Voicemail', value: 'voicemail' },
];

/** A call's `direction`. */
export const DIRECTION_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Inbound', value: 'inbound' },
	{ name: 'Outbound', value: 'outbound' },
];

/** The lead statuses a call, form submission or SMS thread can be given. */
export const LEAD_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Good Lead', value: 'good_lead' },
	{ name: 'Not a Lead', value: 'not_a_lead' },
];

/** The lead statuses a list can be filtered by: those a record can be given, and none yet. */
export const LEAD_STATUS_FILTER_OPTIONS: INodePropertyOptions[] = [
	...LEAD_STATUS_OPTIONS,
	{ name: 'Not Scored', value: 'not_scored' },
];

/**
 * A parameter's value as a list of strings: a list, or text with commas, each entry trimmed and empty ones dropped
 * (sent as `name[]=…` in a query thanks to the bracket array format, as a JSON array in a body).
 */
export const LIST_OF_STRINGS =
	'={{ [].concat($value).flatMap(v => String(v).split(",")).map(v => v.trim()).filter(v => v !== "") }}';

/**
 * Tag names, one type for the three nodes: a list of names or a text (the triggers' version 1 parameter, or an
 * expression that gives text), split at commas as CallRail reads `tags=A,B`, trimmed, empty ones dropped. Sent with
 * LIST_OF_STRINGS, the same rule. Records carry tags as names or as `{ name, color }` objects; both give the name.
 */
export function tagNames(value: unknown): string[] {
	return ([] as unknown[])
		.concat(value ?? [])
		.flatMap((v) => (v && typeof v === 'object' ? [String((v as { name?: unknown }).name ?? '')] : String(v).split(',')))
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

/** The Tags parameter: a list of tag names (read with `tagNames`, sent with LIST_OF_STRINGS). */
export function tagNamesParameter(description: string): INodeProperties {
	return { displayName: 'Tags', name: 'tags', type: 'string', typeOptions: { multipleValues: true }, default: [], description };
}
