import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { CALL_DEFAULT_FIELDS, FORM_FIELDS } from '../../nodes/CallRailPollingTrigger/fields';
import { retentionFloor } from '../../nodes/CallRailPollingTrigger/poll';
import { persisted, type PollWorkflow, pollWorkflow } from '../harness/poll';
import { useSandbox } from '../harness/sandbox';

describe('CallRail Polling Trigger', () => {
	const env = useSandbox({ clock: 'manual' });
	let accountId: string;
	let companyId: string;

	beforeAll(() => {
		accountId = env.sandbox.ids.singleAccount;
		companyId = env.sandbox.ids.companies[accountId][0];
	});

	const params = (event: string, extra: IDataObject = {}) => ({
		event,
		accountId: { __rl: true, mode: 'id', value: accountId },
		filters: { companyId: { __rl: true, mode: 'id', value: companyId } },
		...extra,
	});
	const newCall = (partial: IDataObject = {}) => env.sandbox.addCall(accountId, { companyId, ...partial }) as IDataObject;
	/** Moves the simulated CallRail clock on, so each new record is newer than the last. */
	const tick = (seconds = 30) => env.sandbox.clock.advance(seconds * 1000);

	it('sets the cursor on activation without emitting, then emits a new call once', async () => {
		const wf = await pollWorkflow(params('newCall'), env.apiKey());
		expect(await wf.poll()).toBeNull();
		const [first] = env.requests();
		expect(env.requests()).toHaveLength(1);
		expect(first.path).toBe(`/v3/a/${accountId}/calls.json`);
		expect(first.query).toMatchObject({
			company_id: companyId,
			time_zone: 'Etc/UTC',
			sort: 'start_time',
			order: 'desc',
			per_page: '250',
			relative_pagination: 'true',
		});
		expect(first.query.start_date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
		const cursor = wf.staticData().cursor as number;
		expect(typeof cursor).toBe('number');

		tick();
		const call = newCall();
		const emitted = await wf.poll();
		expect(emitted!.map((c) => c.id)).toEqual([call.id]);
		expect(await wf.poll()).toBeNull();
		// Each poll asks from cursor - 90 minutes (DEFAULT_OVERLAP_MINUTES).
		const last = env.requests().at(-1)!;
		expect(Date.parse(`${String(last.query.start_date)}Z`)).toBe(Math.floor(((wf.staticData().cursor as number) - 90 * 60_000) / 1000) * 1000);
	});

	it('works in UTC whatever the time zone of the key\'s user (a Chicago manager here)', async () => {
		const wf = await pollWorkflow(params('newCall'), env.apiKey('manager'));
		expect(await wf.poll()).toBeNull();
		tick();
		const call = newCall();
		const emitted = await wf.poll();
		expect(emitted!.map((c) => c.id)).toEqual([call.id]);
		expect(env.requests().every((r) => r.query.time_zone === 'Etc/UTC' && r.status === 200)).toBe(true);
		// The window starts 90 minutes before the newest call, as an absolute instant.
		const last = env.requests().at(-1)!;
		expect(Date.parse(`${String(last.query.start_date)}Z`)).toBeLessThanOrEqual(Date.parse(String(call.start_time)) - 90 * 60_000 + 1000);
	});

	it('makes exactly one request on an idle poll', async () => {
		const wf = await pollWorkflow(params('newCall'), env.apiKey());
		await wf.poll();
		env.sandbox.clearRequests();
		expect(await wf.poll()).toBeNull();
		expect(env.requests()).toHaveLength(1);
	});

	it('emits a late arrival inside the overlap once', async () => {
		const wf = await pollWorkflow(params('newCall'), env.apiKey());
		await wf.poll();
		tick();
		const recent = newCall();
		expect((await wf.poll())!.map((c) => c.id)).toEqual([recent.id]);
		// A call that started 5 minutes before the newest one shows up only now.
		const late = newCall({ start_time: new Date(env.sandbox.clock.now().getTime() - 5 * 60_000).toISOString() });
		expect((await wf.poll())!.map((c) => c.id)).toEqual([late.id]);
		expect(await wf.poll()).toBeNull();
	});

	it('makes ceil(n/250) requests on a busy poll and emits every call once, oldest first', async () => {
		const wf = await pollWorkflow(params('newCall'), env.apiKey());
		await wf.poll();
		const ids: string[] = [];
		for (let i = 0; i < 600; i++) {
			env.sandbox.clock.advance(100);
			ids.push(String(newCall().id));
		}
		env.sandbox.clearRequests();
		const emitted = await wf.poll();
		expect(emitted!.map((c) => c.id)).toEqual(ids);
		expect(env.requests()).toHaveLength(Math.ceil(600 / 250));
		expect(env.requests().slice(1).every((r) => r.query.relative_pagination === 'true')).toBe(true);
	});

	it('loses nothing and repeats nothing when a call arrives while it pages', async () => {
		const wf = await pollWorkflow(params('newCall'), env.apiKey());
		await wf.poll();
		const ids: string[] = [];
		for (let i = 0; i < 300; i++) {
			env.sandbox.clock.advance(100);
			ids.push(String(newCall().id));
		}
		env.sandbox.clearRequests();
		// Page 2 (the next_page URL, without ".json") is held back while a new call comes in.
		env.sandbox.faults.add({ path: /\/calls$/, delayMs: 300 });
		let arrived: IDataObject | undefined;
		const arrive = (async () => {
			while (!env.sandbox.requests.some((r) => r.path.endsWith('/calls'))) await sleep(10);
			env.sandbox.clock.advance(100);
			arrived = newCall();
		})();
		const first = await wf.poll();
		await arrive;
		const second = (await wf.poll()) ?? [];
		const all = [...first!, ...second].map((c) => String(c.id));
		expect(new Set(all).size).toBe(all.length);
		expect(all.sort()).toEqual([...ids, String(arrived!.id)].sort());
	});

	it('survives a restart: a new workflow object with the saved static data', async () => {
		const wf = await pollWorkflow(params('newCall'), env.apiKey());
		await wf.poll();
		tick();
		const before = newCall();
		expect((await wf.poll())!.map((c) => c.id)).toEqual([before.id]);

		const restarted = await pollWorkflow(params('newCall'), env.apiKey(), persisted(wf.workflow.staticData));
		expect(await restarted.poll()).toBeNull();
		tick();
		const after = newCall();
		expect((await restarted.poll())!.map((c) => c.id)).toEqual([after.id]);
	});

	it('skips the tick on 429 without moving the cursor, and catches up on the next one', async () => {
		const wf = await pollWorkflow(params('newCall'), env.apiKey());
		await wf.poll();
		tick();
		const call = newCall();
		const saved = persisted(wf.staticData());
		env.sandbox.faults.add({ status: 429, path: '/calls.json', times: 1 });
		const warnings: string[] = [];
		const throttled = await pollWorkflow(params('newCall'), env.apiKey(), persisted(wf.workflow.staticData), (context) => {
			jest.spyOn(context.logger, 'warn').mockImplementation((message: string) => {
				warnings.push(message);
			});
		});
		expect(await throttled.poll()).toBeNull();
		expect(warnings.join()).toMatch(/rate limit/);
		expect(persisted(throttled.staticData())).toEqual(saved);
		expect(env.requests().filter((r) => r.status === 429)).toHaveLength(1);
		jest.restoreAllMocks();
		expect((await throttled.poll())!.map((c) => c.id)).toEqual([call.id]);
	});

	it('never asks for a start before the 25-month retention edge, even after a long pause', async () => {
		const tracker = env.sandbox.ids.trackers[companyId][0];
		const parameters = params('newCall', {
			filters: {
				companyId: { __rl: true, mode: 'id', value: companyId },
				trackerId: { __rl: true, mode: 'id', value: tracker },
			},
		});
		// Saved by a workflow that was switched off three years ago.
		const threeYears = 3 * 365 * 24 * 3600_000;
		const wf = await pollWorkflow(parameters, env.apiKey(), {
			'node:CallRail Polling Trigger': { event: 'newCall', cursor: Date.now() - threeYears, seen: [] },
		});
		const before = Date.now();
		const emitted = (await wf.poll()) ?? [];
		const requests = env.requests();
		expect(requests.every((r) => r.status === 200)).toBe(true);
		const start = Date.parse(`${String(requests[0].query.start_date)}Z`);
		expect(start).toBeGreaterThanOrEqual(Math.floor(retentionFloor(before) / 1000) * 1000);
		expect(start).toBeLessThanOrEqual(retentionFloor(Date.now()));
		expect(requests[0].query.tracker_id).toBe(tracker);
		// Everything CallRail still keeps is caught up, oldest first, once.
		const kept = env.sandbox.store.calls.filter(
			(c: IDataObject) => c.tracker_id === tracker && Date.parse(String(c.start_time)) >= start,
		);
		expect(emitted.length).toBe(kept.length);
		expect(new Set(emitted.map((c) => c.id)).size).toBe(emitted.length);
		const times = emitted.map((c) => Date.parse(String(c.start_time)));
		expect([...times].sort((a, b) => a - b)).toEqual(times);
		expect(requests).toHaveLength(Math.max(1, Math.ceil(kept.length / 250)));
		expect(await wf.poll()).toBeNull();
	});

	it('detects call updates (note, tags, recording) once each', async () => {
		const quiet = newCall({ recording: null, recording_duration: null, note: null });
		const wf = await pollWorkflow(params('callUpdated'), env.apiKey());
		expect(await wf.poll()).toBeNull();
		expect(await wf.poll()).toBeNull();

		env.sandbox.updateCall(String(quiet.id), { note: 'Wants a quote' });
		let emitted = await wf.poll();
		expect(emitted!.map((c) => [c.id, c.changes])).toEqual([[quiet.id, ['note']]]);
		expect(await wf.poll()).toBeNull();

		env.sandbox.updateCall(String(quiet.id), { tags: ['Quote'], recording: 'https://app.callrail.com/calls/x/recording' });
		emitted = await wf.poll();
		expect(emitted!.map((c) => [c.id, c.changes])).toEqual([[quiet.id, ['tags', 'recording']]]);
		expect(await wf.poll()).toBeNull();
	});

	it('filters by tag names, a record passing with any of them', async () => {
		const filters = { filters: { companyId: { __rl: true, mode: 'id', value: companyId }, tags: [' Quote ', '', 'Sales'] } };
		const wf = await pollWorkflow(params('newCall', filters), env.apiKey());
		expect(wf.node.typeVersion).toBe(1);
		expect(await wf.poll()).toBeNull();
		tick();
		const tagged = newCall({ tags: [{ name: 'Quote' }] });
		newCall({ tags: [] });
		expect((await wf.poll())!.map((c) => c.id)).toEqual([tagged.id]);
		expect(env.requests().every((r) => JSON.stringify(r.query['tags[]']) === '["Quote","Sales"]')).toBe(true);
	});

	it('emits a new form submission once', async () => {
		const wf = await pollWorkflow(params('newFormSubmission'), env.apiKey());
		expect(await wf.poll()).toBeNull();
		expect(env.requests()[0].path).toBe(`/v3/a/${accountId}/form_submissions.json`);
		expect(env.requests()[0].query).toMatchObject({ sort: 'submitted_at', order: 'desc', per_page: '250', page: '1', time_zone: 'Etc/UTC' });
		tick();
		const form = env.sandbox.addFormSubmission(accountId, {
			company_id: companyId,
			source: 'Google Ads',
			utm_source: 'google',
			landing_page_url: 'https://www.example.com/?gclid=abc',
			timeline_url: 'https://app.callrail.com/leads/timeline',
		}) as IDataObject;
		const [item] = (await wf.poll())!;
		expect(item.id).toBe(form.id);
		// Every optional form field the reference offers is asked for on the same single request.
		expect(String(env.requests().at(-1)!.query.fields).split(',').sort()).toEqual([...FORM_FIELDS].sort());
		expect(item).toMatchObject({
			source: 'Google Ads',
			utm_source: 'google',
			landing_page_url: 'https://www.example.com/?gclid=abc',
			timeline_url: 'https://app.callrail.com/leads/timeline',
			form_name: 'Contact us',
		});
		for (const field of ['medium', 'campaign', 'keywords', 'referrer', 'referring_url', 'milestones', 'utm_medium', 'utm_campaign']) expect(item).toHaveProperty(field);
		expect(await wf.poll()).toBeNull();
	});

	it('emits a text conversation when it gets a new message', async () => {
		const conversation = env.sandbox.store.conversations.find((c: IDataObject) => c.company_id === companyId);
		const wf = await pollWorkflow(params('textConversation'), env.apiKey());
		expect(await wf.poll()).toBeNull();
		tick();
		env.sandbox.addTextMessage(accountId, { conversation_id: conversation.id, content: 'Are you open on Sunday?' });
		expect((await wf.poll())!.map((c) => c.id)).toEqual([conversation.id]);
		expect(await wf.poll()).toBeNull();
		tick();
		env.sandbox.addTextMessage(accountId, { conversation_id: conversation.id, content: 'Thanks' });
		expect((await wf.poll())!.map((c) => c.id)).toEqual([conversation.id]);
	});

	it('backfills the last N hours on activation when asked', async () => {
		tick();
		const recent = newCall();
		const wf = await pollWorkflow(params('newCall', { options: { backfillHours: 1 } }), env.apiKey());
		const emitted = (await wf.poll())!.map((c) => c.id);
		expect(emitted).toContain(recent.id);
		expect(await wf.poll()).toBeNull();
	});

	it('returns the latest record in manual mode and leaves the cursor alone', async () => {
		const wf = await pollWorkflow(params('newCall'), env.apiKey());
		await wf.poll();
		const saved = persisted(wf.staticData());
		tick();
		const latest = newCall();
		const manual = await wf.poll('manual', 'manual');
		expect(manual!.map((c) => c.id)).toEqual([latest.id]);
		expect(env.requests().at(-1)!.query.per_page).toBe('1');
		expect(persisted(wf.staticData())).toEqual(saved);
		expect((await wf.poll())!.map((c) => c.id)).toEqual([latest.id]);
	});

	it('emits a 45-minute call that is listed only once it has ended, while shorter calls kept moving the cursor', async () => {
		const wf = await pollWorkflow(params('newCall'), env.apiKey());
		await wf.poll();
		const longCallStart = env.sandbox.clock.now().getTime() + 30_000;
		// For 45 minutes short calls arrive and are emitted; each moves the cursor past the long call's start.
		for (let minute = 5; minute <= 45; minute += 5) {
			tick(5 * 60);
			const short = newCall();
			expect((await wf.poll())!.map((c) => c.id)).toEqual([short.id]);
		}
		expect(wf.staticData().cursor as number).toBeGreaterThan(longCallStart + 40 * 60_000);
		// Then the long call's record appears, with its start 45 minutes back (plus processing time after hangup).
		tick(10 * 60);
		const long = newCall({ start_time: new Date(longCallStart).toISOString(), duration: 45 * 60 });
		expect((await wf.poll())!.map((c) => c.id)).toEqual([long.id]);
		expect(await wf.poll()).toBeNull();
		// A 10-minute look-back (the former default) would have started after the call's start and missed it.
		const asked = Date.parse(`${String(env.requests().at(-1)!.query.start_date)}Z`);
		expect(asked).toBeLessThan(longCallStart);
	});

	describe('fields', () => {
		const ATTRIBUTION = [
			'source', 'medium', 'campaign', 'keywords', 'landing_page_url', 'referring_url', 'referrer_domain', 'last_requested_url',
			'gclid', 'fbclid', 'msclkid', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'milestones',
			'person_id', 'timeline_url',
		];
		/** Quiet hours, then one call moves the cursor: the earlier tests' calls leave the window, so one request holds a poll. */
		const quietWindow = async (wf: PollWorkflow) => {
			await wf.poll();
			tick(3 * 3600);
			newCall();
			expect(await wf.poll()).toHaveLength(1);
			tick();
		};
		const askedFields = () => String(env.requests().at(-1)!.query.fields).split(',');

		it('New Call items carry the attribution fields by default, asked on the same one request', async () => {
			const wf = await pollWorkflow(params('newCall'), env.apiKey());
			await quietWindow(wf);
			const call = newCall({ source: 'google_paid', landing_page_url: 'https://www.example.com/offer', gclid: 'Cj0KabcTest', utm_source: 'google' });
			env.sandbox.clearRequests();
			const [item] = (await wf.poll())!;
			expect(env.requests()).toHaveLength(1);
			expect(askedFields().sort()).toEqual([...CALL_DEFAULT_FIELDS].sort());
			expect(askedFields()).toEqual(expect.arrayContaining(ATTRIBUTION));
			expect(item.id).toBe(call.id);
			for (const field of ATTRIBUTION) expect(item).toHaveProperty(field);
			expect(item).toMatchObject({ source: 'google_paid', landing_page_url: 'https://www.example.com/offer', gclid: 'Cj0KabcTest', utm_source: 'google' });
			// Conversation Intelligence fields only when chosen.
			expect(item).not.toHaveProperty('call_summary');
		});

		it('Include Fields reach the item, still one request a poll', async () => {
			const wf = await pollWorkflow(params('newCall', { options: { fields: ['call_summary', 'lead_score', 'agent_email'] } }), env.apiKey());
			await quietWindow(wf);
			newCall({ call_summary: 'The caller wants a quote for a new roof.', lead_score: 'very good' });
			env.sandbox.clearRequests();
			const [item] = (await wf.poll())!;
			expect(env.requests()).toHaveLength(1);
			expect(askedFields()).toEqual(expect.arrayContaining(['call_summary', 'lead_score', 'agent_email', ...ATTRIBUTION]));
			expect(item).toMatchObject({ call_summary: 'The caller wants a quote for a new roof.', lead_score: 'very good' });
			expect(item).toHaveProperty('agent_email');
		});

		it('a field the plan refuses fails the poll with an error naming it, and the cursor stays', async () => {
			const wf = await pollWorkflow(params('newCall', { options: { fields: ['sentiment', 'call_summary'] } }), env.apiKey());
			await wf.poll();
			const saved = persisted(wf.staticData());
			env.sandbox.faults.add({ path: '/calls.json', status: 400, body: { error: 'Invalid field: call_summary' } });
			await expect(wf.poll()).rejects.toThrow('CallRail refused the field "call_summary" chosen in Include Fields (400: Invalid field: call_summary)');
			expect(persisted(wf.staticData())).toEqual(saved);
			// A refusal that names no field lists the chosen ones.
			env.sandbox.faults.add({ path: '/calls.json', status: 403, body: { error: 'You do not have permission to perform the requested action' } });
			const error = await wf.poll().catch((e: Error & { description?: string }) => e);
			expect((error as Error).message).toMatch(/^CallRail refused this poll \(403: .*\); it asked for the Include Fields "sentiment", "call_summary"$/);
			expect((error as { description?: string }).description).toMatch(/Remove from Include Fields/);
		});

		it('Call Updated fires when a chosen call summary arrives after the call, and not when it is not chosen', async () => {
			const call = newCall({ call_summary: null, sentiment: null });
			const watching = await pollWorkflow(params('callUpdated', { options: { fields: ['call_summary', 'sentiment'] } }), env.apiKey());
			const notWatching = await pollWorkflow(params('callUpdated'), env.apiKey());
			expect(await watching.poll()).toBeNull();
			expect(await notWatching.poll()).toBeNull();
			env.sandbox.updateCall(String(call.id), { call_summary: 'Asked about weekend opening hours.', sentiment: 'positive' });
			const emitted = await watching.poll();
			expect(emitted!.map((c) => [c.id, c.changes, c.call_summary])).toEqual([[call.id, ['call_summary', 'sentiment'], 'Asked about weekend opening hours.']]);
			expect(await watching.poll()).toBeNull();
			expect(await notWatching.poll()).toBeNull();
		});

		it('choosing another Include Field later does not report every call as changed', async () => {
			newCall();
			const wf = await pollWorkflow(params('callUpdated'), env.apiKey());
			expect(await wf.poll()).toBeNull();
			const more = await pollWorkflow(params('callUpdated', { options: { fields: ['transcription'] } }), env.apiKey(), persisted(wf.workflow.staticData));
			expect(await more.poll()).toBeNull();
		});
	});

	describe('text conversations', () => {
		type Conversation = IDataObject & { id: string; messages: IDataObject[] };
		const conversationOf = () => (env.sandbox.store.conversations as Conversation[]).find((c) => c.company_id === companyId)!;
		const text = (conversation: Conversation, content: string) => {
			tick(20);
			return env.sandbox.addTextMessage(accountId, { conversation_id: conversation.id, content }).message;
		};

		it.each([
			[1, 1],
			[2, 2],
			[4, 2],
		])('emits all %i texts sent between two polls, oldest first (%i requests)', async (count, requests) => {
			const conversation = conversationOf();
			const wf = await pollWorkflow(params('textConversation'), env.apiKey());
			expect(await wf.poll()).toBeNull();
			const sent = Array.from({ length: count }, (_, i) => text(conversation, `Message ${i + 1}`).content);
			env.sandbox.clearRequests();
			const [item] = (await wf.poll())!;
			expect(item.id).toBe(conversation.id);
			expect((item.messages as IDataObject[]).map((m) => m.content)).toEqual(sent);
			// The list, plus one read of the conversation when both of its two recent messages are new.
			expect(env.requests().map((r) => r.path)).toEqual(
				[`/v3/a/${accountId}/text-messages.json`, `/v3/a/${accountId}/text-messages/${conversation.id}.json`].slice(0, requests),
			);
			expect(await wf.poll()).toBeNull();
		});

		it('pages through a conversation when over 100 texts arrived between two polls', async () => {
			const conversation = conversationOf();
			const wf = await pollWorkflow(params('textConversation'), env.apiKey());
			await wf.poll();
			const sent = Array.from({ length: 130 }, (_, i) => text(conversation, `Burst ${i + 1}`).content);
			env.sandbox.clearRequests();
			const [item] = (await wf.poll())!;
			expect((item.messages as IDataObject[]).map((m) => m.content)).toEqual(sent);
			expect(env.requests().map((r) => r.query.page)).toEqual(['1', '1', '2']);
		});
	});

	describe('companies, trackers and users', () => {
		const admin = () => ({ Authorization: `Token token="${String(env.apiKey().apiKey)}"`, 'Content-Type': 'application/json' });
		const create = async (path: string, body: IDataObject): Promise<IDataObject> => {
			tick();
			const response = await fetch(`${env.sandbox.url}/v3/a/${accountId}/${path}`, { method: 'POST', headers: admin(), body: JSON.stringify(body) });
			expect(response.status).toBeLessThan(300);
			return (await response.json()) as IDataObject;
		};
		const cases: Array<[string, string, () => Promise<IDataObject>]> = [
			['newCompany', 'companies.json', async () => await create('companies.json', { name: `Branch ${Date.now()}` })],
			[
				'newTracker',
				'trackers.json',
				async () =>
					await create('trackers.json', {
						type: 'source',
						name: `Billboard ${Date.now()}`,
						company_id: companyId,
						call_flow: { type: 'basic', destination_number: '+14045551234', recording_enabled: true },
						tracking_number: { area_code: '404' },
						source: { type: 'offline' },
					}),
			],
			[
				'newUser',
				'users.json',
				async () =>
					await create('users.json', { first_name: 'Ada', last_name: 'Lovelace', email: `ada${Date.now()}@example.com`, role: 'reporting', companies: [companyId] }),
			],
		];

		it.each(cases)('%s emits each new record exactly once, one request when idle', async (event, path, add) => {
			const wf = await pollWorkflow(params(event), env.apiKey());
			expect(await wf.poll()).toBeNull();
			env.sandbox.clearRequests();
			expect(await wf.poll()).toBeNull();
			expect(env.requests().map((r) => r.path)).toEqual([`/v3/a/${accountId}/${path}`]);
			const record = await add();
			const emitted = await wf.poll();
			expect(emitted!.map((r) => r.id)).toEqual([record.id]);
			expect(await wf.poll()).toBeNull();
			const restarted = await pollWorkflow(params(event), env.apiKey(), persisted(wf.workflow.staticData));
			expect(await restarted.poll()).toBeNull();
		});

		it('New User reads users newest first and stops at the first page', async () => {
			const wf = await pollWorkflow(params('newUser'), env.apiKey());
			await wf.poll();
			env.sandbox.clearRequests();
			await wf.poll();
			expect(env.requests()[0].query).toMatchObject({ sort: 'created_at', order: 'desc', page: '1', per_page: '250', company_id: companyId });
		});
	});

	// Last, because their calls stay inside later tests' 90-minute windows.
	it('costs one request a poll at one call every 30 seconds with the 90-minute overlap', async () => {
		const wf = await pollWorkflow(params('newCall'), env.apiKey());
		await wf.poll();
		// Three quiet hours, then one call: the calls of the earlier tests fall out of the window.
		tick(3 * 3600);
		newCall();
		expect((await wf.poll())!.length).toBe(1);
		for (let i = 0; i < 180; i++) {
			tick(30);
			newCall();
		}
		env.sandbox.clearRequests();
		expect((await wf.poll())!.length).toBe(180);
		expect(env.requests()).toHaveLength(1);
		tick(30);
		newCall();
		env.sandbox.clearRequests();
		expect((await wf.poll())!.length).toBe(1);
		expect(env.requests()).toHaveLength(1);
	});
});
