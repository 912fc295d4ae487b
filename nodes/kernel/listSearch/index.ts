import type { IDataObject } from 'n8n-workflow';

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
