import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { retentionFloor } from '../../nodes/CallRailPollingTrigger/poll';
import { persisted, pollWorkflow } from '../harness/poll';
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

	it('filters by tag names: a list from version 1.1, comma-separated text in version 1 workflows', async () => {
		const filters = (tags: unknown) => ({ filters: { companyId: { __rl: true, mode: 'id', value: companyId }, tags } });
		for (const [typeVersion, tags] of [
			[1.1, [' Quote ', '', 'Sales']],
			[1, 'Quote, Sales'],
		] as const) {
			env.sandbox.clearRequests();
			const wf = await pollWorkflow(params('newCall', filters(tags)), env.apiKey(), {}, undefined, typeVersion);
			expect(wf.node.typeVersion).toBe(typeVersion);
			expect(await wf.poll()).toBeNull();
			tick();
			const tagged = newCall({ tags: [{ name: 'Quote' }] });
			newCall({ tags: [] });
			expect((await wf.poll())!.map((c) => c.id)).toEqual([tagged.id]);
			expect(env.requests().every((r) => JSON.stringify(r.query['tags[]']) === '["Quote","Sales"]')).toBe(true);
		}
	});

	it('emits a new form submission once', async () => {
		const wf = await pollWorkflow(params('newFormSubmission'), env.apiKey());
		expect(await wf.poll()).toBeNull();
		expect(env.requests()[0].path).toBe(`/v3/a/${accountId}/form_submissions.json`);
		expect(env.requests()[0].query).toMatchObject({ sort: 'submitted_at', order: 'desc', per_page: '250', page: '1', time_zone: 'Etc/UTC' });
		tick();
		const form = env.sandbox.addFormSubmission(accountId, { company_id: companyId }) as IDataObject;
		expect((await wf.poll())!.map((f) => f.id)).toEqual([form.id]);
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
