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

/** Checks `fields=` against an endpoint's optional fields; unknown names are a 400 like the real API. */
function requestedFields(query, allowed) {
	const fields = listParam(query, 'fields') || [];
	for (const field of fields) if (!allowed.has(field)) fail(400, `Invalid field: ${field}`);
	return fields;
}

function enumParam(query, name, values) {
	const value = single(query, name);
	if (value !== undefined && value !== '' && !values.includes(value)) fail(400, `Invalid ${name}: ${value}. Use one of ${values.join(', ')}`);
	return value === '' ? undefined : value;
}

module.exports = { parseQuery, single, listParam, bool, requestedFields, enumParam };
