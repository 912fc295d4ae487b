import type { IDataObject } from 'n8n-workflow';

import { retentionFloorDay } from '../vocabulary';
import { currentCompanyQs, listSearchOf, requiredCompanyQs } from './searchRecords';

/** The "From List" searches of the three nodes' locators, one per CallRail list. */
export const searchAccounts = listSearchOf({ path: '', envelope: 'accounts', serverSearch: false, name: (a) => String(a.name) });

export const searchCompanies = listSearchOf({
	path: 'companies.json',
	envelope: 'companies',
	serverSearch: true,
	name: (c) => (c.status === 'disabled' ? `${String(c.name)} (disabled)` : String(c.name)),
	qs: () => ({ sort: 'name' }),
});

export const searchTrackers = listSearchOf({
	path: 'trackers.json',
	envelope: 'trackers',
	serverSearch: true,
	name: trackerName,
	qs: (ctx) => ({ sort: 'name', ...currentCompanyQs(ctx) }),
});

export const searchUsers = listSearchOf({
	path: 'users.json',
	envelope: 'users',
	serverSearch: true,
	name: (u) => `${String(u.name ?? `${u.first_name} ${u.last_name}`)} <${String(u.email)}>`,
	qs: (ctx) => currentCompanyQs(ctx),
});

export const searchTags = listSearchOf({
	path: 'tags.json',
	envelope: 'tags',
	serverSearch: false,
	name: (t) => (t.tag_level === 'account' ? `${String(t.name)} (all companies)` : String(t.name)),
	qs: (ctx) => ({ sort: 'name', ...currentCompanyQs(ctx) }),
});

export const searchIntegrations = listSearchOf({
	path: 'integrations.json',
	envelope: 'integrations',
	serverSearch: false,
	name: (i) => `${String(i.type)}${i.state === 'disabled' ? ' (disabled)' : ''}`,
	qs: (ctx) => requiredCompanyQs(ctx, 'integrations'),
});

export const searchIntegrationFilters = listSearchOf({
	path: 'integration_triggers.json',
	envelope: 'integration_criteria',
	serverSearch: false,
	// The company's default filter has integration_id null and applies to every integration without its own filter.
	name: (f) => (f.integration_id === null ? 'Company Default Filter' : `Filter of ${integrationName(f.integration)} Integration ${String(f.integration_id)}`),
	qs: (ctx) => requiredCompanyQs(ctx, 'integration filters'),
});

export const searchNotifications = listSearchOf({
	path: 'notifications.json',
	envelope: 'notifications',
	serverSearch: false,
	name: (n) => String(n.name ?? n.id),
});

export const searchOutboundCallerIds = listSearchOf({
	path: 'caller_ids.json',
	envelope: 'caller_ids',
	serverSearch: false,
	name: (c) => `${String(c.name)} (${String(c.phone_number)}${c.verified === false ? ', not verified' : ''})`,
	qs: (ctx) => requiredCompanyQs(ctx, 'caller IDs'),
});

export const searchSummaryEmails = listSearchOf({
	path: 'summary_emails',
	envelope: 'summary_emails',
	serverSearch: false,
	name: summaryEmailName,
});

export const searchMessageFlows = listSearchOf({
	path: 'message-flows.json',
	envelope: 'message-flows',
	serverSearch: false,
	name: (f) => String(f.name),
	qs: (ctx) => currentCompanyQs(ctx),
});

// Calls and conversations: "recent is the default view in the CallRail UI, and is the API default when no other date
// range parameters are specified" (reference, Filtering by Date), so the lists start at the retention floor instead
// of the last 7 days. Both list newest first by default.
export const searchCalls = listSearchOf({
	path: 'calls.json',
	envelope: 'calls',
	// "search": customer name and number, business and tracking numbers, note, source (reference, List All Calls).
	serverSearch: true,
	name: (c) => withTime(customerOf(c), c.start_time),
	qs: () => ({ start_date: retentionFloorDay() }),
});

export const searchFormSubmissions = listSearchOf({
	path: 'form_submissions.json',
	envelope: 'form_submissions',
	// The list documents no search parameter; `sort` takes submitted_at, form_url or created_at.
	serverSearch: false,
	name: (f) => withTime(`${customerOf(f)}, ${String(f.form_url ?? '').replace(/^https?:\/\//, '')}`, f.submitted_at),
	qs: () => ({ sort: 'submitted_at', order: 'desc' }),
});

export const searchLeads = listSearchOf({
	path: 'leads.json',
	envelope: 'leads',
	// No search parameter; the list sorts by created_at, newest first, by default.
	serverSearch: false,
	name: (l) => (l.name && l.phone ? `${String(l.name)} (${String(l.phone)})` : String(l.name || l.phone || l.email || l.id)),
});

export const searchSmsThreads = listSearchOf({
	path: 'sms-threads.json',
	envelope: 'sms_threads',
	// "search": customer phone number, name or tag name; last_message_at only when asked for through `fields`.
	serverSearch: true,
	name: (t) => withTime(customerOf(t), t.last_message_at, 'last message'),
	qs: () => ({ fields: 'last_message_at' }),
});

export const searchConversations = listSearchOf({
	path: 'text-messages.json',
	envelope: 'conversations',
	// "search": customer phone number or name.
	serverSearch: true,
	name: (c) => withTime(customerOf(c), c.last_message_at, 'last message'),
	qs: () => ({ start_date: retentionFloorDay() }),
});

/** "Jane Doe (+14045550123)", the number alone when CallRail has no name, or the email of a form without either. */
function customerOf(record: IDataObject): string {
	const name = record.customer_name ? String(record.customer_name) : '';
	const number = record.customer_phone_number ? String(record.customer_phone_number) : '';
	if (name && number) return `${name} (${number})`;
	return name || number || String(record.customer_email ?? 'Unknown customer');
}

/** Appends "2026-12-01 14:03" as CallRail wrote the time (in the account's zone), without converting it. */
function withTime(label: string, time: unknown, prefix = ''): string {
	const match = typeof time === 'string' ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(time) : null;
	return match ? `${label}, ${prefix ? `${prefix} ` : ''}${match[1]} ${match[2]}` : label;
}

const integrationName = (integration: unknown) => String((integration as IDataObject | null)?.type ?? 'an');

/** "Bob Smith, Weekly (Company C1)": who receives it, how often, what it covers. */
function summaryEmailName(email: IDataObject): string {
	const user = (email.user ?? {}) as IDataObject;
	const who = String(user.name ?? user.email ?? email.email ?? email.id);
	const frequency = ((email.frequency as string[] | undefined) ?? []).map((f) => f.charAt(0).toUpperCase() + f.slice(1)).join(' and ');
	const scope = (email.scope ?? {}) as IDataObject;
	const covers = scope.name ? ` (${String(scope.name)})` : '';
	return `${who}${frequency ? `, ${frequency}` : ''}${covers}`;
}

function trackerName(tracker: IDataObject): string {
	const numbers = (tracker.tracking_numbers as string[] | undefined) ?? [];
	const suffix = numbers.length ? ` (${numbers[0]}${numbers.length > 1 ? ` +${numbers.length - 1}` : ''})` : '';
	return `${String(tracker.name)}${suffix}`;
}
