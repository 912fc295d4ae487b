'use strict';
const { DateTime } = require('luxon');
const { fail } = require('./errors');
const { single } = require('./query');

const RETENTION_MONTHS = 25;
const DATE_RANGES = ['recent', 'today', 'yesterday', 'last_7_days', 'last_30_days', 'this_month', 'last_month', 'this_year', 'last_year', 'all_time'];

/** IANA names plus legacy fixed-offset names such as EST (luxon/ICU treat those as fixed offsets without DST, as CallRail's do). */
function checkZone(zone) {
	if (!zone || !DateTime.now().setZone(zone).isValid) fail(400, `Invalid time_zone: ${zone}`);
	return zone;
}

const zoneOf = (query, user) => checkZone(single(query, 'time_zone') || user.time_zone || 'America/New_York');

/** ISO timestamp with offset in a zone, as CallRail renders times (milliseconds kept). */
const isoIn = (ms, zone) => DateTime.fromMillis(ms).setZone(zone).toISO();

function parseBound(value, zone, end) {
	const text = String(value);
	const dt = DateTime.fromISO(text, { zone });
	if (!dt.isValid) fail(400, `Invalid date: ${text}`);
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return end ? dt.endOf('day') : dt.startOf('day');
	// An end datetime without seconds covers the whole minute it names.
	if (end && /T\d{2}:\d{2}$/.test(text)) return dt.endOf('minute');
	return dt;
}

/**
 * The [from, to] instants a list or report asks for, interpreted in `time_zone` (default: the key user's zone).
 * start_date/end_date win over date_range and are inclusive; the default range is `recent` (7 days incl. today).
 *
 * Retention rule, as the reference's "Filtering Data by Date" states it: a request reaching past the 25 months is an
 * error "directing you to revise your date range. This includes requests using the all_time date parameter." So an
 * explicit start_date earlier than 25 months before now and date_range=all_time are 400s; a preset that reaches
 * further back (last_year early in a year) is clamped, and a missing start_date with an end_date starts at the floor.
 */
function dateWindow(query, user, now, { defaultRange = 'recent' } = {}) {
	const zone = zoneOf(query, user);
	const nowDt = DateTime.fromJSDate(now).setZone(zone);
	const today = nowDt.startOf('day');
	const retention = nowDt.minus({ months: RETENTION_MONTHS });
	const startParam = single(query, 'start_date');
	const endParam = single(query, 'end_date');
	let from;
	let to;
	let range = null;
	if (startParam || endParam) {
		from = startParam ? parseBound(startParam, zone, false) : retention;
		to = endParam ? parseBound(endParam, zone, true) : today.endOf('day');
		if (from < retention.minus({ minutes: 1 })) {
			fail(400, `Data is only kept for ${RETENTION_MONTHS} months; start_date must be on or after ${retention.toISODate()}`);
		}
	} else {
		range = single(query, 'date_range') || defaultRange;
		const yesterday = today.minus({ days: 1 });
		const ranges = {
			recent: () => [today.minus({ days: 6 }), today.endOf('day')],
			today: () => [today, today.endOf('day')],
			yesterday: () => [yesterday, yesterday.endOf('day')],
			last_7_days: () => [today.minus({ days: 7 }), yesterday.endOf('day')],
			last_30_days: () => [today.minus({ days: 30 }), yesterday.endOf('day')],
			this_month: () => [today.startOf('month'), today.endOf('day')],
			last_month: () => [today.minus({ months: 1 }).startOf('month'), today.minus({ months: 1 }).endOf('month')],
			this_year: () => [today.startOf('year'), today.endOf('day')],
			last_year: () => [today.minus({ years: 1 }).startOf('year'), today.minus({ years: 1 }).endOf('year')],
			all_time: () => [retention, today.endOf('day')],
		};
		if (!ranges[range]) fail(400, `Invalid date_range: ${range}. Use one of ${DATE_RANGES.join(', ')}`);
		if (range === 'all_time') fail(400, `Data is only kept for ${RETENTION_MONTHS} months; all_time reaches past it. Revise your date range: send a start_date on or after ${retention.toISODate()}`);
		[from, to] = ranges[range]();
		from = DateTime.max(from, retention);
	}
	if (to < from) fail(400, 'end_date must be on or after start_date');
	return { from: from.toMillis(), to: to.toMillis(), zone, fromDt: from, toDt: to, range };
}

module.exports = { dateWindow, zoneOf, checkZone, isoIn, RETENTION_MONTHS, DATE_RANGES };
