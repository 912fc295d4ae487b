'use strict';
const { IANAZone, FixedOffsetZone, DateTime } = require('luxon');

const FIRST_NAMES = ['Ava', 'Liam', 'Mia', 'Noah', 'Emma', 'Lucas', 'Zoe', 'Ethan', 'Ivy', 'Owen', 'Ruby', 'Caleb', 'Nora', 'Eli', 'Jade'];
const LAST_NAMES = ['Carter', 'Nguyen', 'Patel', 'Garcia', 'Kim', 'Brooks', 'Reyes', 'Foster', 'Hayes', 'Price', 'Ward', 'Ortiz'];
/** [city, state, area code, zip] */
const CITIES = [['Atlanta', 'GA', '404', '30303'], ['Denver', 'CO', '303', '80202'], ['Austin', 'TX', '512', '78701'], ['Portland', 'OR', '503', '97201'], ['Chicago', 'IL', '312', '60601'], ['Toronto', 'ON', '416', 'M5H']];
/** [source_name, source, medium] */
const SOURCES = [
	['Google Paid', 'google_paid', 'cpc'], ['Google Organic', 'google_organic', 'organic'], ['Bing Paid', 'bing_paid', 'cpc'],
	['Facebook', 'facebook', 'social'], ['Direct', 'direct', 'direct'], ['Yelp', 'yelp', 'referral'], ['Google My Business', 'google_my_business', 'organic'],
];
const TAG_COLORS = ['gray1', 'gray2', 'blue1', 'blue2', 'cyan1', 'cyan2', 'purple1', 'purple2', 'pink1', 'pink2', 'pink3', 'pink4', 'red1', 'red2', 'orange1', 'orange2', 'orange3', 'orange4', 'yellow1', 'yellow2', 'green1', 'green2', 'green3', 'green4'];
const TAG_NAMES = ['New Patient', 'Existing Customer', 'Quote Requested', 'Booked', 'Spam Caller', 'Follow Up', 'Wrong Number', 'VIP', 'Price Shopper', 'Emergency', 'Warranty', 'Referral'];
const KEYWORDS = ['dentist near me', 'emergency dentist', 'teeth whitening cost', 'plumber open now', 'ac repair', 'family lawyer'];

const phone = (rng, area) => `+1${area || rng.int(201, 989)}${rng.int(200, 999)}${String(rng.int(0, 9999)).padStart(4, '0')}`;

function formatPhone(e164) {
	if (!e164) return null;
	const d = String(e164).replace(/^\+1/, '');
	return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
}

const zoneCache = new Map();
function zoneObject(name) {
	if (!zoneCache.has(name)) {
		const zone = IANAZone.isValidZone(name) ? IANAZone.create(name) : DateTime.now().setZone(name).zone || FixedOffsetZone.utcInstance;
		zoneCache.set(name, zone);
	}
	return zoneCache.get(name);
}

/**
 * Zone offsets change on very few days, so they are cached per zone and UTC day (days with a transition are
 * looked up exactly): ICU lookups are far too slow for 50,000 calls.
 */
const DAY = 86400000;
const offsetCache = new Map();
function offsetAt(ms, zoneName) {
	const day = Math.floor(ms / DAY);
	const dayKey = `${zoneName}|d${day}`;
	let offset = offsetCache.get(dayKey);
	if (offset === undefined) {
		const zone = zoneObject(zoneName);
		const start = zone.offset(day * DAY);
		offset = start === zone.offset(day * DAY + DAY - 1) ? start : null;
		if (offsetCache.size > 100000) offsetCache.clear();
		offsetCache.set(dayKey, offset);
	}
	return offset !== null ? offset : zoneObject(zoneName).offset(ms);
}

const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const pad = (n, w = 2) => (w === 2 && n < 100 ? TWO[n] : String(n).padStart(w, '0'));
/** `2026-11-20T09:15:02.123-05:00`, like luxon's toISO() but fast enough to stamp 50,000 calls in well under a second. */
function isoWithOffset(ms, zoneName) {
	const offset = offsetAt(ms, zoneName);
	const d = new Date(ms + offset * 60000);
	const sign = offset < 0 ? '-' : '+';
	const abs = Math.abs(offset);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

module.exports = { FIRST_NAMES, LAST_NAMES, CITIES, SOURCES, TAG_COLORS, TAG_NAMES, KEYWORDS, phone, formatPhone, isoWithOffset };
