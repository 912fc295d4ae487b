'use strict';
const { DateTime } = require('luxon');
const { createRng, maskedId } = require('./util');

const FIRST_NAMES = ['Ava', 'Liam', 'Mia', 'Noah', 'Emma', 'Lucas', 'Zoe', 'Ethan', 'Ivy', 'Owen', 'Ruby', 'Caleb', 'Nora', 'Eli', 'Jade'];
const LAST_NAMES = ['Carter', 'Nguyen', 'Patel', 'Garcia', 'Kim', 'Brooks', 'Reyes', 'Foster', 'Hayes', 'Price', 'Ward', 'Ortiz'];
const CITIES = [['Atlanta', 'GA', '404'], ['Denver', 'CO', '303'], ['Austin', 'TX', '512'], ['Portland', 'OR', '503'], ['Chicago', 'IL', '312'], ['Toronto', 'ON', '416']];
const SOURCES = [
	['Google Paid', 'google_paid', 'cpc'], ['Google Organic', 'google_organic', 'organic'], ['Bing Paid', 'bing_paid', 'cpc'],
	['Facebook', 'facebook', 'social'], ['Direct', 'direct', 'direct'], ['Yelp', 'yelp', 'referral'], ['Google My Business', 'google_my_business', 'organic'],
];
const TAG_COLORS = ['gray1', 'gray2', 'blue1', 'blue2', 'cyan1', 'cyan2', 'purple1', 'purple2', 'pink1', 'pink2', 'pink3', 'pink4', 'red1', 'red2', 'orange1', 'orange2', 'orange3', 'orange4', 'yellow1', 'yellow2', 'green1', 'green2', 'green3', 'green4'];
const TAG_NAMES = ['New Patient', 'Existing Customer', 'Quote Requested', 'Booked', 'Spam Caller', 'Follow Up', 'Wrong Number', 'VIP', 'Price Shopper', 'Emergency', 'Warranty', 'Referral'];

const phone = (rng, area) => `+1${area || rng.int(201, 989)}${rng.int(200, 999)}${String(rng.int(0, 9999)).padStart(4, '0')}`;

/**
 * The seeded world. Everything is derived from `seed` and `now`, so the same pair always gives the same ids and data.
 */
function seedStore(seed, now) {
	const rng = createRng(seed);
	const store = {
		accounts: [], companies: [], trackers: [], users: [], tags: [], calls: [], formSubmissions: [], conversations: [],
		smsThreads: [], integrations: [], integrationTriggers: [], notifications: [], callerIds: [], summaryEmails: [],
		messageFlows: [], leads: [], pageViews: {}, seq: { tag: 1000, integration: 500, integrationTrigger: 700, notification: 900, callerId: 300, numeric: 0 },
		rng,
	};
	const nowDt = DateTime.fromJSDate(now);
	const iso = (dt, zone) => dt.setZone(zone).toISO({ suppressMilliseconds: false });

	const accountSpecs = [
		{ name: 'Peachtree Dental Group', companies: 3, calls: 6000 },
		{ name: 'Summit Home Services', companies: 2, calls: 300 },
		{ name: 'Harbor Legal Partners', companies: 1, calls: 200 },
	];
	const zones = ['America/New_York', 'America/Denver', 'EST', 'America/Los_Angeles', 'America/Chicago', 'America/Toronto'];
	let zoneIndex = 0;

	accountSpecs.forEach((spec, accountIndex) => {
		const account = {
			id: maskedId(rng, 'ACC'),
			numeric_id: 227799611 + accountIndex * 1111,
			name: spec.name,
			outbound_recording_enabled: accountIndex !== 2,
			inbound_recording_enabled: true,
			hipaa_account: accountIndex === 2,
			created_at: iso(nowDt.minus({ months: 40 - accountIndex }), 'America/New_York'),
		};
		store.accounts.push(account);
		const companies = [];
		for (let c = 0; c < spec.companies; c++) {
			const zone = zones[zoneIndex++ % zones.length];
			const company = {
				id: maskedId(rng, 'COM'),
				account_id: account.id,
				name: `${spec.name.split(' ')[0]} ${['Midtown', 'Uptown', 'Lakeside'][c]}`,
				status: 'active',
				time_zone: zone,
				created_at: iso(nowDt.minus({ months: 30 - c }), 'America/New_York'),
				disabled_at: null,
				dni_active: true,
				script_url: `//cdn.callrail.test/companies/${rng.int(100000000, 999999999)}/${rng.hex(20)}/12/swap.js`,
				callscore_enabled: false,
				lead_scoring_enabled: true,
				swap_exclude_jquery: null,
				swap_ppc_override: null,
				swap_landing_override: null,
				swap_cookie_duration: 6,
				swap_cookie_duration_unit: 'months',
				callscribe_enabled: c === 0,
				keyword_spotting_enabled: false,
				form_capture: true,
				external_form_capture: false,
				signing_key: rng.hex(32),
				verified_caller_ids: [],
			};
			companies.push(company);
			store.companies.push(company);
			for (let t = 0; t < 4; t++) {
				const session = t === 3;
				const [city, , area] = CITIES[(c + t) % CITIES.length];
				const numbers = session ? [phone(rng, area), phone(rng, area), phone(rng, area), phone(rng, area)] : [phone(rng, area)];
				store.trackers.push({
					id: maskedId(rng, 'TRK'),
					name: session ? `Website Pool ${city}` : `${SOURCES[t][0]} ${city}`,
					type: session ? 'session' : 'source',
					status: 'active',
					destination_number: phone(rng, area),
					tracking_numbers: numbers,
					whisper_message: session ? null : `Call from [source]`,
					sms_enabled: t !== 2,
					sms_supported: true,
					company: { id: company.id, name: company.name },
					call_flow: { type: 'basic', recording_enabled: true, destination_number: phone(rng, area), greeting_text: t === 0 ? 'This call may be recorded.' : null, greeting_recording_url: null },
					source: session ? { type: 'all' } : { type: t === 0 ? 'search' : t === 1 ? 'direct' : 'offline', ...(t === 0 ? { search_engine: 'google', search_type: 'paid' } : {}) },
					campaign_name: session ? null : `${city} campaign`,
					swap_targets: session ? [phone(rng, area)] : [],
					message_flow: null,
					created_at: iso(nowDt.minus({ months: 26, days: t }), company.time_zone === 'EST' ? 'America/New_York' : company.time_zone),
					disabled_at: null,
				});
			}
			for (let g = 0; g < 3; g++) {
				store.tags.push({
					id: ++store.seq.tag,
					name: TAG_NAMES[(c * 3 + g) % TAG_NAMES.length],
					tag_level: 'company',
					color: TAG_COLORS[(c * 5 + g * 3) % TAG_COLORS.length],
					background_color: TAG_COLORS[(c * 5 + g * 3) % TAG_COLORS.length],
					company_id: company.id,
					account_id: account.id,
					status: g === 2 && c === 1 ? 'disabled' : 'enabled',
					created_at: iso(nowDt.minus({ months: 20, days: g }), 'America/New_York'),
				});
			}
		}
		for (let g = 0; g < 3; g++) {
			store.tags.push({
				id: ++store.seq.tag,
				name: ['Lead', 'Customer', 'Do Not Call'][g],
				tag_level: 'account',
				color: TAG_COLORS[g * 7],
				background_color: TAG_COLORS[g * 7],
				company_id: null,
				account_id: account.id,
				status: 'enabled',
				created_at: iso(nowDt.minus({ months: 22 }), 'America/New_York'),
			});
		}
		const roles = ['admin', 'manager', 'reporting', 'manager', 'admin', 'reporting'];
		for (let u = 0; u < (accountIndex === 0 ? 6 : 2); u++) {
			const first = FIRST_NAMES[(accountIndex * 6 + u) % FIRST_NAMES.length];
			const last = LAST_NAMES[(accountIndex * 5 + u) % LAST_NAMES.length];
			const scoped = roles[u] !== 'admin';
			store.users.push({
				id: maskedId(rng, 'USR'),
				account_ids: [account.id],
				email: `${first}.${last}@${spec.name.split(' ')[0].toLowerCase()}.example`.toLowerCase(),
				first_name: first,
				last_name: last,
				name: `${first} ${last}`,
				role: roles[u],
				accepted: u !== 5,
				time_zone: 'America/New_York',
				created_at: iso(nowDt.minus({ months: 24 - u }), 'America/New_York'),
				company_ids: scoped ? companies.slice(0, Math.max(1, companies.length - 1)).map((co) => co.id) : null,
			});
		}
		seedCalls(store, account, companies, spec.calls, nowDt, rng, { startOffsetDays: 0 });
		seedForms(store, account, companies, accountIndex === 0 ? 400 : 40, nowDt, rng);
		seedTexts(store, account, companies, accountIndex === 0 ? 150 : 15, nowDt, rng);
	});

	const primary = store.accounts[0];
	const primaryCompanies = store.companies.filter((c) => c.account_id === primary.id);
	store.integrations.push({
		id: ++store.seq.integration,
		company_id: primaryCompanies[0].id,
		account_id: primary.id,
		type: 'Webhooks',
		state: 'active',
		config: { post_call_webhook: ['https://hooks.example.com/zap/123'], sms_received_webhook: ['https://hooks.example.com/zap/124'] },
	});
	store.integrations.push({
		id: ++store.seq.integration,
		company_id: primaryCompanies[0].id,
		account_id: primary.id,
		type: 'Custom',
		state: 'active',
		config: { grab_cookies: ['_ga', 'hubspotutk'] },
	});
	store.integrationTriggers.push({
		id: ++store.seq.integrationTrigger, account_id: primary.id, company_id: primaryCompanies[0].id, integration_id: null,
		type: 'All (Default Integration Trigger)', tracker_ids: [], call_type: null, min_duration: null, max_duration: null, lead_status: null,
	});
	const primaryUsers = store.users.filter((u) => u.account_ids.includes(primary.id));
	const primaryTrackers = store.trackers.filter((t) => primaryCompanies.some((c) => c.id === t.company.id));
	for (let n = 0; n < 4; n++) {
		const user = primaryUsers[n];
		const company = primaryCompanies[n % primaryCompanies.length];
		store.notifications.push({
			id: ++store.seq.notification, account_id: primary.id, user_id: user.id, email: user.email, agent_id: null, agent_name: null,
			alert_type: ['all', 'first_call', 'missed_and_vm', 'vm_only'][n], call_enabled: true, sms_enabled: n % 2 === 0,
			company_id: company.id, company_name: company.name, name: user.name, send_desktop: n === 0, send_email: true, send_push: false,
			tracker_id: n === 3 ? primaryTrackers[0].id : null, tracker_name: n === 3 ? primaryTrackers[0].name : null,
		});
	}
	for (let n = 0; n < 3; n++) {
		store.callerIds.push({
			id: ++store.seq.callerId, account_id: primary.id, company_id: primaryCompanies[n % primaryCompanies.length].id,
			phone_number: phone(rng, '404'), name: `Front desk ${n + 1}`, verified: n !== 2,
			created_at: iso(nowDt.minus({ days: 90 - n }), 'America/New_York'), validation_code: n === 2 ? String(rng.int(100000, 999999)) : null,
		});
	}
	for (let n = 0; n < 3; n++) {
		const user = primaryUsers[n];
		const company = n === 2 ? null : primaryCompanies[n];
		store.summaryEmails.push({
			id: maskedId(rng, 'CSS'), account_id: primary.id, user_id: user.id,
			scope: company ? { id: company.id, type: 'Company', name: company.name } : { id: primary.id, type: 'Account', name: primary.name },
			frequency: [['daily'], ['weekly'], ['weekly', 'monthly']][n],
			config: { summary_statistics: true, top_sources: n !== 1, top_keywords: n === 2, call_log: n === 0 },
			filters: { lead_status: ['All', 'Lead', 'Not Scored'][n] },
			user: { id: user.id, name: user.name, email: user.email },
			email: user.email,
		});
	}
	for (let n = 0; n < 2; n++) {
		const stepA = maskedId(rng, 'MFS');
		const stepB = maskedId(rng, 'MFS');
		store.messageFlows.push({
			id: maskedId(rng, 'MFL'), account_id: primary.id, company_id: primaryCompanies[n].id, name: ['After hours reply', 'New lead welcome'][n],
			initial_step_id: stepA,
			steps: [
				{ id: stepA, type: 'schedule', initial_step: true, next_step_id: null, branches: [{ times: [{ day: 'weekdays', start_time: '0900', end_time: '1700' }], next_step_id: stepB }] },
				{ id: stepB, type: 'sms_response', initial_step: false, next_step_id: null, message: 'Thanks for texting! We will reply shortly.', first_text: false },
			],
			created_at: iso(nowDt.minus({ days: 60 + n }), 'America/New_York'),
		});
	}
	return store;
}

const callZone = (company) => (company.time_zone === 'EST' ? 'America/New_York' : company.time_zone);

/** Adds `count` calls to an account, spread over 25 months and weighted towards recent days. */
function seedCalls(store, account, companies, count, nowDt, rng, opts = {}) {
	const trackersByCompany = new Map(companies.map((c) => [c.id, store.trackers.filter((t) => t.company.id === c.id)]));
	const tagsByCompany = new Map(companies.map((c) => [c.id, store.tags.filter((t) => t.company_id === c.id || (t.tag_level === 'account' && t.account_id === account.id))]));
	const maxMinutes = 25 * 30 * 24 * 60 - 60 * 24 * 2;
	const created = [];
	for (let i = 0; i < count; i++) {
		const company = opts.company || companies[i % companies.length];
		const trackers = trackersByCompany.get(company.id) || [];
		const tracker = trackers[i % Math.max(1, trackers.length)];
		const skew = rng.next() ** 2.2;
		const minutesAgo = Math.floor(skew * maxMinutes) + (opts.startOffsetDays || 0) * 1440 + 1;
		const start = nowDt.minus({ minutes: minutesAgo, seconds: rng.int(0, 59) });
		created.push(makeCall(store, account, company, tracker, start, rng, tagsByCompany.get(company.id) || []));
	}
	insertCalls(store, created);
	return created;
}

function makeCall(store, account, company, tracker, start, rng, tags, partial = {}) {
	const zone = callZone(company);
	const [city, state, area] = rng.pick(CITIES);
	const direction = rng.chance(0.12) ? 'outbound' : 'inbound';
	const answered = direction === 'outbound' ? rng.chance(0.8) : rng.chance(0.72);
	const voicemail = !answered && direction === 'inbound' && rng.chance(0.45);
	const duration = answered ? rng.int(20, 900) : voicemail ? rng.int(8, 60) : rng.int(0, 12);
	const [sourceName, source, medium] = tracker && tracker.type === 'session' ? rng.pick(SOURCES) : SOURCES[Math.abs(hashCode(tracker ? tracker.id : company.id)) % SOURCES.length];
	const first = rng.chance(0.35);
	const leadRoll = rng.next();
	const customerName = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
	const customerNumber = phone(rng, area);
	const callTags = rng.chance(0.3) && tags.length ? [rng.pick(tags).name] : [];
	const id = maskedId(rng, 'CAL');
	const startIso = start.setZone(zone).toISO();
	const call = {
		id,
		account_id: account.id,
		answered,
		business_phone_number: tracker ? tracker.destination_number : null,
		customer_city: city,
		customer_country: state === 'ON' ? 'CA' : 'US',
		customer_name: customerName,
		customer_phone_number: customerNumber,
		customer_state: state,
		direction,
		duration,
		recording: answered || voicemail ? `https://api.callrail.com/v3/a/${account.id}/calls/${id}/recording.json` : null,
		recording_duration: answered || voicemail ? String(Math.max(1, duration - 3)) : null,
		recording_player: answered || voicemail ? `https://app.callrail.com/calls/${id}/recording?access_key=${rng.hex(20)}` : null,
		start_time: startIso,
		tracking_phone_number: tracker ? tracker.tracking_numbers[0] : null,
		voicemail,
		agent_email: answered ? `frontdesk@${account.name.split(' ')[0].toLowerCase()}.example` : null,
		call_highlights: [],
		call_summary: null,
		call_type: direction === 'outbound' ? 'outbound' : voicemail ? 'voicemail' : answered ? 'answered' : 'missed',
		campaign: tracker ? tracker.campaign_name : null,
		company_id: company.id,
		company_name: company.name,
		company_time_zone: company.time_zone,
		created_at: startIso,
		custom: null,
		device_type: rng.chance(0.6) ? 'mobile' : 'desktop',
		fbclid: null,
		first_call: first,
		formatted_call_type: direction === 'outbound' ? 'Outbound' : voicemail ? 'Voicemail' : answered ? 'Answered' : 'Missed',
		formatted_customer_location: `${city}, ${state}`,
		formatted_business_phone_number: formatPhone(tracker ? tracker.destination_number : null),
		formatted_customer_name: customerName,
		formatted_customer_name_or_phone_number: customerName,
		formatted_customer_phone_number: formatPhone(customerNumber),
		formatted_duration: `${Math.floor(duration / 60) ? `${Math.floor(duration / 60)}m ` : ''}${duration % 60}s`,
		formatted_tracking_phone_number: formatPhone(tracker ? tracker.tracking_numbers[0] : null),
		formatted_tracking_source: sourceName,
		formatted_value: '--',
		ga: null,
		gclid: source === 'google_paid' ? `Cj0K${rng.hex(16)}` : null,
		good_lead_call_id: null,
		good_lead_call_time: null,
		keypad_entries: null,
		keywords: source.includes('google') ? 'dentist near me' : null,
		keywords_spotted: null,
		landing_page_url: source === 'direct' ? null : 'https://www.example.com/',
		last_requested_url: null,
		lead_status: leadRoll < 0.3 ? 'good_lead' : leadRoll < 0.45 ? 'not_a_lead' : null,
		medium,
		milestones: null,
		msclkid: null,
		note: null,
		person_id: null,
		prior_calls: first ? 0 : rng.int(1, 6),
		referrer_domain: source === 'direct' ? null : 'google.com',
		referring_url: null,
		sentiment: null,
		session_uuid: tracker && tracker.type === 'session' ? rng.hex(32) : null,
		source,
		source_name: sourceName,
		speaker_percent: null,
		tags: callTags.map((name) => ({ name })),
		timeline_url: `https://app.callrail.com/calls/${id}/timeline`,
		total_calls: 1,
		tracker_id: tracker ? tracker.id : null,
		transcription: null,
		utm_campaign: null, utm_content: null, utm_medium: medium, utm_source: source.split('_')[0], utm_term: null,
		value: null,
		voice_assist_message: null,
		waveforms: null,
		zip_code: [],
		lead_score: null,
		lead_explanation: null,
		conversational_transcript: null,
		integration_data: [],
		...partial,
	};
	call.total_calls = call.prior_calls + 1;
	call._startMs = Date.parse(call.start_time);
	call._seq = ++store.seq.numeric;
	call._updatedMs = call._startMs;
	call._session = tracker && tracker.type === 'session';
	return call;
}

function hashCode(s) {
	let h = 0;
	for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
	return h;
}

function formatPhone(e164) {
	if (!e164) return null;
	const d = e164.replace(/^\+1/, '');
	return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
}

/** Calls are kept newest first (start time, then insertion), as CallRail lists them by default. */
function insertCalls(store, calls) {
	store.calls.push(...calls);
	store.calls.sort((a, b) => b._startMs - a._startMs || b._seq - a._seq);
}

function seedForms(store, account, companies, count, nowDt, rng) {
	for (let i = 0; i < count; i++) {
		const company = companies[i % companies.length];
		const [sourceName, , medium] = rng.pick(SOURCES);
		const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
		const number = phone(rng, rng.pick(CITIES)[2]);
		const submitted = nowDt.minus({ minutes: Math.floor(rng.next() ** 2 * 25 * 30 * 1440) + 5 }).setZone(callZone(company));
		const email = `${name.split(' ')[0].toLowerCase()}${rng.int(1, 99)}@mail.example`;
		store.formSubmissions.push({
			id: maskedId(rng, 'FOR'), account_id: account.id, company_id: company.id, person_id: maskedId(rng, 'PER'),
			form_data: { name, phone: number, email, message: 'Please call me back about an appointment.' },
			form_url: 'https://www.example.com/contact', landing_page_url: 'https://www.example.com/', referrer: 'google',
			referring_url: 'https://www.google.com/', submitted_at: submitted.toISO(), first_form: rng.chance(0.6),
			customer_phone_number: number, customer_name: name, customer_email: email,
			formatted_customer_phone_number: formatPhone(number), formatted_customer_name: name, source: sourceName,
			keywords: null, campaign: null, medium, company_name: company.name, lead_status: rng.chance(0.3) ? 'good_lead' : null,
			value: null, note: null, tags: [], utm_source: null, utm_medium: medium, utm_campaign: null, form_name: 'Contact us',
			timeline_url: null, milestones: null,
		});
	}
	store.formSubmissions.sort((a, b) => Date.parse(b.submitted_at) - Date.parse(a.submitted_at));
}

function seedTexts(store, account, companies, count, nowDt, rng) {
	for (let i = 0; i < count; i++) {
		const company = companies[i % companies.length];
		const tracker = store.trackers.find((t) => t.company.id === company.id && t.sms_enabled);
		const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
		const number = phone(rng, rng.pick(CITIES)[2]);
		const last = nowDt.minus({ minutes: Math.floor(rng.next() ** 2 * 25 * 30 * 1440) + 3 });
		const zone = callZone(company);
		const messages = [];
		const total = rng.int(1, 6);
		for (let m = 0; m < total; m++) {
			const incoming = m % 2 === 0;
			messages.push({
				id: maskedId(rng, 'SCI'),
				direction: incoming ? 'incoming' : 'outgoing',
				content: incoming ? ['Hi, are you open Saturday?', 'Can I book for next week?', 'Thanks!'][m % 3] : 'Yes, we can help. What time works?',
				created_at: last.minus({ minutes: (total - m - 1) * 7 }).setZone(zone).toISO(),
				type: 'sms', message_type: 'sms', status: incoming ? null : 'sent', media_urls: [],
			});
		}
		const threadId = rng.hex(5).replace(/[0-9]/g, (d) => 'KZaGRcrpLH'[Number(d)]);
		const base = {
			company_id: company.id, initial_tracker_id: tracker.id, current_tracker_id: tracker.id, customer_name: name,
			customer_phone_number: number, initial_tracking_number: tracker.tracking_numbers[0], current_tracking_number: tracker.tracking_numbers[0],
			last_message_at: messages[messages.length - 1].created_at, state: 'active', company_time_zone: company.time_zone,
			formatted_customer_phone_number: formatPhone(number), formatted_customer_name: name,
			formatted_initial_tracking_number: formatPhone(tracker.tracking_numbers[0]), formatted_current_tracking_number: formatPhone(tracker.tracking_numbers[0]),
		};
		store.conversations.push({ id: threadId, account_id: account.id, ...base, lead_status: null, source: 'Google Organic', messages });
		store.smsThreads.push({ id: threadId, account_id: account.id, ...base, notes: null, tags: [], value: null, lead_qualification: null, messages });
	}
	const byLast = (a, b) => Date.parse(b.last_message_at) - Date.parse(a.last_message_at);
	store.conversations.sort(byLast);
	store.smsThreads.sort(byLast);
	for (const call of store.calls.filter((c) => c.account_id === account.id).slice(0, 60)) {
		const lead = {
			id: maskedId(rng, 'PER'), account_id: account.id, name: call.customer_name, phone: call.customer_phone_number,
			email: null, created_at: call.start_time, company_id: call.company_id, company_name: call.company_name,
		};
		call.person_id = lead.id;
		store.leads.push(lead);
	}
}

module.exports = { seedStore, seedCalls, makeCall, insertCalls, callZone, formatPhone, TAG_COLORS, phone };
