'use strict';
const { fail } = require('./errors');

/** `a=1&tags[]=x&tags[]=y&a=2` → { a: ['1','2'], 'tags[]': ['x','y'] }: brackets stay in the key, as on the wire. */
function parseQuery(rawQuery) {
	const query = {};
	for (const [key, value] of new URLSearchParams(rawQuery)) {
		if (key.endsWith('[]')) (query[key] ??= []).push(value);
		else if (key in query) query[key] = [].concat(query[key], value);
		else query[key] = value;
	}
	return query;
}

/** The last value of a plain parameter (Rails keeps the last one when a key repeats). */
const single = (query, name) => (Array.isArray(query[name]) ? query[name][query[name].length - 1] : query[name]);

/**
 * Rails reads `tags=A,B` and `tags[]=A&tags[]=B` alike. `arrayOnly` mimics parameters such as summary's
 * tracker_ids, which CallRail only honours in the bracket form (the plain form is silently ignored).
 */
function listParam(query, name, { arrayOnly = false } = {}) {
	if (query[`${name}[]`]) return [].concat(query[`${name}[]`]);
	if (arrayOnly || query[name] === undefined) return undefined;
	return [].concat(query[name]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

const bool = (v) => v === true || String(v) === 'true';

/**
 * The endpoint's optional fields named in `fields=`. The reference ("Field Selection") lists what each endpoint can
 * add and states no refusal for other names, so names an endpoint does not know are ignored, not refused.
 */
function requestedFields(query, allowed) {
	return (listParam(query, 'fields') || []).filter((field) => allowed.has(field));
}

function enumParam(query, name, values) {
	const value = single(query, name);
	if (value !== undefined && value !== '' && !values.includes(value)) fail(400, `Invalid ${name}: ${value}. Use one of ${values.join(', ')}`);
	return value === '' ? undefined : value;
}

module.exports = { parseQuery, single, listParam, bool, requestedFields, enumParam };
