import { fieldOptionName, fieldOptions } from '../../nodes/kernel/fieldNames';

describe('fieldOptionName', () => {
	it.each([
		['landing_page_url', 'Landing Page URL'],
		['utm_source', 'UTM Source'],
		['good_lead_call_id', 'Good Lead Call ID'],
		['gclid', 'GCLID'],
		['fbclid', 'FBCLID'],
		['msclkid', 'MSCLKID'],
		['ga', 'GA'],
		['session_uuid', 'Session UUID'],
		['tracker_ids', 'Tracker IDs'],
		['formatted_customer_name_or_phone_number', 'Formatted Customer Name or Phone Number'],
		['speaker_percent', 'Speaker Percent'],
		['sms_enabled', 'SMS Enabled'],
		['created_at', 'Created At'],
		['time_on_site', 'Time on Site'],
		['a_field', 'A Field'],
		['value', 'Value'],
	])('%s → %s', (field, name) => {
		expect(fieldOptionName(field)).toBe(name);
	});
});

describe('fieldOptions', () => {
	it('gives sorted options with the field name as value, and a note in brackets where one is given', () => {
		expect(fieldOptions(['utm_source', 'call_summary', 'agent_email'], { call_summary: 'Premium CI' })).toEqual([
			{ name: 'Agent Email', value: 'agent_email' },
			{ name: 'Call Summary (Premium CI)', value: 'call_summary' },
			{ name: 'UTM Source', value: 'utm_source' },
		]);
	});
});
