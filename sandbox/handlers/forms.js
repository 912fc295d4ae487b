'use strict';
const { fail } = require('../lib/errors');
const { single, listParam, bool, requestedFields, enumParam } = require('../lib/query');
const { paginate } = require('../lib/pagination');
const { dateWindow } = require('../lib/dates');
const { maskedId } = require('../lib/rng');
const { formatPhone } = require('../seed/data');
const { strip, nowIso, requireFields, onlyKeys, bodyOf, companyOf, byAccount, findIn, applyTags, parseMoney, ok, created } = require('./common');

const OPTIONAL = ['company_name', 'lead_status', 'value', 'note', 'tags', 'utm_source', 'utm_medium', 'utm_campaign', 'form_name', 'timeline_url', 'milestones'];
const OPTIONAL_SET = new Set(OPTIONAL);

function present(form, fields) {
	const out = strip(form);
	for (const f of OPTIONAL) if (!fields.includes(f)) delete out[f];
	if (out.tags) out.tags = form.tags.map((t) => ({ ...t }));
	return out;
}

function inWindow(sb, req, list) {
	const window = dateWindow(req.query, req.user, sb.clock.now());
	return { window, list: list.filter((f) => { const t = Date.parse(f.submitted_at); return t >= window.from && t <= window.to; }) };
}

/**
 * The summary always reports a date window (its start_date/end_date, default `recent`). The list documents
 * date_range as a filter but no default range ("Filtering by Date" names calls, the call summary and conversations as
 * the endpoints with the `recent` default), so without a date parameter it lists every kept submission.
 */
function filterForms(sb, req, { alwaysWindowed = true } = {}) {
	const { query } = req;
	const dated = ['date_range', 'start_date', 'end_date'].some((name) => single(query, name));
	let { list, window } = alwaysWindowed || dated
		? inWindow(sb, req, byAccount(req, sb.store.formSubmissions))
		: { list: byAccount(req, sb.store.formSubmissions), window: null };
	const companyId = single(query, 'company_id');
	if (companyId) list = list.filter((f) => f.company_id === companyOf(sb, req, companyId).id);
	const leadStatus = enumParam(query, 'lead_status', ['good_lead', 'not_a_lead', 'not_scored']);
	if (leadStatus) list = list.filter((f) => (leadStatus === 'not_scored' ? !f.lead_status : f.lead_status === leadStatus));
	const tags = listParam(query, 'tags');
	if (tags && tags.length) list = list.filter((f) => f.tags.some((t) => tags.includes(t.name)));
	return { list, window };
}

function listForms(sb, req) {
	const { query } = req;
	const fields = requestedFields(query, OPTIONAL_SET);
	let { list } = filterForms(sb, req, { alwaysWindowed: false });
	// "person_lead: set this to true to return only form submissions that have a lead associated with them".
	if (bool(single(query, 'person_lead'))) list = list.filter((f) => f.person_id && f.person_id !== 'anonymous');
	const sort = single(query, 'sort');
	const order = enumParam(query, 'order', ['asc', 'desc']);
	if (order && !sort) fail(400, 'order requires sort');
	if (sort) {
		if (!['submitted_at', 'form_url', 'created_at'].includes(sort)) fail(400, `Invalid sort: ${sort}`);
		const key = sort === 'created_at' ? 'submitted_at' : sort;
		const dir = (order || (key === 'submitted_at' ? 'desc' : 'asc')) === 'desc' ? -1 : 1;
		list = [...list].sort((a, b) => (key === 'submitted_at' ? Date.parse(a[key]) - Date.parse(b[key]) : String(a[key]).localeCompare(String(b[key]))) * dir);
	}
	const body = paginate(query, list, 'form_submissions');
	body.form_submissions = body.form_submissions.map((f) => present(f, fields));
	return ok(body);
}

/** The doc's example wraps the fields in `form_submission`; the flat form is accepted too. */
function createForm(sb, req) {
	const raw = bodyOf(req);
	const input = raw.form_submission && typeof raw.form_submission === 'object' ? raw.form_submission : raw;
	requireFields(input, ['company_id', 'form_url', 'form_data']);
	if (!input.session_id) requireFields(input, ['referrer', 'referring_url', 'landing_page_url']);
	if (typeof input.form_data !== 'object' || Array.isArray(input.form_data)) fail(400, 'form_data must be an object');
	const company = companyOf(sb, req, input.company_id);
	const values = Object.values(input.form_data).map(String);
	const digits = values.map((v) => v.replace(/\D/g, '')).find((d) => d.length === 10 || (d.length === 11 && d.startsWith('1')));
	const number = digits ? `+1${digits.slice(-10)}` : null;
	const email = values.find((v) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) || null;
	const name = input.form_data.name || [input.form_data.first_name, input.form_data.last_name].filter(Boolean).join(' ') || null;
	const person = (number && sb.store.leads.find((l) => l.account_id === req.account.id && l.phone === number)) || null;
	const form = {
		id: maskedId(sb.store.rng, 'FOR'), account_id: req.account.id, company_id: company.id, person_id: person ? person.id : maskedId(sb.store.rng, 'PER'),
		form_data: input.form_data, form_url: input.form_url, landing_page_url: input.landing_page_url || null,
		referrer: input.referrer || null, referring_url: input.referring_url || null, submitted_at: nowIso(sb, company.time_zone),
		first_form: !person, customer_phone_number: number, customer_name: name, customer_email: email,
		formatted_customer_phone_number: formatPhone(number), formatted_customer_name: name, source: input.referrer ? 'Referral' : 'Direct',
		keywords: null, campaign: null, medium: input.referrer ? 'referral' : 'direct', company_name: company.name, lead_status: null, value: null,
		note: null, tags: [], utm_source: null, utm_medium: null, utm_campaign: null, form_name: input.form_name || null, timeline_url: null, milestones: null,
	};
	sb.store.formSubmissions.unshift(form);
	return created(present(form, OPTIONAL));
}

function updateForm(sb, req, id) {
	const form = findIn(req, sb.store.formSubmissions, id, 'Form submission');
	const body = bodyOf(req);
	onlyKeys(body, ['tags', 'note', 'value', 'lead_status', 'append_tags']);
	if (body.lead_status !== undefined && ![null, '', 'good_lead', 'not_a_lead'].includes(body.lead_status)) fail(400, 'lead_status must be good_lead, not_a_lead or null');
	const value = body.value !== undefined ? parseMoney(body.value) : undefined;
	if (body.tags !== undefined) applyTags(sb, req, form, form.company_id, body);
	if (body.note !== undefined) form.note = body.note || null;
	if (value !== undefined) form.value = value;
	if (body.lead_status !== undefined) form.lead_status = body.lead_status || null;
	return ok(present(form, OPTIONAL));
}

function ignoreFormFields(sb, req) {
	const body = bodyOf(req);
	requireFields(body, ['company_ids', 'field_names']);
	if (!Array.isArray(body.company_ids) || !Array.isArray(body.field_names) || !body.field_names.length) fail(400, 'company_ids and field_names must be arrays');
	if (!body.company_ids.includes('all')) body.company_ids.forEach((cid) => companyOf(sb, req, cid));
	// The real response has this typo; clients may match on it.
	return ok({ message: 'Ingored form fields created' });
}

const GROUPS = {
	source: (f) => f.source, keywords: (f) => f.keywords, campaign: (f) => f.campaign, referrer: (f) => f.referrer,
	landing_page: (f) => f.landing_page_url, form_name: (f) => f.form_name, company: (f) => f.company_name,
};

function formSummary(sb, req) {
	const { query } = req;
	let { list, window } = filterForms(sb, req);
	const formUrl = single(query, 'form_URL') || single(query, 'form_url');
	if (formUrl) list = list.filter((f) => f.form_url === formUrl);
	// "Defaults to total_forms"; other names are ignored, as Field Selection states no refusal.
	const named = (listParam(query, 'fields') || []).filter((f) => ['total_forms', 'first_forms', 'leads'].includes(f));
	const fields = named.length ? named : ['total_forms'];
	const agg = (forms) => {
		const all = { total_forms: forms.length, first_forms: forms.filter((f) => f.first_form).length, leads: forms.filter((f) => f.lead_status === 'good_lead').length };
		return Object.fromEntries(fields.map((f) => [f, all[f]]));
	};
	const body = { start_date: window.fromDt.toISO(), end_date: window.toDt.toISO(), time_zone: window.zone, total_results: agg(list) };
	const groupBy = single(query, 'group_by');
	if (groupBy) {
		if (!GROUPS[groupBy]) fail(400, `Invalid group_by: ${groupBy}`);
		if (groupBy === 'company' && single(query, 'company_id')) fail(400, 'Grouping by company is only available for the whole account');
		const groups = new Map();
		for (const f of list) {
			const k = GROUPS[groupBy](f) ?? '(none)';
			if (!groups.has(k)) groups.set(k, []);
			groups.get(k).push(f);
		}
		body.grouped_by = groupBy;
		body.grouped_results = [...groups.entries()].sort((a, b) => b[1].length - a[1].length).map(([key, forms]) => ({ key, ...agg(forms) }));
	}
	return ok(body);
}

const routes = [
	['GET', 'form_submissions', listForms],
	['POST', 'form_submissions', createForm],
	['POST', 'form_submissions/ignored_fields', ignoreFormFields],
	['PUT', 'form_submissions/:id', updateForm],
	['GET', 'forms/summary', formSummary],
];

module.exports = { routes, presentForm: present, OPTIONAL_FORM_FIELDS: OPTIONAL };
