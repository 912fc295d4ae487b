import type { Json } from '../../sandbox';
import { ALL_KEPT, ALL_KEPT_DATE, useSandbox } from './helpers';

const env = useSandbox();
const { api, path } = env;

const ms = (iso: string) => Date.parse(iso);
/** Calls of the primary account with from <= start <= to (epoch ms), optionally narrowed. */
const between = (from: number, to: number, filter: (c: Json) => boolean = () => true) =>
	env.storeCalls().filter((c: Json) => c._startMs >= from && c._startMs <= to && filter(c));
const total = async (query: string, key?: string) => {
	const reply = await api('GET', path(`calls.json?${query}`), { key });
	expect(reply.status).toBe(200);
	return reply.body.total_records as number;
};

describe('date filters and time zones', () => {
	it('treats start_date/end_date as whole days, inclusive, in the requested time zone', async () => {
		const la = between(ms('2026-11-18T08:00:00Z'), ms('2026-11-20T07:59:59.999Z'));
		expect(la.length).toBeGreaterThan(0);
		const reply = await api('GET', path('calls.json?start_date=2026-11-18&end_date=2026-11-19&time_zone=America/Los_Angeles&per_page=250'));
		expect(reply.body.total_records).toBe(la.length);
		expect(reply.body.calls.every((c: Json) => c.start_time.endsWith('-08:00'))).toBe(true);
		const ny = between(ms('2026-11-18T05:00:00Z'), ms('2026-11-20T04:59:59.999Z'));
		expect(await total('start_date=2026-11-18&end_date=2026-11-19&time_zone=America/New_York')).toBe(ny.length);
		expect(ny.length).not.toBe(la.length);
	});

	it('accepts datetimes (an end without seconds covers its minute)', async () => {
		const expected = between(ms('2026-11-20T14:00:00Z'), ms('2026-11-20T18:30:59.999Z'));
		expect(await total('start_date=2026-11-20T14:00&end_date=2026-11-20T18:30&time_zone=Etc/UTC')).toBe(expected.length);
	});

	it('defaults to the key user’s time zone (the manager works in Chicago) and to the recent range', async () => {
		// 00:30 in New York but still yesterday in Chicago: only the right default zone leaves it out of "today".
		env.sb.addCall(env.primary(), { companyId: env.companies()[0], start_time: '2026-11-22T05:30:00Z' });
		expect(await total('date_range=today')).toBe(between(ms('2026-11-22T05:00:00Z'), ms('2026-11-23T04:59:59.999Z')).length);
		const chicagoToday = between(ms('2026-11-22T06:00:00Z'), ms('2026-11-23T05:59:59.999Z'), (c) => c.company_id !== env.companies()[2]);
		expect(await total('date_range=today', env.sb.keys.manager)).toBe(chicagoToday.length);
		const recentNy = between(ms('2026-11-16T05:00:00Z'), ms('2026-11-23T04:59:59.999Z'));
		expect(await total('')).toBe(recentNy.length);
		expect(await total('date_range=recent')).toBe(recentNy.length);
	});

	it.each([
		['today', '2026-11-22T05:00:00Z', '2026-11-23T04:59:59.999Z'],
		['yesterday', '2026-11-21T05:00:00Z', '2026-11-22T04:59:59.999Z'],
		['last_7_days', '2026-11-15T05:00:00Z', '2026-11-22T04:59:59.999Z'],
		['last_30_days', '2026-10-23T04:00:00Z', '2026-11-22T04:59:59.999Z'],
		['this_month', '2026-11-01T04:00:00Z', '2026-11-23T04:59:59.999Z'],
		['last_month', '2026-10-01T04:00:00Z', '2026-11-01T03:59:59.999Z'],
		['this_year', '2026-01-01T05:00:00Z', '2026-11-23T04:59:59.999Z'],
		['last_year', '2025-01-01T05:00:00Z', '2026-01-01T04:59:59.999Z'],
	])('date_range=%s covers the documented days in New York', async (range, from, to) => {
		const expected = between(ms(from), ms(to));
		expect(expected.length).toBeGreaterThan(0);
		expect(await total(`date_range=${range}&time_zone=America/New_York`)).toBe(expected.length);
	});

	it('refuses a start before the 25-month retention and date_range=all_time, as the reference says', async () => {
		const old = await api('GET', path('calls.json?start_date=2024-09-01'));
		expect(old.status).toBe(400);
		expect(old.body.error).toMatch(/25 months/);
		for (const endpoint of ['calls.json', 'calls/summary.json', 'form_submissions.json', 'text-messages.json']) {
			const allTime = await api('GET', path(`${endpoint}?date_range=all_time`));
			expect([endpoint, allTime.status]).toEqual([endpoint, 400]);
			expect(allTime.body.error).toMatch(/only kept for 25 months; all_time reaches past it/);
		}
		expect((await api('GET', path('calls.json?start_date=2024-11-01'))).status).toBe(200);
		expect(await total(ALL_KEPT)).toBe(env.storeCalls().length);
		expect((await api('GET', path('calls.json?date_range=forever'))).status).toBe(400);
		expect((await api('GET', path('calls.json?time_zone=Mars/Olympus'))).status).toBe(400);
		expect((await api('GET', path('calls.json?start_date=2026-11-20&end_date=2026-11-10'))).status).toBe(400);
	});
});

describe('call filters, search, sort and fields', () => {
	it('matches tags as OR, from tags[] or a plain tags value', async () => {
		const names = ['Lead', 'Do Not Call'];
		const either = env.storeCalls().filter((c: Json) => c.tags.some((t: Json) => names.includes(t.name))).length;
		const onlyLead = env.storeCalls().filter((c: Json) => c.tags.some((t: Json) => t.name === 'Lead')).length;
		expect(onlyLead).toBeGreaterThan(0);
		expect(either).toBeGreaterThan(onlyLead);
		expect(await total(`${ALL_KEPT}&tags[]=Lead&tags[]=Do%20Not%20Call`)).toBe(either);
		expect(await total(`${ALL_KEPT}&tags=Lead`)).toBe(onlyLead);
	});

	it.each([
		['direction=outbound', (c: Json) => c.direction === 'outbound'],
		['answer_status=voicemail', (c: Json) => c.voicemail],
		['answer_status=missed', (c: Json) => !c.answered && !c.voicemail],
		['call_type=first_call', (c: Json) => c.first_call],
		['device=mobile', (c: Json) => c.device_type === 'mobile'],
		['lead_status=not_scored', (c: Json) => !c.lead_status],
		['lead_status=good_lead', (c: Json) => c.lead_status === 'good_lead'],
	])('filters with %s', async (query, predicate) => {
		const expected = env.storeCalls().filter(predicate).length;
		expect(expected).toBeGreaterThan(0);
		expect(expected).toBeLessThan(env.storeCalls().length);
		expect(await total(`${ALL_KEPT}&${query}`)).toBe(expected);
	});

	it('filters by company and tracker', async () => {
		const company = env.companies()[1];
		const tracker = env.sb.ids.trackers[company][2];
		expect(await total(`${ALL_KEPT}&company_id=${company}`)).toBe(env.storeCalls().filter((c: Json) => c.company_id === company).length);
		expect(await total(`${ALL_KEPT}&tracker_id=${tracker}`)).toBe(env.storeCalls().filter((c: Json) => c.tracker_id === tracker).length);
	});

	it('searches the documented fields (name, numbers, note, source)', async () => {
		const target = env.storeCalls().find((c: Json) => c.note);
		const byNote = await api('GET', path(`calls.json?${ALL_KEPT}&per_page=250&search=${encodeURIComponent(target.note)}`));
		expect(byNote.body.calls.map((c: Json) => c.id)).toContain(target.id);
		const byNumber = await api('GET', path(`calls.json?${ALL_KEPT}&search=${encodeURIComponent(target.customer_phone_number)}`));
		expect(byNumber.body.calls.map((c: Json) => c.id)).toContain(target.id);
		expect(byNumber.body.total_records).toBeLessThan(5);
		expect(await total(`${ALL_KEPT}&search=zzzz-nothing`)).toBe(0);
	});

	it('adds requested optional fields and ignores names the endpoint does not know', async () => {
		const plain = await api('GET', path('calls.json?per_page=1'));
		expect(Object.keys(plain.body.calls[0]).sort()).toEqual(
			['answered', 'business_phone_number', 'customer_city', 'customer_country', 'customer_name', 'customer_phone_number', 'customer_state', 'direction', 'duration', 'id', 'recording', 'recording_duration', 'recording_player', 'start_time', 'tracking_phone_number', 'voicemail'].sort(),
		);
		const extra = await api('GET', path('calls.json?per_page=1&fields=tags,company_id,lead_status,source_name'));
		expect(extra.body.calls[0]).toEqual(expect.objectContaining({ tags: expect.any(Array), company_id: expect.stringMatching(/^COM/), source_name: expect.any(String) }));
		expect(extra.body.calls[0]).toHaveProperty('lead_status');
		// The reference states no refusal for other names (Field Selection): they are ignored.
		const unknown = await api('GET', path('calls.json?per_page=1&fields=tags,shoe_size'));
		expect(unknown.status).toBe(200);
		expect(unknown.body.calls[0]).toHaveProperty('tags');
		expect(unknown.body.calls[0]).not.toHaveProperty('shoe_size');
		const id = env.storeCalls()[0].id;
		expect((await api('GET', path(`calls/${id}.json?fields=conversational_transcript`))).body).toHaveProperty('conversational_transcript');
		const listed = await api('GET', path('calls.json?per_page=1&fields=conversational_transcript'));
		expect(listed.status).toBe(200);
		expect(listed.body.calls[0]).not.toHaveProperty('conversational_transcript');
	});

	it('answers Premium Conversation Intelligence fields by the account\'s plan', async () => {
		const account = env.sb.store.accounts[0];
		const call = env.storeCalls()[0];
		const saved = { transcription: call.transcription, call_summary: call.call_summary };
		Object.assign(call, { transcription: 'Caller: hello', call_summary: 'A short call.' });
		const url = path(`calls/${call.id}.json?fields=transcription,call_summary,source`);
		try {
			expect((await api('GET', url)).body).toMatchObject({ transcription: 'Caller: hello', call_summary: 'A short call.' });
			// "will return null for accounts that do not have API transcript access" (reference, Changelog May 21, 2026).
			env.sb.setConversationIntelligence(account.id, 'none');
			const none = await api('GET', url);
			expect(none.status).toBe(200);
			expect(none.body).toMatchObject({ transcription: null, call_summary: null, source: call.source });
			// The test hook for a refusal: 403 naming the field.
			env.sb.setConversationIntelligence(account.id, 'refuse');
			const refused = await api('GET', path('calls.json?fields=source,sentiment'));
			expect(refused.status).toBe(403);
			expect(refused.body.error).toMatch(/sentiment/);
			expect((await api('GET', path('calls.json?fields=source'))).status).toBe(200);
		} finally {
			env.sb.setConversationIntelligence(account.id, 'premium');
			Object.assign(call, saved);
		}
	});

	it('sorts by documented fields, needs sort for order, and refuses others', async () => {
		const asc = await api('GET', path(`calls.json?${ALL_KEPT}&sort=customer_name&order=asc&per_page=250`));
		const names = asc.body.calls.map((c: Json) => c.customer_name);
		expect(names).toEqual([...names].sort());
		const newestFirst = await api('GET', path(`calls.json?${ALL_KEPT}&per_page=5`));
		expect(newestFirst.body.calls.map((c: Json) => c.id)).toEqual(env.storeCalls().slice(0, 5).map((c: Json) => c.id));
		expect((await api('GET', path('calls.json?sort=shoe_size'))).status).toBe(400);
		expect((await api('GET', path('calls.json?order=asc'))).status).toBe(400);
	});
});

describe('summary and timeseries', () => {
	it('applies tracker_ids only in the array form, as CallRail does', async () => {
		const tracker = env.sb.ids.trackers[env.companies()[0]][0];
		const all = await api('GET', path(`calls/summary.json?${ALL_KEPT}`));
		const plain = await api('GET', path(`calls/summary.json?${ALL_KEPT}&tracker_ids=${tracker}`));
		const array = await api('GET', path(`calls/summary.json?${ALL_KEPT}&tracker_ids[]=${tracker}`));
		expect(all.body.total_results.total_calls).toBe(env.storeCalls().length);
		expect(plain.body.total_results.total_calls).toBe(all.body.total_results.total_calls);
		expect(array.body.total_results.total_calls).toBe(env.storeCalls().filter((c: Json) => c.tracker_id === tracker).length);
	});

	it('filters the summary by agent, first-time callers and duration, and searches the source only', async () => {
		const agent = env.storeCalls().find((c: Json) => c.agent_id).agent_id;
		const byAgent = await api('GET', path(`calls/summary.json?${ALL_KEPT}&agent=${agent}&first_time_callers=true&max_duration=300`));
		const expected = env.storeCalls().filter((c: Json) => c.agent_id === agent && c.first_call && c.duration < 300).length;
		expect(expected).toBeGreaterThan(0);
		expect(byAgent.body.total_results.total_calls).toBe(expected);
		const google = await api('GET', path(`calls/summary.json?${ALL_KEPT}&search=google`));
		expect(google.body.total_results.total_calls).toBe(env.storeCalls().filter((c: Json) => /google/i.test(c.source) || /google/i.test(c.source_name)).length);
	});

	it('groups and computes the requested fields', async () => {
		const reply = await api('GET', path(`calls/summary.json?${ALL_KEPT}&group_by=company&fields=total_calls,answered_calls,missed_calls,leads,average_duration,formatted_average_duration&min_duration=30`));
		expect(reply.status).toBe(200);
		expect(reply.body.grouped_by).toBe('company');
		const long = env.storeCalls().filter((c: Json) => c.duration > 30);
		expect(reply.body.total_results.total_calls).toBe(long.length);
		expect(reply.body.total_results.answered_calls + reply.body.total_results.missed_calls).toBe(long.length);
		expect(reply.body.grouped_results).toHaveLength(3);
		expect(reply.body.grouped_results.reduce((s: number, g: Json) => s + g.total_calls, 0)).toBe(long.length);
		expect(reply.body.total_results.formatted_average_duration).toMatch(/^\d+m \d+s$/);
		expect((await api('GET', path('calls/summary.json?group_by=weather'))).status).toBe(400);
		const unknown = await api('GET', path('calls/summary.json?fields=vibes'));
		expect(unknown.status).toBe(200);
		expect(Object.keys(unknown.body.total_results)).toEqual(['total_calls']);
	});

	it('answers at most 200 points per timeseries and buckets every call once', async () => {
		const month = await api('GET', path('calls/timeseries.json?date_range=last_month&interval=day&time_zone=America/New_York'));
		expect(month.status).toBe(200);
		expect(month.body.data).toHaveLength(31);
		expect(month.body.data[0].date).toBe('2026-10-01');
		expect(month.body.data.reduce((s: number, d: Json) => s + d.total_calls, 0)).toBe(month.body.total_results.total_calls);
		const weeks = await api('GET', path(`calls/timeseries.json?${ALL_KEPT}&interval=week`));
		expect(weeks.status).toBe(200);
		expect(weeks.body.data.length).toBeLessThanOrEqual(200);
		// "limited to 200 data points": the first 200, with end_date and total_results covering exactly those.
		const days = await api('GET', path(`calls/timeseries.json?${ALL_KEPT}&interval=day&time_zone=America/New_York`));
		expect(days.status).toBe(200);
		expect(days.body.data).toHaveLength(200);
		expect(days.body.data[0].date).toBe(ALL_KEPT_DATE);
		expect(days.body.end_date.slice(0, 10)).toBe(days.body.data[199].date);
		expect(days.body.data.reduce((s: number, d: Json) => s + d.total_calls, 0)).toBe(days.body.total_results.total_calls);
		expect((await api('GET', path('calls/timeseries.json?interval=fortnight'))).status).toBe(400);
	});

	it('splits a long range into requests of at most 200 points that meet without gap or overlap', async () => {
		const zone = 'time_zone=America/New_York';
		const series = async (query: string) => (await api('GET', path(`calls/timeseries.json?${query}&${zone}`))).body;
		const summary = async (query: string) => (await api('GET', path(`calls/summary.json?${query}&${zone}`))).body.total_results.total_calls;
		// 400 days by day: two requests, the second starting the day after the first one's 200th point.
		const first = await series('start_date=2025-06-01&end_date=2025-12-17&interval=day');
		const second = await series('start_date=2025-12-18&end_date=2026-07-05&interval=day');
		expect([first.data.length, second.data.length]).toEqual([200, 200]);
		const dates = [...first.data, ...second.data].map((d: Json) => d.date);
		expect(new Set(dates).size).toBe(400);
		expect(dates[199]).toBe('2025-12-17');
		expect(dates[200]).toBe('2025-12-18');
		const total = first.total_results.total_calls + second.total_results.total_calls;
		expect(total).toBeGreaterThan(0);
		expect(total).toBe(await summary('start_date=2025-06-01&end_date=2026-07-05'));
		// Weeks (Monday first) and months: a seam on an interval start repeats no label, and the counts add up.
		const weeksA = await series('start_date=2025-01-06&end_date=2025-06-29&interval=week');
		const weeksB = await series('start_date=2025-06-30&end_date=2025-12-28&interval=week');
		expect(weeksA.data.at(-1).date).toBe('2025-06-23');
		expect(weeksB.data[0].date).toBe('2025-06-30');
		expect(weeksA.total_results.total_calls + weeksB.total_results.total_calls).toBe(await summary('start_date=2025-01-06&end_date=2025-12-28'));
		const months = await series('start_date=2025-01-15&end_date=2026-03-10&interval=month');
		expect(months.data.map((d: Json) => d.date)).toEqual([
			'2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01', '2025-07-01', '2025-08-01',
			'2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01',
		]);
		// The partial first and last months count only the days inside the range.
		expect(months.total_results.total_calls).toBe(await summary('start_date=2025-01-15&end_date=2026-03-10'));
	});
});

describe('other lists', () => {
	it('takes time_zone on SMS thread lists and single calls', async () => {
		const call = env.storeCalls()[0];
		const chicago = await api('GET', path(`calls/${call.id}.json?time_zone=America/Chicago`));
		expect(chicago.body.start_time).toMatch(/-0[56]:00$/);
		expect((await api('GET', path('sms-threads.json?time_zone=America/Chicago&date_range=last_30_days'))).status).toBe(200);
		expect((await api('GET', path('sms-threads.json?time_zone=Mars/Olympus'))).status).toBe(400);
	});

	it('sorts users by created_at newest first (companies and trackers document a name sort only)', async () => {
		// Users: "Sorting is available for … email, created_at"; "Sorting is always either alphabetical, or reverse chronological".
		const users = await api('GET', path('users.json?sort=created_at'));
		const stamps = users.body.users.map((u: Json) => Date.parse(u.created_at));
		expect(stamps.length).toBeGreaterThan(1);
		expect(stamps).toEqual([...stamps].sort((a: number, b: number) => b - a));
	});

	it('has no single-record read for tags and notifications, as the reference documents none', async () => {
		const tag = env.sb.store.tags.find((t: Json) => t.account_id === env.primary());
		const notification = env.sb.store.notifications.find((n: Json) => n.account_id === env.primary());
		expect((await api('GET', path(`tags/${tag.id}.json`))).status).toBe(405);
		expect((await api('GET', path(`notifications/${notification.id}.json`))).status).toBe(405);
	});

	it('lists form submissions of every date when no date is asked, and the date range when one is', async () => {
		const kept = env.sb.store.formSubmissions.filter((f: Json) => f.account_id === env.primary()).length;
		const all = await api('GET', path('form_submissions.json?per_page=1'));
		expect(all.body.total_records).toBe(kept);
		const recent = await api('GET', path('form_submissions.json?per_page=1&date_range=recent'));
		expect(recent.body.total_records).toBeGreaterThan(0);
		expect(recent.body.total_records).toBeLessThan(kept);
	});

	it('requires company_id where the reference says so', async () => {
		for (const resource of ['integrations', 'caller_ids', 'integration_triggers']) {
			const reply = await api('GET', path(`${resource}.json`));
			expect([resource, reply.status]).toEqual([resource, 400]);
			expect(reply.body.error).toMatch(/company_id/);
			expect((await api('GET', path(`${resource}.json?company_id=${env.companies()[0]}`))).status).toBe(200);
		}
		// Message flows: company_id is "optional" in the reference's request table.
		const flows = await api('GET', path('message-flows.json'));
		expect(flows.status).toBe(200);
		expect(new Set(flows.body['message-flows'].map((f: Json) => env.sb.store.messageFlows.find((x: Json) => x.id === f.id).company_id)).size).toBeGreaterThan(1);
	});

	it('uses the documented envelopes', async () => {
		const company = env.companies()[0];
		const envelopes: Array<[string, string]> = [
			['companies.json', 'companies'], ['tags.json', 'tags'], ['trackers.json', 'trackers'], ['users.json', 'users'],
			[`form_submissions.json?${ALL_KEPT}`, 'form_submissions'], [`text-messages.json?${ALL_KEPT}`, 'conversations'],
			['sms-threads.json', 'sms_threads'], ['notifications.json', 'notifications'], ['summary_emails', 'summary_emails'],
			['leads.json', 'leads'], [`integration_triggers.json?company_id=${company}`, 'integration_criteria'],
			[`message-flows.json?company_id=${company}`, 'message-flows'], [`caller_ids.json?company_id=${company}`, 'caller_ids'],
		];
		for (const [resource, envelope] of envelopes) {
			const reply = await api('GET', path(resource));
			expect([resource, reply.status, Array.isArray(reply.body[envelope]), reply.body[envelope].length > 0]).toEqual([resource, 200, true, true]);
		}
	});

	it('filters trackers by type and status and searches users and companies', async () => {
		const sessions = await api('GET', path('trackers.json?type=session'));
		expect(sessions.body.total_records).toBe(3);
		const company = await api('GET', path('companies.json?search=lakeside'));
		expect(company.body.companies.map((c: Json) => c.name)).toEqual(['Peachtree Lakeside']);
		const users = await api('GET', path('users.json?sort=email'));
		const emails = users.body.users.map((u: Json) => u.email);
		expect(emails).toEqual([...emails].sort());
		expect((await api('GET', path('trackers.json?type=banana'))).status).toBe(400);
	});

	it('returns signing_key with fields=signing_key only', async () => {
		const company = env.companies()[0];
		const plain = await api('GET', path(`integrations.json?company_id=${company}`));
		expect(plain.body.integrations.every((i: Json) => !('signing_key' in i))).toBe(true);
		const keyed = await api('GET', path(`integrations.json?company_id=${company}&fields=signing_key`));
		const hooks = keyed.body.integrations.find((i: Json) => i.type === 'Webhooks');
		expect(hooks.signing_key).toMatch(/^[0-9a-f]{32}$/);
		expect(keyed.body.integrations.find((i: Json) => i.type === 'Custom')).not.toHaveProperty('signing_key');
	});
});
