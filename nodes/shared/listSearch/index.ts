import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { currentCompanyQs, searchRecords } from './searchRecords';

export async function searchAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchRecords(
		this,
		{ path: '', envelope: 'accounts', serverSearch: false, name: (a) => String(a.name) },
		filter,
		paginationToken,
	);
}

export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchRecords(
		this,
		{
			path: 'companies.json',
			envelope: 'companies',
			serverSearch: true,
			name: (c) => (c.status === 'disabled' ? `${String(c.name)} (disabled)` : String(c.name)),
			qs: () => ({ sort: 'name' }),
		},
		filter,
		paginationToken,
	);
}

export async function searchTrackers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchRecords(
		this,
		{
			path: 'trackers.json',
			envelope: 'trackers',
			serverSearch: true,
			name: trackerName,
			qs: (ctx) => ({ sort: 'name', ...currentCompanyQs(ctx) }),
		},
		filter,
		paginationToken,
	);
}

export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchRecords(
		this,
		{
			path: 'users.json',
			envelope: 'users',
			serverSearch: true,
			name: (u) => `${String(u.name ?? `${u.first_name} ${u.last_name}`)} <${String(u.email)}>`,
			qs: (ctx) => currentCompanyQs(ctx),
		},
		filter,
		paginationToken,
	);
}

export async function searchTags(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchRecords(
		this,
		{
			path: 'tags.json',
			envelope: 'tags',
			serverSearch: false,
			name: (t) => (t.tag_level === 'account' ? `${String(t.name)} (all companies)` : String(t.name)),
			qs: (ctx) => ({ sort: 'name', ...currentCompanyQs(ctx) }),
		},
		filter,
		paginationToken,
	);
}

function trackerName(tracker: IDataObject): string {
	const numbers = (tracker.tracking_numbers as string[] | undefined) ?? [];
	const suffix = numbers.length ? ` (${numbers[0]}${numbers.length > 1 ? ` +${numbers.length - 1}` : ''})` : '';
	return `${String(tracker.name)}${suffix}`;
}
