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
	const fields = listParam(req.query, 'fields');
	if (fields) for (const f of fields) if (!LEAD_FIELDS.includes(f)) fail(400, `Invalid field: ${f}`);
	const body = paginate(req.query, list, 'leads');
	body.leads = body.leads.map((l) => {
		const out = strip(l);
		return fields ? Object.fromEntries(Object.entries(out).filter(([k]) => k === 'id' || fields.includes(k))) : out;
	});
	return ok(body);
}

function leadTimeline(sb, req, id) {
	const lead = findIn(req, sb.store.leads, id, 'Lead');
	const calls = sb.store.calls.filter((c) => c.person_id === lead.id);
	const forms = sb.store.formSubmissions.filter((f) => f.person_id === lead.id);
	const events = [
		...calls.map((c) => ({ type: 'call', id: c.id, event_date: c.start_time, created_at: c.created_at, direction: c.direction, duration: c.duration, answered: c.answered, source: c.source_name, tracking_phone_number: c.tracking_phone_number })),
		...forms.map((f) => ({ type: 'form_submission', id: f.id, event_date: f.submitted_at, created_at: f.submitted_at, form_url: f.form_url, form_data: f.form_data, source: f.source })),
		{ type: 'milestone', id: `${lead.id}-lead_created`, event_date: lead.created_at, created_at: lead.created_at, milestone: 'lead_created' },
	];
	const sort = single(req.query, 'sort') || 'event_date';
	if (!['event_date', 'created_at'].includes(sort)) fail(400, `Invalid sort: ${sort}`);
	events.sort((a, b) => (sort === 'created_at' ? Date.parse(a.created_at) - Date.parse(b.created_at) : Date.parse(b.event_date) - Date.parse(a.event_date)));
	const body = paginate(req.query, events, 'timeline');
	const first = calls[calls.length - 1];
	const last = calls[0];
	body.lead = {
		customer_name: lead.name, customer_phone_number: lead.phone, total_interactions: calls.length + forms.length,
		first_touch: first ? first.start_time : null, last_touch: last ? last.start_time : null, lead_creation: lead.created_at,
		lead_qualification: calls.some((c) => c.lead_status === 'good_lead') ? 'good_lead' : null,
		tags: [...new Set(calls.flatMap((c) => c.tags.map((t) => t.name)))], convert_assist: null, voice_assist: null, transcript: null,
		source: first ? first.source_name : null, medium: first ? first.medium : null, campaign: first ? first.campaign : null,
		landing_page_url: first ? first.landing_page_url : null, referrer_url: first ? first.referring_url : null,
		click_id: { gclid: first ? first.gclid : null, gbraid: null, wbraid: null, msclkid: first ? first.msclkid : null, fbclid: first ? first.fbclid : null },
	};
	return ok(body);
}

const routes = [
	['GET', 'leads', listLeads],
	['GET', 'leads/:id/timeline', leadTimeline],
];

module.exports = { routes };
