'use strict';
const http = require('node:http');
const { DateTime } = require('luxon');
const { signPayload } = require('./util');
const { presentCall } = require('./calls');

const CALL_EVENTS = ['pre_call_webhook', 'answered_call_webhook', 'post_call_webhook', 'updated_call_webhook', 'post_outbound_call_webhook', 'updated_outbound_call_webhook'];
const WEBHOOK_EVENTS = [...CALL_EVENTS, 'sms_received_webhook', 'sms_sent_webhook', 'form_captured_webhook'];
const ALL_CALL_FIELDS = ['company_id', 'company_name', 'company_time_zone', 'created_at', 'device_type', 'first_call', 'formatted_call_type', 'formatted_customer_location', 'formatted_business_phone_number', 'formatted_customer_name', 'prior_calls', 'formatted_customer_name_or_phone_number', 'formatted_customer_phone_number', 'formatted_duration', 'formatted_tracking_phone_number', 'formatted_tracking_source', 'formatted_value', 'lead_status', 'note', 'source_name', 'tags', 'total_calls', 'value', 'tracker_id', 'keywords', 'medium', 'referring_url', 'landing_page_url', 'utm_source', 'utm_medium', 'utm_campaign', 'gclid', 'call_type', 'transcription', 'agent_email'];

function isLoopback(url) {
	const { hostname } = new URL(url);
	return hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

function callPayload(sb, event, companyId, resourceId) {
	const outbound = event.includes('outbound');
	const call = resourceId
		? sb.store.calls.find((c) => c.id === resourceId)
		: sb.store.calls.find((c) => c.company_id === companyId && (c.direction === 'outbound') === outbound);
	if (!call) throw new Error(`No call to build a ${event} payload from`);
	const payload = presentCall(call, ALL_CALL_FIELDS);
	if (event === 'pre_call_webhook') Object.assign(payload, { answered: false, call_type: 'missed', duration: 0, voicemail: false, recording: null, recording_player: null });
	const company = sb.store.companies.find((c) => c.id === call.company_id);
	Object.assign(payload, {
		resource_id: call.id,
		tracker_resource_id: call.tracker_id,
		person_resource_id: call.person_id,
		company_resource_id: company.id,
		company_id: company.id,
	});
	if (event.startsWith('updated_')) payload.changes = call._changes && call._changes.length ? call._changes : ['tags'];
	return payload;
}

function textPayload(sb, event, companyId) {
	const conv = sb.store.conversations.find((c) => c.company_id === companyId);
	const direction = event === 'sms_received_webhook' ? 'incoming' : 'outgoing';
	const message = [...conv.messages].reverse().find((m) => m.direction === direction) || conv.messages[conv.messages.length - 1];
	const customer = conv.customer_phone_number.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '$1-$2-$3');
	const tracking = conv.current_tracking_number.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '$1-$2-$3');
	const payload = {
		resource_id: message.id, source_number: direction === 'incoming' ? customer : tracking, destination_number: direction === 'incoming' ? tracking : customer,
		content: message.content, message_type: message.message_type, media_urls: message.media_urls, lead_status: null,
		thread_resource_id: conv.id, conversation_id: conv.id, company_resource_id: companyId, person_resource_id: null,
	};
	if (event === 'sms_sent_webhook') payload.agent = 'Front Desk';
	return payload;
}

function formPayload(sb, companyId) {
	const form = sb.store.formSubmissions.find((f) => f.company_id === companyId);
	return {
		resource_id: form.id, company_resource_id: companyId, company_id: companyId, person_resource_id: form.person_id, form_data: form.form_data,
		form_url: form.form_url, landing_page_url: form.landing_page_url, referrer: form.referrer, referring_url: form.referring_url,
		submitted_at: form.submitted_at, first_form: form.first_form, source: form.source, keywords: form.keywords, campaign: form.campaign,
		medium: form.medium, utm_source: form.utm_source, utm_medium: form.utm_medium, utm_campaign: form.utm_campaign,
	};
}

function post(url, rawBody, headers) {
	return new Promise((resolve) => {
		const request = http.request(url, { method: 'POST', headers: { ...headers, 'Content-Length': Buffer.byteLength(rawBody) } }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
		});
		request.on('error', (error) => resolve({ status: 0, body: String(error.message) }));
		request.setTimeout(10000, () => request.destroy(new Error('timeout')));
		request.end(rawBody);
	});
}

/**
 * Builds the event's payload, serialises it once, signs those exact bytes with the company's signing key and POSTs
 * them to every URL of that event in the company's active Webhooks integration. Like CallRail, it never retries.
 */
async function fireWebhook(sb, { companyId, event, payload, resourceId }) {
	if (!WEBHOOK_EVENTS.includes(event)) throw new Error(`Unknown webhook event ${event}`);
	const company = sb.store.companies.find((c) => c.id === companyId);
	if (!company) throw new Error(`Unknown company ${companyId}`);
	const integration = sb.store.integrations.find((i) => i.company_id === companyId && i.type === 'Webhooks' && i.state === 'active');
	const urls = integration ? integration.config[event] || [] : [];
	const body = payload || (CALL_EVENTS.includes(event) ? callPayload(sb, event, companyId, resourceId) : event === 'form_captured_webhook' ? formPayload(sb, companyId) : textPayload(sb, event, companyId));
	if (body.timestamp === undefined) body.timestamp = DateTime.fromJSDate(sb.clock.now()).setZone('America/New_York').toISO();
	const rawBody = JSON.stringify(body);
	const signature = signPayload(company.signing_key, rawBody);
	const deliveries = [];
	for (const url of urls) {
		if (!isLoopback(url)) {
			deliveries.push({ url, status: 0, body: 'not delivered: the sandbox only calls loopback addresses', signature, rawBody });
			continue;
		}
		const result = await post(url, rawBody, { 'Content-Type': 'application/json', Signature: signature, 'User-Agent': 'CallRail-Sandbox-Webhooks' });
		deliveries.push({ url, ...result, signature, rawBody });
	}
	return deliveries;
}

module.exports = { fireWebhook, WEBHOOK_EVENTS };
