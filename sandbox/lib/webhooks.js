'use strict';
const crypto = require('node:crypto');
const http = require('node:http');
const { CALL_EVENTS, WEBHOOK_EVENTS, CONVERT_ASSIST_EVENT } = require('./events');
const { isoWithOffset } = require('../seed/data');

/** CallRail's signature: base64(HMAC-SHA1(signing key used as a plain string, the exact raw body bytes)). */
function signPayload(key, rawBody) {
	return crypto.createHmac('sha1', String(key)).update(rawBody).digest('base64');
}

/** The sandbox only ever calls loopback receivers; anything else is reported as not delivered. */
function isLoopback(url) {
	let hostname;
	try {
		({ hostname } = new URL(url));
	} catch {
		return false;
	}
	return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

const dashed = (e164) => String(e164 || '').replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '$1-$2-$3');

/**
 * The `changes` keys the reference documents for Call Modified; a REST update of anything else (customer name, spam,
 * lead status) still fires Call Modified, with only the documented keys it touched.
 */
const DOCUMENTED_CHANGES = { tags: 'tags', note: 'note', value: 'value', transcription: 'transcription_text', transcription_text: 'transcription_text', call_summary: 'call_summary', recording_duration: 'recording_duration', auto_score: 'auto_score', manual_score: 'manual_score' };

const orEmpty = (v) => (v === null || v === undefined ? '' : v);
const utcDatetime = (iso) => new Date(Date.parse(iso)).toISOString().slice(0, 19).replace('T', ' ');

/**
 * Call payloads follow the reference's signed sample (test/contract/webhooks/signed-sample.json): the call object of
 * Retrieving a Single Call with `duration` as a string, then the legacy attributes (`callercity` … `trackingnum`),
 * then `timestamp`, which is the call's `start_time` (not the send time), then the masked resource ids that replaced
 * numeric ids in payloads. Outbound payloads carry `answered` and `first_call` as the strings "true"/"false", as real
 * captured outbound payloads do.
 */
function callPayload(sb, event, company, resourceId) {
	const { presentCall, OPTIONAL_FIELDS, PREMIUM_CI_FIELDS } = require('../handlers/calls');
	const outbound = event.includes('outbound');
	const call = resourceId
		? sb.store.calls.find((c) => c.id === resourceId)
		: sb.store.calls.find((c) => c.company_id === company.id && (c.direction === 'outbound') === outbound);
	if (!call) throw new Error(`fireWebhook: no call to build a ${event} payload from`);
	// "Access to transcript fields via the API and webhooks now requires a Premium Conversation Intelligence subscription".
	const account = sb.store.accounts.find((a) => a.id === call.account_id);
	const blanked = (account.conversation_intelligence || 'premium') === 'premium' ? [] : PREMIUM_CI_FIELDS;
	const payload = presentCall(call, [...OPTIONAL_FIELDS, 'integration_data'], undefined, blanked);
	if (event === 'pre_call_webhook') {
		Object.assign(payload, { answered: false, call_type: 'missed', formatted_call_type: 'Missed', duration: 0, voicemail: false, recording: null, recording_duration: null, recording_player: null });
	}
	// Routing is complete while the call goes on: no duration or recording yet (those come with Post-Call).
	if (event === 'answered_call_webhook') Object.assign(payload, { duration: 0, recording: null, recording_duration: null, recording_player: null });
	payload.duration = String(payload.duration ?? 0);
	if (outbound) {
		payload.answered = String(Boolean(payload.answered));
		payload.first_call = String(Boolean(payload.first_call));
	}
	const tags = (payload.tags || []).map((t) => (t && typeof t === 'object' ? t.name : t));
	Object.assign(payload, {
		callercity: orEmpty(call.customer_city),
		callercountry: orEmpty(call.customer_country),
		callername: orEmpty(call.customer_name),
		callernum: orEmpty(call.customer_phone_number),
		callerstate: orEmpty(call.customer_state),
		callsource: orEmpty(call.source),
		datetime: utcDatetime(call.start_time),
		destinationnum: orEmpty(call.business_phone_number),
		score: '',
		tag: tags.join(','),
		trackingnum: orEmpty(call.tracking_phone_number),
		timestamp: call.start_time,
		person_resource_id: call.person_id,
		resource_id: call.id,
		company_resource_id: call.company_id,
		tracker_resource_id: call.tracker_id,
	});
	if (event.startsWith('updated_')) {
		const changed = call._changes && call._changes.length ? call._changes : ['tags'];
		payload.changes = [...new Set(changed.map((c) => DOCUMENTED_CHANGES[c]).filter(Boolean))];
	}
	return payload;
}

/** The legacy attributes CallRail appends to a call event's URL (query strings are not signed). */
function legacyQuery(payload) {
	const q = new URLSearchParams();
	for (const key of ['answered', 'callercity', 'callername', 'callernum', 'callerstate', 'datetime', 'duration', 'trackingnum']) {
		if (payload[key] !== undefined) q.set(key, String(orEmpty(payload[key])));
	}
	return q.toString();
}

const withQuery = (url, query) => (query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url);

/**
 * A payload form-encoded the way Ruby's `Hash#to_query` encodes one (keys sorted, `list[]=`, `hash[key]=`, nil as
 * empty, booleans and numbers as text): the form-encoded deliveries a public receiver reports.
 */
function toQuery(value, prefix) {
	const enc = encodeURIComponent;
	if (Array.isArray(value)) {
		if (!value.length) return [`${enc(`${prefix}[]`)}=`];
		return value.flatMap((v) => toQuery(v, `${prefix}[]`));
	}
	if (value && typeof value === 'object') {
		return Object.keys(value).sort().flatMap((k) => toQuery(value[k], prefix ? `${prefix}[${k}]` : k));
	}
	return [`${enc(prefix)}=${enc(value === null || value === undefined ? '' : String(value))}`];
}
const formEncode = (payload) => toQuery(payload, '').join('&');

/** Convert Assist Complete, in the reference's shape: a person, their latest interaction, three AI answers. */
function convertAssistPayload(sb, company, resourceId) {
	const call = resourceId
		? sb.store.calls.find((c) => c.id === resourceId)
		: sb.store.calls.find((c) => c.company_id === company.id && c.person_id);
	if (!call) throw new Error(`fireWebhook: no call to build a Convert Assist payload from`);
	const name = (call.customer_name || 'there').split(' ')[0];
	return {
		person_resource_id: call.person_id,
		last_interaction_resource_id: call.id,
		last_interaction_type: 'Call',
		answers: [
			{ answer_key: 'Action plan', answer_text: '1. Confirm the appointment\n2. Send the confirmation email\n3. Follow up with the customer' },
			{ answer_key: 'Smart follow-up', answer_text: `Dear ${name}, I wanted to follow up on our conversation. Please let me know if you have any questions.` },
			{ answer_key: 'Coaching', answer_text: 'Positive:\n 1. Confirmed the appointment\nNegative:\n 1. Did not offer a follow-up call' },
		],
		interaction_count: sb.store.calls.filter((c) => c.person_id === call.person_id).length,
		timestamp: isoWithOffset(sb.clock.now().getTime(), company.time_zone),
	};
}

function textPayload(sb, event, company, resourceId) {
	const direction = event === 'sms_received_webhook' ? 'incoming' : 'outgoing';
	let conv;
	let message;
	if (resourceId) {
		conv = sb.store.conversations.find((c) => c.messages.some((m) => m.id === resourceId)) || sb.store.conversations.find((c) => c.id === resourceId);
		if (!conv) throw new Error(`fireWebhook: no text message ${resourceId}`);
		message = conv.messages.find((m) => m.id === resourceId) || conv.messages[conv.messages.length - 1];
	} else {
		conv = sb.store.conversations.find((c) => c.company_id === company.id && c.messages.some((m) => m.direction === direction));
		if (!conv) throw new Error(`fireWebhook: no text conversation for ${company.id}`);
		message = [...conv.messages].reverse().find((m) => m.direction === direction);
	}
	const lead = sb.store.leads.find((l) => l.account_id === company.account_id && l.phone === conv.customer_phone_number);
	const customer = dashed(conv.customer_phone_number);
	const tracking = dashed(conv.current_tracking_number);
	// As the reference's samples: `timestamp` is when the text was received or sent.
	const payload = {
		resource_id: message.id, source_number: direction === 'incoming' ? customer : tracking, destination_number: direction === 'incoming' ? tracking : customer,
		content: message.content, message_type: message.message_type, media_urls: [...message.media_urls], timestamp: message.created_at,
		lead_status: conv.lead_status ?? null, conversation_id: conv.id, thread_resource_id: conv.id, company_resource_id: conv.company_id,
		person_resource_id: lead ? lead.id : null,
	};
	if (event === 'sms_sent_webhook') payload.agent = 'Front Desk';
	return payload;
}

function formPayload(sb, company, resourceId) {
	const form = resourceId ? sb.store.formSubmissions.find((f) => f.id === resourceId) : sb.store.formSubmissions.find((f) => f.company_id === company.id);
	if (!form) throw new Error(`fireWebhook: no form submission for ${resourceId || company.id}`);
	return {
		resource_id: form.id, company_resource_id: form.company_id, company_id: form.company_id, person_resource_id: form.person_id,
		form_data: form.form_data, form_url: form.form_url, landing_page_url: form.landing_page_url, referrer: form.referrer,
		referring_url: form.referring_url, submitted_at: form.submitted_at, first_form: form.first_form, source: form.source,
		keywords: form.keywords, campaign: form.campaign, medium: form.medium, utm_source: form.utm_source, utm_medium: form.utm_medium,
		utm_campaign: form.utm_campaign,
	};
}

function post(url, rawBody, headers) {
	return new Promise((resolve) => {
		const request = http.request(url, { method: 'POST', headers: { ...headers, 'Content-Length': Buffer.byteLength(rawBody) } }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
		});
		request.on('error', (error) => resolve({ status: 0, body: `delivery failed: ${error.message}` }));
		request.setTimeout(10000, () => request.destroy(new Error('timeout')));
		request.end(rawBody);
	});
}

/**
 * Builds the event payload (or takes `payload` as given), serialises it once (JSON, or form-encoded with
 * `encoding: 'form'`), signs exactly those bytes with the company's signing key and POSTs them to every URL of that
 * event in the company's active Webhooks integration (or to `urls`), with the legacy attributes appended to a call
 * event's URL as CallRail does. Like CallRail it never retries; a URL that is not loopback is reported with status 0
 * and not contacted. `contentType` overrides the declared Content-Type (the bytes stay as encoded).
 */
async function fireWebhook(sb, { companyId, event, payload, resourceId, encoding = 'json', contentType, urls: explicitUrls }) {
	if (!WEBHOOK_EVENTS.includes(event) && event !== CONVERT_ASSIST_EVENT) throw new Error(`fireWebhook: unknown event ${event}`);
	const company = sb.store.companies.find((c) => c.id === companyId);
	if (!company) throw new Error(`fireWebhook: unknown company ${companyId}`);
	const integration = sb.store.integrations.find((i) => i.company_id === companyId && i.type === 'Webhooks' && i.state === 'active');
	// Convert Assist Complete has no documented config key: it reaches only the URLs it is given.
	const urls = explicitUrls || (integration && event !== CONVERT_ASSIST_EVENT ? integration.config[event] || [] : []);
	const body = payload
		? { ...payload }
		: CALL_EVENTS.includes(event) ? callPayload(sb, event, company, resourceId)
			: event === 'form_captured_webhook' ? formPayload(sb, company, resourceId)
				: event === CONVERT_ASSIST_EVENT ? convertAssistPayload(sb, company, resourceId)
					: textPayload(sb, event, company, resourceId);
	const rawBody = encoding === 'form' ? formEncode(body) : JSON.stringify(body);
	const signature = signPayload(company.signing_key, rawBody);
	const headers = {
		'Content-Type': contentType || (encoding === 'form' ? 'application/x-www-form-urlencoded' : 'application/json'),
		Signature: signature,
		'User-Agent': 'CallRail-Webhooks (sandbox)',
	};
	const query = CALL_EVENTS.includes(event) ? legacyQuery(body) : '';
	const deliveries = [];
	for (const url of urls) {
		if (!isLoopback(url)) {
			deliveries.push({ url, status: 0, body: 'not delivered: the sandbox only calls loopback addresses', signature, rawBody });
			continue;
		}
		deliveries.push({ url, ...(await post(withQuery(url, query), rawBody, headers)), signature, rawBody, requestUrl: withQuery(url, query) });
	}
	return deliveries;
}

module.exports = { signPayload, isLoopback, fireWebhook, formEncode, WEBHOOK_EVENTS, CONVERT_ASSIST_EVENT };
