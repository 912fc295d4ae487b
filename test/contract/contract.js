'use strict';
/**
 * The contract fixtures (fixtures/*.json, transcribed from the official CallRail API v3 reference) and the one
 * comparison both the jest contract test and `npm run live-check` use: does a real (or simulated) JSON body have
 * every field a documented example has, with the same JSON type? Plain JavaScript so the live-check script can load
 * it without a TypeScript build.
 */
const fs = require('node:fs');
const path = require('node:path');

const FIXTURES = path.join(__dirname, 'fixtures');

/** Every documented example, in reference order within each resource file. */
function loadExamples() {
	const examples = [];
	for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()) {
		const data = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
		for (const example of data.examples) {
			examples.push({ ...example, resource: data.resource, section: data.section, file });
		}
	}
	return examples;
}

/** JSON's own types; integers and decimals are both `number`. */
function jsonType(value) {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

/**
 * `milestones.*.url_utm_params` matches `milestones.first_touch.url_utm_params` and, inside a list's envelope,
 * `form_submissions[].milestones.first_touch.url_utm_params`: a pattern names the end of a path.
 */
function matches(pattern, at) {
	const a = pattern.split('.');
	const b = at.replace(/\[\]/g, '').split('.');
	if (a.length > b.length) return false;
	const tail = b.slice(b.length - a.length);
	return a.every((part, i) => part === '*' || part === tail[i]);
}

/**
 * What `actual` lacks or types differently from `documented`: documented fields missing, and fields present in both
 * with different JSON types. A null on either side is a value, not a type, so it never counts as a mismatch.
 * Arrays compare their first elements; `freeform` paths (objects whose keys are data, such as form_data) are only
 * type-checked, never walked. `unknown` lists fields `actual` has that the example does not show.
 */
function compareShape(documented, actual, options = {}) {
	const freeform = options.freeform ?? [];
	const tolerate = options.tolerate ?? {};
	const result = { missing: [], mismatched: [], unknown: [] };
	const walk = (doc, act, at) => {
		const docType = jsonType(doc);
		const actType = jsonType(act);
		if (docType === 'null' || actType === 'null') return;
		if (docType !== actType) {
			if (!Object.keys(tolerate).some((p) => matches(p, at))) result.mismatched.push(`${at}: documented ${docType}, got ${actType}`);
			return;
		}
		if (at && freeform.some((p) => matches(p, at))) return;
		if (docType === 'array') {
			if (doc.length && act.length) walk(doc[0], act[0], `${at}[]`);
			return;
		}
		if (docType !== 'object') return;
		for (const key of Object.keys(doc)) {
			const child = at ? `${at}.${key}` : key;
			if (!Object.prototype.hasOwnProperty.call(act, key)) result.missing.push(child);
			else walk(doc[key], act[key], child);
		}
		for (const key of Object.keys(act)) {
			if (!Object.prototype.hasOwnProperty.call(doc, key)) result.unknown.push(at ? `${at}.${key}` : key);
		}
	};
	walk(documented, actual, '');
	return result;
}

const PLACEHOLDER = /\{([a-z_0-9]+)\}/g;

/**
 * Replaces `{name}` placeholders with `ids[name]`. A string that is exactly one placeholder takes the id's own type
 * (tag ids are numbers); `rl:{name}` becomes a resource-locator value as n8n's editor stores it.
 */
function fill(value, ids) {
	if (typeof value === 'string') {
		const locator = value.startsWith('rl:');
		const text = locator ? value.slice(3) : value;
		const whole = /^\{([a-z_0-9]+)\}$/.exec(text);
		let filled;
		if (whole && ids[whole[1]] !== undefined) filled = ids[whole[1]];
		else filled = text.replace(PLACEHOLDER, (m, name) => (ids[name] === undefined ? m : String(ids[name])));
		return locator ? { __rl: true, mode: 'id', value: String(filled) } : filled;
	}
	if (Array.isArray(value)) return value.map((v) => fill(v, ids));
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, ids)]));
	return value;
}

/** Query string of a documented request (values are strings, as in a URL). */
function queryString(query) {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query ?? {})) {
		for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** The records of a response: the envelope's array for lists, the body itself otherwise. */
function recordsOf(body, envelope) {
	if (envelope) return Array.isArray(body?.[envelope]) ? body[envelope] : [];
	return body && typeof body === 'object' ? [body] : [];
}

/** The value at a dotted path (`data.199.date`, `messages.length`) of a JSON body. */
function valueAt(body, dotted) {
	return dotted.split('.').reduce((v, key) => (v === null || v === undefined ? undefined : v[key]), body);
}

/** The coverage line: printed from here because the linted .ts tests may not write to the console. */
function reportCoverage(checked, total, sandboxOnly = 0) {
	const pending = sandboxOnly ? ` (${sandboxOnly} on the sandbox side only, their node parameters pending)` : '';
	process.stdout.write(`\nContract: ${checked} of ${total} documented examples checked${pending}\n`);
}

module.exports = { reportCoverage, valueAt, loadExamples, jsonType, compareShape, fill, queryString, recordsOf, FIXTURES };
