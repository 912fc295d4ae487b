'use strict';
const { createRng, maskedId } = require('../lib/rng');
const { FIRST_NAMES, LAST_NAMES, CITIES, SOURCES, TAG_COLORS, TAG_NAMES, phone, formatPhone, isoWithOffset } = require('./data');
const { seedCalls } = require('./calls');

const DAY_MS = 86400000;
const MONTH_MS = 30 * DAY_MS;
const NY = 'America/New_York';

/**
 * The seeded world: an agency with three accounts. Everything derives from `seed` and `now`, so the same pair
 * always gives the same ids and data. The primary account (first) carries most of the data.
 */
function seedStore(seed, now) {
	const rng = createRng(seed);
	const nowMs = now.getTime();
	const ago = (ms, zone = NY) => isoWithOffset(nowMs - ms, zone);
	const store = {
		accounts: [], companies: [], trackers: [], users: [], tags: [], calls: [], formSubmissions: [], conversations: [],
		smsThreads: [], integrations: [], integrationTriggers: [], notifications: [], callerIds: [], summaryEmails: [],
		messageFlows: [], leads: [],
		seq: { call: 0, tag: 1000, integration: 500, integrationTrigger: 700, notification: 900, callerId: 300 },
		rng,
	};
	const accountSpecs = [
		{ name: 'Peachtree Dental Group', companies: ['Peachtree Midtown', 'Peachtree Uptown', 'Peachtree Lakeside'], zones: [NY, 'America/Denver', 'EST'], calls: 6000, forms: 400, texts: 150, users: 6 },
		{ name: 'Summit Home Services', companies: ['Summit Plumbing', 'Summit HVAC'], zones: ['America/Los_Angeles', 'America/Chicago'], calls: 300, forms: 40, texts: 15, users: 2 },
		{ name: 'Harbor Legal Partners', companies: ['Harbor Legal'], zones: ['America/Toronto'], calls: 200, forms: 30, texts: 10, users: 2 },
	];
	accountSpecs.forEach((spec, accountIndex) => {
		const account = {
			id: maskedId(rng, 'ACC'),
			numeric_id: 227799611 + accountIndex * 104729,
			name: spec.name,
			outbound_recording_enabled: accountIndex !== 2,
			inbound_recording_enabled: true,
			hipaa_account: accountIndex === 2,
			created_at: ago((40 - accountIndex) * MONTH_MS),
		};
		store.accounts.push(account);
		const companies = spec.companies.map((name, c) => seedCompany(store, rng, account, name, spec.zones[c], c, ago));
		for (const company of companies) seedTrackers(store, rng, company, companies.indexOf(company), ago);
		seedTags(store, companies, account, ago);
		seedUsers(store, rng, account, companies, spec, accountIndex, ago);
		seedCalls(store, account, companies, spec.calls, nowMs, rng);
		seedForms(store, rng, account, companies, spec.forms, nowMs);
		seedTexts(store, rng, account, companies, spec.texts, nowMs);
		seedLeads(store, rng, account);
	});
	seedPrimaryExtras(store, rng, ago);
	seedLongConversation(store, rng);
	return store;
}

/** Messages in the long seeded conversation: more than two pages of SMS Thread › Get (at most 100 a page). */
const LONG_CONVERSATION_MESSAGES = 260;

/**
 * One conversation of the primary account's first company (its third newest, so the lists' first records stay
 * short) gets older messages until it holds 260: its latest messages, recent_messages and list order do not change.
 * Seeded last, so every other seeded id stays the same.
 */
function seedLongConversation(store, rng) {
	const primary = store.accounts[0];
	const company = store.companies.find((c) => c.account_id === primary.id);
	const conv = store.conversations.filter((c) => c.company_id === company.id && c.state === 'active')[2];
	const firstMs = Date.parse(conv.messages[0].created_at);
	const older = [];
	const count = LONG_CONVERSATION_MESSAGES - conv.messages.length;
	for (let m = 0; m < count; m++) {
		const incoming = m % 2 === 0;
		older.push({
			id: maskedId(rng, 'SCI'),
			direction: incoming ? 'incoming' : 'outgoing',
			content: incoming ? `Question ${m / 2 + 1} about my treatment plan` : `Answer ${(m + 1) / 2}: happy to help.`,
			created_at: isoWithOffset(firstMs - (count - m) * 11 * 60000, company.time_zone),
			type: 'sms', message_type: 'sms', status: incoming ? null : 'sent', media_urls: [], error: null,
		});
	}
	// The conversation and its sms-thread view share one message array.
	conv.messages.unshift(...older);
	store.longConversationId = conv.id;
}

function seedCompany(store, rng, account, name, zone, c, ago) {
	const company = {
		id: maskedId(rng, 'COM'),
		account_id: account.id,
		name,
		status: 'active',
		time_zone: zone,
		created_at: ago((30 - c) * MONTH_MS),
		disabled_at: null,
		dni_active: true,
		script_url: `//cdn.callrail.com/companies/${rng.int(100000000, 999999999)}/${rng.hex(20)}/12/swap.js`,
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
	store.companies.push(company);
	return company;
}

function seedTrackers(store, rng, company, c, ago) {
	for (let t = 0; t < 4; t++) {
		const session = t === 3;
		const [city, , area] = CITIES[(c + t) % CITIES.length];
		const numbers = session ? [0, 1, 2, 3].map(() => phone(rng, area)) : [phone(rng, area)];
		const destination = phone(rng, area);
		store.trackers.push({
			id: maskedId(rng, 'TRK'),
			name: session ? `Website Pool ${city}` : `${SOURCES[t][0]} ${city}`,
			type: session ? 'session' : 'source',
			status: 'active',
			destination_number: destination,
			tracking_numbers: numbers,
			whisper_message: session ? null : 'Call from [source]',
			sms_enabled: t !== 2,
			sms_supported: true,
			company: { id: company.id, name: company.name },
			call_flow: { type: 'basic', recording_enabled: true, destination_number: destination, greeting_text: t === 0 ? 'This call may be recorded.' : null, greeting_recording_url: null },
			source: session
				? { type: 'direct', google: ['paid', 'organic'], bing: ['paid'], yahoo: [], landing: [], referrer: [], inverted: false }
				: t === 0 ? { type: 'search', search_engine: 'google', search_type: 'paid' } : t === 1 ? { type: 'direct' } : { type: 'offline' },
			campaign_name: session ? null : `${city} campaign`,
			swap_targets: session ? [phone(rng, area)] : [],
			message_flow: null,
			created_at: ago(26 * MONTH_MS + t * DAY_MS, company.time_zone),
			disabled_at: null,
		});
	}
}

function seedTags(store, companies, account, ago) {
	companies.forEach((company, c) => {
		for (let g = 0; g < 3; g++) {
			const color = TAG_COLORS[(c * 5 + g * 3) % TAG_COLORS.length];
			store.tags.push({
				id: ++store.seq.tag, name: TAG_NAMES[(c * 3 + g) % TAG_NAMES.length], tag_level: 'company', color, background_color: color,
				company_id: company.id, account_id: account.id, status: g === 2 && c === 1 ? 'disabled' : 'enabled', created_at: ago(20 * MONTH_MS + g * DAY_MS),
			});
		}
	});
	['Lead', 'Customer', 'Do Not Call'].forEach((name, g) => {
		store.tags.push({
			id: ++store.seq.tag, name, tag_level: 'account', color: TAG_COLORS[g * 7], background_color: TAG_COLORS[g * 7],
			company_id: null, account_id: account.id, status: 'enabled', created_at: ago(22 * MONTH_MS),
		});
	});
}

/** Roles alternate; non-admins see all but the last company, so the manager key has a partial view. */
function seedUsers(store, rng, account, companies, spec, accountIndex, ago) {
	const roles = ['admin', 'manager', 'reporting', 'manager', 'admin', 'reporting'];
	const zones = [NY, 'America/Chicago', NY, 'America/Denver', NY, 'America/Los_Angeles'];
	const domain = spec.name.split(' ')[0].toLowerCase();
	for (let u = 0; u < spec.users; u++) {
		const first = FIRST_NAMES[(accountIndex * 6 + u) % FIRST_NAMES.length];
		const last = LAST_NAMES[(accountIndex * 5 + u) % LAST_NAMES.length];
		const scoped = roles[u] !== 'admin';
		store.users.push({
			id: maskedId(rng, 'USR'),
			account_ids: [account.id],
			email: `${first}.${last}@${domain}.example`.toLowerCase(),
			first_name: first,
			last_name: last,
			name: `${first} ${last}`,
			role: roles[u],
			accepted: u !== 5,
			time_zone: zones[u],
			created_at: ago((24 - u) * MONTH_MS),
			company_ids: scoped ? companies.slice(0, Math.max(1, companies.length - 1)).map((co) => co.id) : null,
		});
	}
}

function seedForms(store, rng, account, companies, count, nowMs) {
	for (let i = 0; i < count; i++) {
		const company = companies[i % companies.length];
		const [sourceName, source, medium] = rng.pick(SOURCES);
		const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
		const number = phone(rng, rng.pick(CITIES)[2]);
		const submitted = isoWithOffset(nowMs - Math.floor(rng.next() ** 2 * (25 * 30 - 2) * DAY_MS) - 300000, company.time_zone);
		const email = `${name.split(' ')[0].toLowerCase()}${rng.int(1, 99)}@mail.example`;
		store.formSubmissions.push({
			// Like the reference's first sample, some submissions have no lead yet (person_id "anonymous").
			id: maskedId(rng, 'FOR'), account_id: account.id, company_id: company.id, person_id: ((id) => (store.formSubmissions.length % 5 === 4 ? 'anonymous' : id))(maskedId(rng, 'PER')),
			form_data: { name, phone: number, email, message: rng.pick(['Please call me back about an appointment.', 'Do you have availability this week?', 'Requesting a quote.']) },
			form_url: rng.chance(0.7) ? 'https://www.example.com/contact' : 'https://www.example.com/book',
			landing_page_url: 'https://www.example.com/', referrer: source === 'direct' ? 'direct' : source.split('_')[0],
			referring_url: source === 'direct' ? null : 'https://www.google.com/', submitted_at: submitted, first_form: rng.chance(0.6),
			customer_phone_number: number, customer_name: name, customer_email: email,
			formatted_customer_phone_number: formatPhone(number), formatted_customer_name: name, source: sourceName,
			keywords: null, campaign: null, medium, company_name: company.name, lead_status: rng.chance(0.3) ? 'good_lead' : rng.chance(0.1) ? 'not_a_lead' : null,
			value: null, note: null, tags: [], utm_source: source.split('_')[0], utm_medium: medium, utm_campaign: null,
			form_name: rng.chance(0.7) ? 'Contact us' : 'Book an appointment', timeline_url: null, milestones: null,
		});
	}
	store.formSubmissions.sort((a, b) => Date.parse(b.submitted_at) - Date.parse(a.submitted_at));
}

/** A text conversation and its sms-thread view share the id and the message list. */
function seedTexts(store, rng, account, companies, count, nowMs) {
	for (let i = 0; i < count; i++) {
		const company = companies[i % companies.length];
		const tracker = store.trackers.find((t) => t.company.id === company.id && t.sms_enabled);
		const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
		const number = phone(rng, rng.pick(CITIES)[2]);
		const lastMs = nowMs - Math.floor(rng.next() ** 2 * (25 * 30 - 2) * DAY_MS) - 180000;
		const messages = [];
		const total = rng.int(1, 6);
		for (let m = 0; m < total; m++) {
			const incoming = m % 2 === 0;
			messages.push({
				id: maskedId(rng, 'SCI'),
				direction: incoming ? 'incoming' : 'outgoing',
				content: incoming ? ['Hi, are you open Saturday?', 'Can I book for next week?', 'Thanks!'][m % 3] : 'Yes, we can help. What time works?',
				created_at: isoWithOffset(lastMs - (total - m - 1) * 7 * 60000, company.time_zone),
				type: 'sms', message_type: 'sms', status: incoming ? null : 'sent', media_urls: [], error: null,
			});
		}
		const id = rng.alnum(5);
		const trackingNumber = tracker.tracking_numbers[0];
		const base = {
			company_id: company.id, initial_tracker_id: tracker.id, current_tracker_id: tracker.id, customer_name: name,
			customer_phone_number: number, initial_tracking_number: trackingNumber, current_tracking_number: trackingNumber,
			last_message_at: messages[messages.length - 1].created_at, state: i % 9 === 8 ? 'archived' : 'active', company_time_zone: company.time_zone,
			formatted_customer_phone_number: formatPhone(number), formatted_customer_name: name,
			formatted_initial_tracking_number: formatPhone(trackingNumber), formatted_current_tracking_number: formatPhone(trackingNumber),
		};
		store.conversations.push({ id, account_id: account.id, ...base, lead_status: null, source: rng.pick(SOURCES)[0], messages });
		store.smsThreads.push({ id, account_id: account.id, ...base, notes: null, tags: [], value: null, lead_qualification: null, messages });
	}
	const byLast = (a, b) => Date.parse(b.last_message_at) - Date.parse(a.last_message_at);
	store.conversations.sort(byLast);
	store.smsThreads.sort(byLast);
}

/** People behind the most recent calls: one lead per distinct caller, linked through person_id. */
function seedLeads(store, rng, account) {
	const recent = store.calls.filter((c) => c.account_id === account.id).slice(0, 80);
	for (const call of recent) {
		let lead = store.leads.find((l) => l.account_id === account.id && l.phone === call.customer_phone_number);
		if (!lead) {
			lead = {
				id: maskedId(rng, 'PER'), account_id: account.id, name: call.customer_name, phone: call.customer_phone_number,
				email: rng.chance(0.4) ? `${call.customer_name.split(' ')[0].toLowerCase()}@mail.example` : null,
				created_at: call.start_time, company_id: call.company_id, company_name: call.company_name,
			};
			store.leads.push(lead);
		}
		call.person_id = lead.id;
	}
	store.leads.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
}

function seedPrimaryExtras(store, rng, ago) {
	const primary = store.accounts[0];
	const companies = store.companies.filter((c) => c.account_id === primary.id);
	const users = store.users.filter((u) => u.account_ids.includes(primary.id));
	const trackers = store.trackers.filter((t) => t.company.id === companies[0].id);
	// A Webhooks integration someone else (a Zapier zap) already uses: clients must merge into it, not replace it.
	store.integrations.push({
		id: ++store.seq.integration, company_id: companies[0].id, account_id: primary.id, type: 'Webhooks', state: 'active',
		config: { post_call_webhook: ['https://hooks.example.com/zap/123'], sms_received_webhook: ['https://hooks.example.com/zap/124'] },
	});
	store.integrations.push({
		id: ++store.seq.integration, company_id: companies[0].id, account_id: primary.id, type: 'Custom', state: 'active',
		config: { grab_cookies: ['_ga', 'hubspotutk'] },
	});
	store.integrationTriggers.push({
		id: ++store.seq.integrationTrigger, account_id: primary.id, company_id: companies[0].id, integration_id: null,
		type: 'All (Default Integration Trigger)', tracker_ids: [], call_type: null, min_duration: null, max_duration: null, lead_status: null,
	});
	store.integrationTriggers.push({
		id: ++store.seq.integrationTrigger, account_id: primary.id, company_id: companies[0].id, integration_id: store.integrations[0].id,
		type: 'Webhooks', tracker_ids: [trackers[0].id], call_type: 'first_call', min_duration: 30, max_duration: null, lead_status: null,
	});
	for (let n = 0; n < 4; n++) {
		const user = users[n];
		const company = companies[n % companies.length];
		store.notifications.push({
			id: ++store.seq.notification, account_id: primary.id, user_id: user.id, email: user.email, agent_id: null, agent_name: null,
			alert_type: ['all', 'first_call', 'missed_and_vm', 'vm_only'][n], call_enabled: true, sms_enabled: n % 2 === 0,
			company_id: company.id, company_name: company.name, name: user.name, send_desktop: n === 0, send_email: true, send_push: n === 1,
			tracker_id: n === 3 ? trackers[0].id : null, tracker_name: n === 3 ? trackers[0].name : null,
		});
	}
	for (let n = 0; n < 3; n++) {
		const callerId = {
			id: ++store.seq.callerId, account_id: primary.id, company_id: companies[n % companies.length].id,
			phone_number: phone(rng, '404'), name: `Front desk ${n + 1}`, verified: n !== 2,
			created_at: ago((90 - n) * DAY_MS), validation_code: n === 2 ? String(rng.int(100000, 999999)) : null,
		};
		store.callerIds.push(callerId);
		if (callerId.verified) store.companies.find((c) => c.id === callerId.company_id).verified_caller_ids.push(callerId.phone_number);
	}
	for (let n = 0; n < 3; n++) {
		const user = users[n];
		const company = n === 2 ? null : companies[n];
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
			id: maskedId(rng, 'MFL'), account_id: primary.id, company_id: companies[n].id, name: ['After hours reply', 'New lead welcome'][n],
			initial_step_id: stepA,
			steps: [
				{ id: stepA, type: 'schedule', initial_step: true, next_step_id: null, branches: [{ times: [{ day: 'weekdays', start_time: '0900', end_time: '1700' }], next_step_id: stepB }] },
				{ id: stepB, type: 'sms_response', initial_step: false, next_step_id: null, message: 'Thanks for texting! We will reply shortly.', first_text: false },
			],
			created_at: ago((60 + n) * DAY_MS),
		});
	}
}

module.exports = { seedStore };
