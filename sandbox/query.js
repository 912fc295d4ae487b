'use strict';
const { DateTime } = require('luxon');
const { fail } = require('./util');

/** `a=1&tags[]=x&tags[]=y&a=2` → { a: ['1','2'], 'tags[]': ['x','y'] }: brackets stay in the key, as the wire had them. */
function parseQuery(rawQuery) {
	const query = {};
	for (const [key, value] of new URLSearchParams(rawQuery)) {
		if (key.endsWith('[]')) (query[key] ??= []).push(value);
		else if (key in query) query[key] = [].concat(query[key], value);
		else query[key] = value;
	}
	return query;
}

/** Rails reads `tags=A` and `tags[]=A&tags[]=B` alike; `arrayOnly` mimics params such as tracker_ids that only work as arrays. */
function listParam(query, name, { arrayOnly = false } = {}) {
	if (query[`${name}[]`]) return [].concat(query[`${name}[]`]);
	if (arrayOnly || query[name] === undefined) return undefined;
	return [].concat(query[name]).flatMap((v) => String(v).split(',')).filter(Boolean);
}

const single = (query, name) => (Array.isArray(query[name]) ? query[name][query[name].length - 1] : query[name]);

function paginate(query, records, envelope, { maxPerPage = 250 } = {}) {
	const perPage = Number(single(query, 'per_page') ?? 100);
	const page = Number(single(query, 'page') ?? 1);
	if (!Number.isInteger(perPage) || perPage < 1) fail(400, 'per_page must be a positive integer');
	if (perPage > maxPerPage) fail(400, `per_page must be ${maxPerPage} or less`);
	if (!Number.isInteger(page) || page < 1) fail(400, 'page must be a positive integer');
	const totalRecords = records.length;
	return {
		page,
		per_page: perPage,
		total_pages: Math.max(1, Math.ceil(totalRecords / perPage)),
		total_records: totalRecords,
		[envelope]: records.slice((page - 1) * perPage, page * perPage),
	};
}

const RETENTION_MONTHS = 25;

function zoneOf(query, user) {
	const zone = single(query, 'time_zone') || user.time_zone;
	const probe = DateTime.now().setZone(zone);
	if (!probe.isValid) fail(400, `Unknown time zone: ${zone}`);
	return zone;
}

function parseBound(value, zone, end) {
	const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
	const dt = DateTime.fromISO(value, { zone });
	if (!dt.isValid) fail(400, `Invalid date: ${value}`);
	if (dateOnly) return end ? dt.endOf('day') : dt.startOf('day');
	return end && !/:\d{2}:\d{2}/.test(value) ? dt.endOf('minute') : dt;
}

/**
 * The [from, to] instants a request asks for. Explicit dates win over date_range; the default is `recent`.
 * Anything starting before the 25-month retention window is an error; `all_time` means "as far back as retained".
 */
function dateWindow(query, user, now, { defaultRange = 'recent' } = {}) {
	const zone = zoneOf(query, user);
	const today = DateTime.fromJSDate(now).setZone(zone).startOf('day');
	const retention = DateTime.fromJSDate(now).setZone(zone).minus({ months: RETENTION_MONTHS });
	const startParam = single(query, 'start_date');
	const endParam = single(query, 'end_date');
	let from;
	let to;
	if (startParam || endParam) {
		from = startParam ? parseBound(startParam, zone, false) : retention;
		to = endParam ? parseBound(endParam, zone, true) : today.endOf('day');
	} else {
		const range = single(query, 'date_range') || defaultRange;
		const ranges = {
			recent: () => [today.minus({ days: 6 }), today.endOf('day')],
			today: () => [today, today.endOf('day')],
			yesterday: () => [today.minus({ days: 1 }), today.minus({ days: 1 }).endOf('day')],
			last_7_days: () => [today.minus({ days: 7 }), today.minus({ days: 1 }).endOf('day')],
			last_30_days: () => [today.minus({ days: 30 }), today.minus({ days: 1 }).endOf('day')],
			this_month: () => [today.startOf('month'), today.endOf('day')],
			last_month: () => [today.minus({ months: 1 }).startOf('month'), today.minus({ months: 1 }).endOf('month')],
			this_year: () => [today.startOf('year'), today.endOf('day')],
			last_year: () => [today.minus({ years: 1 }).startOf('year'), today.minus({ years: 1 }).endOf('year')],
			all_time: () => [retention, today.endOf('day')],
		};
		if (!ranges[range]) fail(400, `Invalid date_range: ${range}`);
		[from, to] = ranges[range]();
		if (range === 'all_time' || range === 'last_year' || range === 'this_year') from = DateTime.max(from, retention);
	}
	if (from < retention.minus({ minutes: 1 })) {
		fail(400, `Data is only available for the last ${RETENTION_MONTHS} months. Choose a start date on or after ${retention.toISODate()}.`);
	}
	if (to < from) fail(400, 'end_date must be on or after start_date');
	return { from: from.toMillis(), to: to.toMillis(), zone, fromDt: from, toDt: to };
}

module.exports = { parseQuery, listParam, single, paginate, dateWindow, zoneOf, RETENTION_MONTHS };
