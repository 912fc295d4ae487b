'use strict';
const crypto = require('node:crypto');
const http = require('node:http');
const { CALL_EVENTS, WEBHOOK_EVENTS } = require('./events');
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

/** Webhook call payloads carry the full single-call view plus the masked resource ids. */
function callPayload(sb, event, company, resourceId) {
	const { presentCall, OPTIONAL_FIELDS } = require('../handlers/calls');
	const outbound = event.includes('outbound');
	const call = resourceId
		? sb.store.calls.find((c) => c.id === resourceId)
		: sb.store.calls.find((c) => c.company_id === company.id && (c.direction === 'outbound') === outbound);
	if (!call) throw new Error(`fireWebhook: no call to build a ${event} payload from`);
	const payload = presentCall(call, [...OPTIONAL_FIELDS, 'integration_data']);
	if (event === 'pre_call_webhook') {
		Object.assign(payload, { answered: false, call_type: 'missed', formatted_call_type: 'Missed', duration: 0, voicemail: false, recording: null, recording_duration: null, recording_player: null });
	}
	Object.assign(payload, {
		resource_id: call.id,
		tracker_resource_id: call.tracker_id,
		person_resource_id: call.person_id,
		company_resource_id: call.company_id,
	});
	if (event.startsWith('updated_')) payload.changes = call._changes && call._changes.length ? [...call._changes] : ['tags'];
	return payload;
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
	const payload = {
		resource_id: message.id, source_number: direction === 'incoming' ? customer : tracking, destination_number: direction === 'incoming' ? tracking : customer,
		content: message.content, message_type: message.message_type, media_urls: [...message.media_urls],
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
 * Builds the event payload (or takes `payload` as given), serialises it once, signs exactly those bytes with the
 * company's signing key and POSTs them to every URL of that event in the company's active Webhooks integration.
 * Like CallRail it never retries; a URL that is not loopback is reported with status 0 and not contacted.
 */
async function fireWebhook(sb, { companyId, event, payload, resourceId }) {
	if (!WEBHOOK_EVENTS.includes(event)) throw new Error(`fireWebhook: unknown event ${event}`);
	const company = sb.store.companies.find((c) => c.id === companyId);
	if (!company) throw new Error(`fireWebhook: unknown company ${companyId}`);
	const integration = sb.store.integrations.find((i) => i.company_id === companyId && i.type === 'Webhooks' && i.state === 'active');
	const urls = integration ? integration.config[event] || [] : [];
	const body = payload
		? { ...payload }
		: CALL_EVENTS.includes(event) ? callPayload(sb, event, company, resourceId)
			: event === 'form_captured_webhook' ? formPayload(sb, company, resourceId)
				: textPayload(sb, event, company, resourceId);
	// A webhook is sent when its event happens, so its timestamp is the firing time, even for a stored record.
	if (body.timestamp === undefined || CALL_EVENTS.includes(event)) body.timestamp = isoWithOffset(sb.clock.now().getTime(), company.time_zone);
	if (payload && payload.timestamp !== undefined) body.timestamp = payload.timestamp;
	const rawBody = JSON.stringify(body);
	const signature = signPayload(company.signing_key, rawBody);
	const headers = { 'Content-Type': 'application/json', Signature: signature, 'User-Agent': 'CallRail-Webhooks (sandbox)' };
	const deliveries = [];
	for (const url of urls) {
		if (!isLoopback(url)) {
			deliveries.push({ url, status: 0, body: 'not delivered: the sandbox only calls loopback addresses', signature, rawBody });
			continue;
		}
		deliveries.push({ url, ...(await post(url, rawBody, headers)), signature, rawBody });
	}
	return deliveries;
}

module.exports = { signPayload, isLoopback, fireWebhook, WEBHOOK_EVENTS };
