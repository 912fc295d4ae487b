'use strict';
const { maskedId } = require('../lib/rng');
const { FIRST_NAMES, LAST_NAMES, CITIES, SOURCES, KEYWORDS, phone, formatPhone, isoWithOffset } = require('./data');

const DAY_MS = 86400000;
/** Seeded calls stay inside 25 months minus two days, so `all_time` always sees all of them whatever the zone. */
const SPAN_MS = (25 * 30 - 2) * DAY_MS;

/** A stable small number per id (a source tracker always reports the same source). */
const hashes = new Map();
function hashCode(s) {
	let h = hashes.get(s);
	if (h === undefined) {
		h = 0;
		for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 2147483647;
		if (hashes.size > 10000) hashes.clear();
		hashes.set(s, h);
	}
	return h;
}

const formatDuration = (s) => `${Math.floor(s / 60) ? `${Math.floor(s / 60)}m ` : ''}${s % 60}s`;

/** One call as CallRail describes it (every optional field present; the handlers choose what to show). */
function makeCall(store, account, company, tracker, startMs, rng, tags, partial = {}, agents = []) {
	const zone = company.time_zone;
	const [city, state, area, zip] = rng.pick(CITIES);
	const direction = partial.direction || (rng.chance(0.12) ? 'outbound' : 'inbound');
	const answered = partial.answered ?? (direction === 'outbound' ? rng.chance(0.8) : rng.chance(0.72));
	const voicemail = partial.voicemail ?? (!answered && direction === 'inbound' && rng.chance(0.45));
	const duration = partial.duration ?? (answered ? rng.int(20, 900) : voicemail ? rng.int(8, 60) : rng.int(0, 12));
	const session = Boolean(tracker && tracker.type === 'session');
	const [sourceName, source, medium] = session ? rng.pick(SOURCES) : SOURCES[hashCode(tracker ? tracker.id : company.id) % SOURCES.length];
	const first = rng.chance(0.35);
	const leadRoll = rng.next();
	const customerName = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
	const customerNumber = phone(rng, area);
	const callTags = rng.chance(0.3) && tags.length ? [rng.pick(tags).name] : [];
	const id = maskedId(rng, 'CAL');
	const startIso = isoWithOffset(startMs, zone);
	const recorded = answered || voicemail;
	const trackingNumber = tracker ? tracker.tracking_numbers[0] : null;
	const businessNumber = tracker ? tracker.destination_number : null;
	const paid = source.endsWith('_paid');
	const callType = direction === 'outbound' ? 'outbound' : voicemail ? 'voicemail' : answered ? 'answered' : 'missed';
	const note = rng.chance(0.08) ? rng.pick(['Asked about weekend hours', 'Wants a quote', 'Call back after 5pm', 'Existing patient, billing question']) : null;
	const value = rng.chance(0.1) ? `${rng.int(50, 900)}.00` : null;
	const agent = answered && agents.length ? agents[rng.int(0, agents.length - 1)] : null;
	const call = {
		id,
		account_id: account.id,
		answered,
		business_phone_number: businessNumber,
		customer_city: city,
		customer_country: state === 'ON' ? 'CA' : 'US',
		customer_name: customerName,
		customer_phone_number: customerNumber,
		customer_state: state,
		direction,
		duration,
		recording: recorded ? `https://api.callrail.com/v3/a/${account.id}/calls/${id}/recording.json` : null,
		recording_duration: recorded ? String(Math.max(1, duration - 3)) : null,
		recording_player: recorded ? `https://app.callrail.com/calls/${id}/recording?access_key=${rng.hex(20)}` : null,
		start_time: startIso,
		tracking_phone_number: trackingNumber,
		voicemail,
		agent_email: agent ? agent.email : null,
		call_highlights: [],
		call_summary: null,
		call_type: callType,
		campaign: tracker ? tracker.campaign_name : null,
		company_id: company.id,
		company_name: company.name,
		company_time_zone: company.time_zone,
		created_at: startIso,
		custom: null,
		device_type: rng.chance(0.6) ? 'mobile' : 'desktop',
		fbclid: source === 'facebook' ? `IwAR${rng.hex(20)}` : null,
		first_call: first,
		formatted_call_type: callType[0].toUpperCase() + callType.slice(1),
		formatted_customer_location: `${city}, ${state}`,
		formatted_business_phone_number: formatPhone(businessNumber),
		formatted_customer_name: customerName,
		formatted_customer_name_or_phone_number: customerName,
		formatted_customer_phone_number: formatPhone(customerNumber),
		formatted_duration: formatDuration(duration),
		formatted_tracking_phone_number: formatPhone(trackingNumber),
		formatted_tracking_source: sourceName,
		formatted_value: value ? `$${value}` : '--',
		ga: null,
		gclid: source === 'google_paid' ? `Cj0K${rng.hex(16)}` : null,
		good_lead_call_id: null,
		good_lead_call_time: null,
		keypad_entries: null,
		keywords: source.startsWith('google') || source.startsWith('bing') ? KEYWORDS[parseInt(id.slice(3, 5), 16) % KEYWORDS.length] : null,
		keywords_spotted: null,
		landing_page_url: source === 'direct' ? null : 'https://www.example.com/',
		last_requested_url: session ? 'https://www.example.com/contact' : null,
		lead_status: leadRoll < 0.3 ? 'good_lead' : leadRoll < 0.45 ? 'not_a_lead' : null,
		medium,
		milestones: null,
		msclkid: source === 'bing_paid' ? rng.hex(32) : null,
		note,
		person_id: null,
		prior_calls: first ? 0 : rng.int(1, 6),
		referrer_domain: source === 'direct' ? null : source.startsWith('bing') ? 'bing.com' : source === 'facebook' ? 'facebook.com' : 'google.com',
		referring_url: null,
		sentiment: null,
		session_uuid: session ? rng.hex(32) : null,
		source,
		source_name: sourceName,
		speaker_percent: null,
		tags: callTags.map((name) => ({ name })),
		timeline_url: `https://app.callrail.com/calls/${id}/timeline`,
		total_calls: 0,
		tracker_id: tracker ? tracker.id : null,
		transcription: null,
		utm_campaign: paid ? `${city} campaign` : null,
		utm_content: null,
		utm_medium: medium,
		utm_source: source.split('_')[0],
		utm_term: null,
		value,
		voice_assist_message: null,
		waveforms: null,
		zip_code: [zip],
		lead_score: null,
		lead_explanation: null,
		conversational_transcript: null,
		integration_data: [],
		agent_id: agent ? agent.id : null,
		_startMs: startMs,
		_seq: ++store.seq.call,
		_updatedMs: startMs,
		_session: session,
		_changes: [],
	};
	if (Object.keys(partial).length) {
		Object.assign(call, partial);
		call._startMs = Date.parse(call.start_time);
		call._updatedMs = call._startMs;
	}
	call.total_calls = call.prior_calls + 1;
	return call;
}

/** Calls are kept newest first (start time, then arrival), CallRail's default order, so lists need no sort. */
const callOrder = (a, b) => b._startMs - a._startMs || b._seq - a._seq;

function insertCalls(store, calls) {
	if (calls.length === 1) {
		const [call] = calls;
		let lo = 0;
		let hi = store.calls.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (callOrder(store.calls[mid], call) < 0) lo = mid + 1;
			else hi = mid;
		}
		store.calls.splice(lo, 0, call);
		return;
	}
	for (const call of calls) store.calls.push(call);
	store.calls.sort(callOrder);
}

/** Adds `count` calls to an account's companies, spread over 25 months and weighted towards recent days. */
function seedCalls(store, account, companies, count, nowMs, rng, opts = {}) {
	const trackersByCompany = new Map(companies.map((c) => [c.id, store.trackers.filter((t) => t.company.id === c.id && t.status === 'active')]));
	const tagsByCompany = new Map(companies.map((c) => [c.id, store.tags.filter((t) => t.account_id === account.id && (t.company_id === c.id || t.tag_level === 'account'))]));
	const agents = store.users.filter((u) => u.account_ids.includes(account.id) && u.role !== 'reporting');
	const offsetMs = (opts.startOffsetDays || 0) * DAY_MS;
	const created = [];
	for (let i = 0; i < count; i++) {
		const company = opts.company || companies[i % companies.length];
		const trackers = trackersByCompany.get(company.id) || [];
		const tracker = trackers.length ? trackers[i % trackers.length] : null;
		const ago = Math.floor(rng.next() ** 2.2 * SPAN_MS) + offsetMs + 60000;
		created.push(makeCall(store, account, company, tracker, nowMs - ago, rng, tagsByCompany.get(company.id) || [], {}, agents));
	}
	insertCalls(store, created);
	return created;
}

module.exports = { makeCall, seedCalls, insertCalls, callOrder, formatDuration };
