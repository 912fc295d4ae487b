export const formShow = (operations: string[]) => ({ show: { resource: ['formSubmission'], operation: operations } });

/** Optional form submission fields CallRail adds when asked through `fields`. */
export const FORM_OPTIONAL_FIELDS = [
	{ name: 'Company Name', value: 'company_name' },
	{ name: 'Form Name', value: 'form_name' },
	{ name: 'Lead Status', value: 'lead_status' },
	{ name: 'Milestones', value: 'milestones' },
	{ name: 'Note', value: 'note' },
	{ name: 'Tags', value: 'tags' },
	{ name: 'Timeline URL', value: 'timeline_url' },
	{ name: 'UTM Campaign', value: 'utm_campaign' },
	{ name: 'UTM Medium', value: 'utm_medium' },
	{ name: 'UTM Source', value: 'utm_source' },
	{ name: 'Value', value: 'value' },
];
