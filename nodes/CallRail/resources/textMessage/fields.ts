export const textShow = (operations: string[]) => ({ show: { resource: ['textMessage'], operation: operations } });

/** Optional conversation fields CallRail adds when asked through `fields`. */
export const CONVERSATION_OPTIONAL_FIELDS = [
	{ name: 'Lead Status', value: 'lead_status' },
	{ name: 'Source', value: 'source' },
];

/** CallRail's documented limit for the content of one text. */
export const MAX_TEXT_LENGTH = 140;
