'use strict';
const { fail } = require('../lib/errors');
const { single, listParam } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { strip, sortBy, companyOf, byAccount, findIn, ok } = require('./common');

const LEAD_FIELDS = ['id', 'name', 'phone', 'email', 'created_at', 'company_id', 'company_name'];

/** `fields` here limits the output (everything is returned by default), unlike most endpoints. */
function listLeads(sb, req) {
	let list = byAccount(req, sb.store.leads);
	const companyId = single(req.query, 'company_id');
	if (companyId) list = list.filter((l) => l.company_id === companyOf(sb, req, companyId).id);
	list = sortBy(list, req.query, ['created_at', 'name', 'email'], 'created_at');
	// Names that are no lead field are ignored, as Field Selection states no refusal.
	const named = (listParam(req.query, 'fields') || []).filter((f) => LEAD_FIELDS.includes(f));
	const fields = named.length ? named : undefined;
	const body = paginate(req.query, list, 'leads');
	body.leads = body.leads.map((l) => {
		const out = strip(l);
		return fields ? Object.fromEntries(Object.entries(out).filter(([k]) => k === 'id' || fields.includes(k))) : out;
	});
	return ok(body);
}

/** The reference's touchpoint types (organic_search, paid_search, direct…) from a call's medium. */
function touchpointType(call) {
	const medium = String(call?.medium ?? '').toLowerCase();
	if (medium === 'organic') return 'organic_search';
	if (['cpc', 'ppc', 'paid'].includes(medium)) return 'paid_search';
	if (medium === 'direct' || !medium) return 'direct';
	return medium;
}

function leadTimeline(sb, req, id) {
	const lead = findIn(req, sb.store.leads, id, 'Lead');
	const calls = sb.store.calls.filter((c) => c.person_id === lead.id);
	const forms = sb.store.formSubmissions.filter((f) => f.person_id === lead.id);
	// Event and lead-summary shapes follow "Retrieving a Single Lead Timeline" in the reference.
	const events = [
		...calls.map((c) => ({
			type: 'call', id: c.id, event_date: c.start_time, created_at: c.created_at, customer_name: c.customer_name, customer_phone_number: c.customer_phone_number,
			direction: c.direction, duration: c.duration, answered: c.answered, recording: c.recording, start_time: c.start_time, tracking_phone_number: c.tracking_phone_number,
		})),
		...forms.map((f) => ({
			type: 'form_submission', id: f.id, event_date: f.submitted_at, created_at: f.submitted_at, form_name: f.form_name ?? null, form_url: f.form_url,
			form_fields: f.form_data, form_submission_url: f.form_url,
		})),
		{ type: 'milestone', id: `${lead.id}-lead_created`, event_date: lead.created_at, created_at: lead.created_at, milestone_type: 'lead_created', touchpoint_type: touchpointType(calls[calls.length - 1]) },
	];
	const sort = single(req.query, 'sort') || 'event_date';
	if (!['event_date', 'created_at'].includes(sort)) fail(400, `Invalid sort: ${sort}`);
	events.sort((a, b) => (sort === 'created_at' ? Date.parse(a.created_at) - Date.parse(b.created_at) : Date.parse(b.event_date) - Date.parse(a.event_date)));
	const body = paginate(req.query, events, 'timeline');
	const first = calls[calls.length - 1];
	const last = calls[0];
	const qualifying = [...calls].reverse().find((c) => c.lead_status === 'good_lead');
	const touch = (call, dateKey = 'created_at') => (call ? { touchpoint_type: touchpointType(call), source: call.source_name, medium: call.medium, [dateKey]: call.start_time } : null);
	const tags = new Map();
	for (const call of calls) {
		for (const t of call.tags) {
			const stored = sb.store.tags.find((x) => x.name === t.name && x.account_id === lead.account_id);
			tags.set(t.name, { id: stored ? stored.id : null, name: t.name, color: stored ? stored.color : null });
		}
	}
	body.lead = {
		customer_name: lead.name, customer_phone_number: lead.phone, total_interactions: calls.length + forms.length,
		first_touch: touch(first), last_touch: last ? { touchpoint_type: touchpointType(last), created_at: last.start_time } : null,
		lead_creation: touch(first, 'lead_creation_time'), lead_qualification: touch(qualifying),
		tags: [...tags.values()], convert_assist: null, voice_assist: false, transcript: calls.some((c) => Boolean(c.transcription)),
		source: first ? first.source_name : null, medium: first ? first.medium : null, campaign: first ? first.campaign : null,
		landing_page_url: first ? first.landing_page_url : null, referrer_url: first ? first.referring_url : null,
		click_id: first && (first.gclid || first.msclkid || first.fbclid) ? { gclid: first.gclid, msclkid: first.msclkid, fbclid: first.fbclid } : null,
	};
	return ok(body);
}

const routes = [
	['GET', 'leads', listLeads],
	['GET', 'leads/:id/timeline', leadTimeline],
];

module.exports = { routes };
