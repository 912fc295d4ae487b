#!/usr/bin/env node
// Bytes per record that an AI model (or the next node) receives: Raw vs Simplified, measured on the sandbox's seeded
// calls (250 of them) and a few other resources. Run after `npm run build`: node scripts/output-size.mjs
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { startSandbox } = require('../sandbox');
const { simplifyRecord, simpleRequestFields } = require('../dist/nodes/CallRail/builder/output.js');
const { CALL_OPTIONAL_FIELDS } = require('../dist/nodes/kernel/callFields.js');

const sb = await startSandbox({ port: 0, rateLimit: false });
const account = sb.ids.accounts[0];
const get = async (path, query = {}) => {
	const url = new URL(`${sb.url}/v3/a/${account}/${path}`);
	for (const [k, v] of Object.entries(query)) url.searchParams.set(k, String(v));
	const response = await fetch(url, { headers: { authorization: `Token token="${sb.keys.agencyAdmin}"` } });
	return await response.json();
};
const perRecord = (records) => Math.round(records.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)), 0) / records.length);

const rows = [];
const raw = (await get('calls.json', { per_page: 250 })).calls;
const everything = (await get('calls.json', { per_page: 250, fields: CALL_OPTIONAL_FIELDS.join(',') })).calls;
const forSimple = (await get('calls.json', { per_page: 250, fields: simpleRequestFields('calls').join(',') })).calls;
const simple = forSimple.map((c) => simplifyRecord('calls', c));
rows.push(['call (Raw, default fields)', raw.length, perRecord(raw)]);
rows.push(['call (Raw + every Additional Field)', everything.length, perRecord(everything)]);
rows.push(['call (Simplified)', simple.length, perRecord(simple)]);
for (const [label, path, envelope] of [
	['company', 'companies.json', 'companies'],
	['tracker', 'trackers.json', 'trackers'],
	['form submission', 'form_submissions.json', 'form_submissions'],
	['text conversation', 'text-messages.json', 'conversations'],
]) {
	const records = (await get(path, { per_page: 100 }))[envelope];
	rows.push([`${label} (Raw)`, records.length, perRecord(records)]);
	rows.push([`${label} (Simplified)`, records.length, perRecord(records.map((r) => simplifyRecord(envelope, r)))]);
}
await sb.close();

console.log('| Output | Records | Bytes per record (JSON) |\n|---|---:|---:|');
for (const [label, n, bytes] of rows) console.log(`| ${label} | ${n} | ${bytes} |`);
const ratio = (perRecord(raw) / perRecord(simple)).toFixed(1);
console.log(`\ncall: Raw is ${ratio}× Simplified (default fields); with every Additional Field ${(perRecord(everything) / perRecord(simple)).toFixed(1)}×`);
