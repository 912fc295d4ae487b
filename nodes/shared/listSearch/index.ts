import type { IDataObject } from 'n8n-workflow';

import { currentCompanyQs, listSearchOf } from './searchRecords';

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

function trackerName(tracker: IDataObject): string {
	const numbers = (tracker.tracking_numbers as string[] | undefined) ?? [];
	const suffix = numbers.length ? ` (${numbers[0]}${numbers.length > 1 ? ` +${numbers.length - 1}` : ''})` : '';
	return `${String(tracker.name)}${suffix}`;
}
