'use strict';
const { fail } = require('./errors');
const { single } = require('./query');

function readPerPage(query, maxPerPage = 250) {
	const raw = single(query, 'per_page');
	const perPage = raw === undefined || raw === '' ? 100 : Number(raw);
	if (!Number.isInteger(perPage) || perPage < 1) fail(400, 'per_page must be a positive integer');
	if (perPage > maxPerPage) fail(400, `per_page must be ${maxPerPage} or less`);
	return perPage;
}

/** Offset pagination: `page` is 1-based; a page past the end is an empty list, not an error. */
function paginate(query, records, envelope, { maxPerPage = 250 } = {}) {
	const perPage = readPerPage(query, maxPerPage);
	const rawPage = single(query, 'page');
	const page = rawPage === undefined || rawPage === '' ? 1 : Number(rawPage);
	if (!Number.isInteger(page) || page < 1) fail(400, 'page must be a positive integer');
	const totalRecords = records.length;
	return {
		page,
		per_page: perPage,
		total_pages: Math.ceil(totalRecords / perPage),
		total_records: totalRecords,
		[envelope]: records.slice((page - 1) * perPage, page * perPage),
	};
}

const encodeCursor = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
function decodeCursor(token) {
	try {
		const value = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8'));
		if (Array.isArray(value) && value.length === 2) return value;
	} catch {
		// fall through
	}
	return fail(400, 'Invalid cursor; use next_page exactly as returned');
}

/**
 * Relative pagination over an already sorted list. CallRail only documents `offset` (page index) and admits that a
 * page may not start exactly where the previous ended when calls arrive; the sandbox also puts a keyset `cursor`
 * (the last row's sort key and sequence number) into next_page, so following next_page never repeats or skips a
 * row. A request with `offset` and no cursor slices by offset, as the real API does.
 *
 * sorted: rows in list order; keyOf(row) → [sortValue, seq]; isAfter(row, cursor) → true when row sorts after it.
 */
function relativePage(query, sorted, { keyOf, isAfter }) {
	const perPage = readPerPage(query);
	const rawOffset = single(query, 'offset');
	const offset = rawOffset === undefined || rawOffset === '' ? 0 : Number(rawOffset);
	if (!Number.isInteger(offset) || offset < 0) fail(400, 'offset must be a non-negative integer');
	const token = single(query, 'cursor');
	let rest;
	if (token) {
		const cursor = decodeCursor(token);
		const start = sorted.findIndex((row) => isAfter(row, cursor));
		rest = start === -1 ? [] : sorted.slice(start);
	} else {
		rest = sorted.slice(offset * perPage);
	}
	const rows = rest.slice(0, perPage);
	const hasNext = rest.length > perPage;
	return { perPage, offset, rows, hasNext, cursor: hasNext ? encodeCursor(keyOf(rows[rows.length - 1])) : null };
}

/** Rebuilds a query string from the parsed query minus some keys, keeping repeated and bracketed keys. */
function carryQuery(query, drop) {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (drop.includes(key)) continue;
		for (const v of [].concat(value)) params.append(key, v);
	}
	return params;
}

module.exports = { paginate, readPerPage, relativePage, carryQuery, encodeCursor, decodeCursor };
