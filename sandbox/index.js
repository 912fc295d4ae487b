'use strict';
/**
 * A simulator of the CallRail API v3 on 127.0.0.1, built from the API reference. CallRail has no sandbox and
 * every real write costs money or reaches real people, so tests, the demo and the benchmarks run against this.
 */
const { createClock } = require('./lib/clock');
const { createRateLimiter, DEFAULT_LIMITS } = require('./lib/rate-limit');
const { createFaults } = require('./lib/faults');
const { compileRoutes } = require('./lib/router');
const { createServer } = require('./lib/server');
const { signPayload, fireWebhook, formEncode, isLoopback, WEBHOOK_EVENTS } = require('./lib/webhooks');
const { seedStore } = require('./seed');
const { seedCalls, makeCall, insertCalls } = require('./seed/calls');
const { phone, formatPhone, isoWithOffset } = require('./seed/data');
const { maskedId } = require('./lib/rng');
const handlers = require('./handlers');
const { presentCall } = require('./handlers/calls');
const { touch } = require('./handlers/texts');
const { createMedia, pngBytes, GIF_BYTES, JPEG_BYTES } = require('./lib/media');

const ROUTES = compileRoutes(handlers.routes);

/** The four API keys are four users of the primary account; the agency admin also sees the other two accounts. */
function createIdentity(store) {
	const { rng } = store;
	const primary = store.accounts[0];
	const users = store.users.filter((u) => u.account_ids.includes(primary.id));
	const usersByName = {};
	const asKey = (name, user, extra = {}) => {
		usersByName[name] = { ...user, ...extra, key: rng.hex(32) };
	};
	asKey('agencyAdmin', users[0], { account_ids: store.accounts.map((a) => a.id), role: 'admin', company_ids: null });
	asKey('manager', users[1]);
	asKey('reporting', users[2]);
	asKey('singleAccount', users[4], { role: 'admin', company_ids: null });
	const keys = {
		agencyAdmin: usersByName.agencyAdmin.key,
		singleAccount: usersByName.singleAccount.key,
		manager: usersByName.manager.key,
		reporting: usersByName.reporting.key,
		maton: `maton_${rng.hex(40)}`,
	};
	// Listed oldest first: the gateway's default connection is the oldest one.
	const matonConnections = { agencyAdmin: `conn_${rng.hex(16)}`, singleAccount: `conn_${rng.hex(16)}` };
	return {
		keys,
		matonConnections,
		identity: {
			usersByName,
			usersByKey: new Map(Object.values(usersByName).map((u) => [u.key, u])),
			matonKey: keys.maton,
			connectionNames: new Map(Object.entries(matonConnections).map(([name, id]) => [id, name])),
			defaultConnection: 'agencyAdmin',
		},
	};
}

function buildIds(store) {
	const companiesOf = (accountId) => store.companies.filter((c) => c.account_id === accountId).map((c) => c.id);
	return {
		accounts: store.accounts.map((a) => a.id),
		singleAccount: store.accounts[0].id,
		companies: Object.fromEntries(store.accounts.map((a) => [a.id, companiesOf(a.id)])),
		trackers: Object.fromEntries(store.companies.map((c) => [c.id, store.trackers.filter((t) => t.company.id === c.id).map((t) => t.id)])),
		users: Object.fromEntries(store.accounts.map((a) => [a.id, store.users.filter((u) => u.account_ids.includes(a.id)).map((u) => u.id)])),
		longConversation: store.longConversationId,
	};
}

async function startSandbox(options = {}) {
	const seed = options.seed ?? 42;
	const start = options.now !== undefined ? new Date(options.now) : new Date();
	if (Number.isNaN(start.getTime())) throw new Error(`startSandbox: invalid now ${options.now}`);
	const store = seedStore(seed, start);
	const { keys, matonConnections, identity } = createIdentity(store);
	const clock = createClock(start, options.clock === 'manual' ? 'manual' : 'real');

	const sb = {
		url: '',
		matonUrl: '',
		keys,
		matonConnections,
		ids: buildIds(store),
		store,
		requests: [],
		clock,
		rateLimit: createRateLimiter(clock, options.rateLimit === false ? false : { ...DEFAULT_LIMITS, ...(options.rateLimit || {}) }),
		faults: createFaults(),
		// Test hooks: run before each API request is handled (e.g. add calls between two pages), and whether
		// relative pagination's next_page carries the sandbox's keyset cursor or, as CallRail documents, only offset.
		beforeRequest: null,
		relativeCursor: true,
	};
	sb.clearRequests = () => {
		sb.requests.splice(0);
	};
	sb.media = createMedia(sb);
	const account = (accountId) => {
		const found = store.accounts.find((a) => a.id === accountId);
		if (!found) throw new Error(`Unknown account ${accountId}`);
		return found;
	};
	const companiesOf = (accountId) => store.companies.filter((c) => c.account_id === accountId);
	const companyIn = (accountId, companyId) => {
		const company = companyId ? companiesOf(accountId).find((c) => c.id === companyId) : companiesOf(accountId)[0];
		if (!company) throw new Error(`Unknown company ${companyId} in account ${accountId}`);
		return company;
	};

	sb.seedCalls = (accountId, count, opts = {}) => {
		const acc = account(accountId);
		const company = opts.companyId ? companyIn(accountId, opts.companyId) : undefined;
		return seedCalls(store, acc, companiesOf(accountId), count, clock.now().getTime(), store.rng, { company, startOffsetDays: opts.startOffsetDays || 0 }).map((c) => c.id);
	};

	sb.addCall = (accountId, partial = {}) => {
		const acc = account(accountId);
		const { companyId, trackerId, start_time: startTime, ...rest } = partial;
		const company = companyIn(accountId, companyId);
		const tracker = trackerId
			? store.trackers.find((t) => t.id === trackerId && t.company.id === company.id)
			: store.trackers.find((t) => t.company.id === company.id && t.status === 'active');
		if (trackerId && !tracker) throw new Error(`Unknown tracker ${trackerId} in company ${company.id}`);
		const startMs = startTime ? Date.parse(startTime) : clock.now().getTime();
		if (Number.isNaN(startMs)) throw new Error(`addCall: invalid start_time ${startTime}`);
		const tags = store.tags.filter((t) => t.account_id === acc.id && (t.company_id === company.id || t.tag_level === 'account'));
		const agents = store.users.filter((u) => u.account_ids.includes(acc.id) && u.role !== 'reporting');
		const call = makeCall(store, acc, company, tracker, startMs, store.rng, tags, rest, agents);
		insertCalls(store, [call]);
		return presentCall(call, ['company_id', 'tracker_id', 'person_id', 'tags', 'lead_status', 'value', 'note', 'call_type', 'created_at']);
	};

	/** A later change to a call (tags, note, recording arriving…): bumps updated time and records what changed. */
	sb.updateCall = (callId, patch = {}) => {
		const call = store.calls.find((c) => c.id === callId);
		if (!call) throw new Error(`Unknown call ${callId}`);
		const next = { ...patch };
		if (next.tags) next.tags = next.tags.map((t) => (typeof t === 'string' ? { name: t } : t));
		Object.assign(call, next);
		if (next.start_time) call._startMs = Date.parse(next.start_time);
		call._updatedMs = clock.now().getTime();
		call._changes = Object.keys(patch);
		return presentCall(call, ['company_id', 'tracker_id', 'person_id', 'tags', 'lead_status', 'value', 'note', 'call_type', 'created_at']);
	};

	sb.addFormSubmission = (accountId, partial = {}) => {
		account(accountId);
		const company = companyIn(accountId, partial.company_id);
		const name = partial.customer_name || 'Jamie Rivera';
		const number = partial.customer_phone_number || phone(store.rng, '404');
		const form = {
			id: maskedId(store.rng, 'FOR'), account_id: accountId, company_id: company.id, person_id: maskedId(store.rng, 'PER'),
			form_data: { name, phone: number, message: 'New enquiry' }, form_url: 'https://www.example.com/contact',
			landing_page_url: 'https://www.example.com/', referrer: 'direct', referring_url: null,
			submitted_at: isoWithOffset(clock.now().getTime(), company.time_zone), first_form: true,
			customer_phone_number: number, customer_name: name, customer_email: null, formatted_customer_phone_number: formatPhone(number),
			formatted_customer_name: name, source: 'Direct', keywords: null, campaign: null, medium: 'direct', company_name: company.name,
			lead_status: null, value: null, note: null, tags: [], utm_source: null, utm_medium: null, utm_campaign: null, form_name: 'Contact us',
			timeline_url: null, milestones: null, ...partial,
		};
		store.formSubmissions.unshift(form);
		return form;
	};

	/** An incoming (default) or outgoing text in an existing conversation (partial.conversation_id) or the account's latest one. */
	sb.addTextMessage = (accountId, partial = {}) => {
		account(accountId);
		const conv = partial.conversation_id
			? store.conversations.find((c) => c.id === partial.conversation_id && c.account_id === accountId)
			: store.conversations.find((c) => c.account_id === accountId && (!partial.company_id || c.company_id === partial.company_id));
		if (!conv) throw new Error(`addTextMessage: no conversation in ${accountId}`);
		const company = store.companies.find((c) => c.id === conv.company_id);
		const mms = Array.isArray(partial.media_urls) && partial.media_urls.length > 0;
		const message = {
			id: maskedId(store.rng, 'SCI'), direction: partial.direction || 'incoming', content: partial.content || 'Is anyone available today?',
			created_at: isoWithOffset(clock.now().getTime(), company.time_zone), type: mms ? 'mms' : 'sms', message_type: mms ? 'mms' : 'sms',
			status: partial.direction === 'outgoing' ? 'sent' : null, media_urls: partial.media_urls || [], error: null,
		};
		conv.messages.push(message);
		touch(sb, conv, message.created_at);
		return { conversation: conv, message };
	};

	/**
	 * The account's Conversation Intelligence plan for the Premium fields (transcription, conversational_transcript,
	 * call_summary, sentiment): 'premium' (seeded), 'none' (answered null, as the reference documents) or 'refuse'
	 * (a 403 naming the field; a test hook for a refusal the reference does not describe).
	 */
	sb.setConversationIntelligence = (accountId, plan) => {
		if (!['premium', 'none', 'refuse'].includes(plan)) throw new Error(`setConversationIntelligence: unknown plan ${plan}`);
		account(accountId).conversation_intelligence = plan;
	};

	sb.fireWebhook = (args) => fireWebhook(sb, args);

	const http = createServer(sb, { identity, routes: ROUTES, handlers, onError: options.onError });
	const port = await http.listen(options.port ?? 0);
	sb.url = `http://127.0.0.1:${port}`;
	sb.matonUrl = `${sb.url}/callrail`;
	await sb.media.listen();
	sb.close = async () => {
		await Promise.all([http.close(), sb.media.close()]);
	};
	return sb;
}

module.exports = { startSandbox, signPayload, formEncode, isLoopback, WEBHOOK_EVENTS, DEFAULT_LIMITS, pngBytes, GIF_BYTES, JPEG_BYTES };
