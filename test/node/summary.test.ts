import type { IDataObject } from 'n8n-workflow';

import { byId, useSandbox } from '../harness/sandbox';

describe('CallRail node: Summary resource', () => {
	const env = useSandbox();
	const account = () => env.sandbox.ids.accounts[0];
	const company = () => env.sandbox.ids.companies[account()][0];
	const trackers = () => env.sandbox.ids.trackers[company()];
	const agent = () => env.sandbox.ids.users[account()][1];
	const { accountPath } = env;

	const run = async (parameters: IDataObject) =>
		await env.run({ resource: 'summary', ...parameters });

	describe('Get Call Summary', () => {
		it('sends the grouping, the metrics and every filter, with trackers as tracker_ids[]', async () => {
			const result = await run({
				operation: 'callSummary',
				groupBy: 'source',
				output: 'whole',
				fields: ['total_calls', 'answered_calls', 'leads'],
				filters: {
					agent: byId(agent()),
					answerStatus: 'answered',
					companyId: byId(company()),
					dateRange: 'last_30_days',
					device: 'mobile',
					direction: 'inbound',
					firstTimeCallers: true,
					leadStatus: 'good_lead',
					maxDuration: 600,
					minDuration: 5,
					search: 'Google',
					tags: ['Lead', 'Customer, Do Not Call'],
					timeZone: 'America/Chicago',
					trackerIds: [trackers()[0], trackers()[1]],
				},
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('GET');
			expect(requests[0].path).toBe(accountPath('calls/summary.json'));
			expect(requests[0].query).toEqual({
				group_by: 'source',
				fields: 'total_calls,answered_calls,leads',
				agent: agent(),
				answer_status: 'answered',
				company_id: company(),
				date_range: 'last_30_days',
				device: 'mobile',
				direction: 'inbound',
				first_time_callers: 'true',
				lead_status: 'good_lead',
				max_duration: '600',
				min_duration: '5',
				search: 'Google',
				'tags[]': ['Lead', 'Customer', 'Do Not Call'],
				time_zone: 'America/Chicago',
				'tracker_ids[]': [trackers()[0], trackers()[1]],
			});
			expect(requests[0].rawQuery).not.toMatch(/(^|&)tracker_ids=/);
			expect(requests[0].status).toBe(200);
			expect(result.json).toHaveLength(1);
			expect(result.json[0]).toMatchObject({ grouped_by: 'source', time_zone: 'America/Chicago' });
			expect(Object.keys(result.json[0].total_results as IDataObject).sort()).toEqual(['answered_calls', 'leads', 'total_calls']);
		});

		it('asks for returning callers with first_time_callers=false and for every value with "all", and the counts add up', async () => {
			const count = async (filters: IDataObject) => {
				env.sandbox.clearRequests();
				const result = await run({ operation: 'callSummary', fields: ['total_calls'], filters: { companyId: byId(company()), dateRange: 'last_30_days', ...filters } });
				expect(result.error).toBeUndefined();
				return { query: env.requests()[0].query, total: (result.json[0].total_results as IDataObject).total_calls as number };
			};
			const everyone = await count({});
			const first = await count({ firstTimeCallers: true });
			const returning = await count({ firstTimeCallers: false });
			expect(returning.query.first_time_callers).toBe('false');
			expect(first.query.first_time_callers).toBe('true');
			expect(returning.total).toBeGreaterThan(0);
			expect(first.total + returning.total).toBe(everyone.total);
			const all = await count({ answerStatus: 'all', device: 'all', direction: 'all' });
			expect(all.query).toMatchObject({ answer_status: 'all', device: 'all', direction: 'all' });
			expect(all.total).toBe(everyone.total);
		});

		it('One Item per Group returns each group with the grouping and the period', async () => {
			const parameters = {
				operation: 'callSummary',
				groupBy: 'source',
				fields: ['total_calls', 'missed_calls'],
				filters: { companyId: byId(company()), dateRange: 'last_30_days' },
			};
			// Whole Summary is the default: one item with every group.
			const whole = await run(parameters);
			expect(whole.error).toBeUndefined();
			expect(whole.json).toHaveLength(1);
			const summary = whole.json[0];
			const groups = summary.grouped_results as IDataObject[];
			expect(groups.length).toBeGreaterThan(1);
			env.sandbox.clearRequests();

			const result = await run({ ...parameters, output: 'perGroup' });
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.query).toEqual({
				group_by: 'source',
				fields: 'total_calls,missed_calls',
				company_id: company(),
				date_range: 'last_30_days',
			});
			expect(result.json).toEqual(
				groups.map((group) => ({
					grouped_by: 'source',
					...group,
					start_date: summary.start_date,
					end_date: summary.end_date,
					time_zone: summary.time_zone,
				})),
			);
			const total = result.json.reduce((sum, group) => sum + Number(group.total_calls), 0);
			expect(total).toBe((summary.total_results as IDataObject).total_calls);
		});

		it('without grouping returns the totals as one item and sends no group_by', async () => {
			const result = await run({ operation: 'callSummary', groupBy: '', filters: { dateRange: 'today' } });
			expect(result.error).toBeUndefined();
			const [request] = env.requests();
			expect(request.query).toEqual({ date_range: 'today' });
			expect(result.json).toHaveLength(1);
			expect(result.json[0].total_results).toEqual({ total_calls: expect.any(Number) });
			expect(result.json[0].grouped_results).toBeUndefined();
		});

		it('leaves out Min and Max Duration added at 0 (max_duration=0 would leave no call)', async () => {
			const result = await run({ operation: 'callSummary', filters: { maxDuration: 0, minDuration: 0, dateRange: 'last_7_days' } });
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].query).toEqual({ date_range: 'last_7_days' });
			expect((result.json[0].total_results as IDataObject).total_calls).toBeGreaterThan(0);
		});

		it('refuses a malformed tracker ID without a request', async () => {
			const result = await run({ operation: 'callSummary', filters: { trackerIds: ['CAL123'] } });
			expect(result.error?.message).toMatch(/"CAL123" is not a valid tracker ID/);
			expect(env.requests()).toHaveLength(0);
		});
	});

	describe('Get Call Timeseries', () => {
		it('sends the interval and the filters, and returns one item per data point', async () => {
			const result = await run({
				operation: 'callTimeseries',
				interval: 'week',
				fields: ['total_calls', 'answered_calls'],
				filters: { companyId: byId(company()), dateRange: 'last_30_days', trackerIds: [trackers()[0]] },
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('GET');
			expect(requests[0].path).toBe(accountPath('calls/timeseries.json'));
			expect(requests[0].query).toEqual({
				interval: 'week',
				fields: 'total_calls,answered_calls',
				company_id: company(),
				date_range: 'last_30_days',
				'tracker_ids[]': [trackers()[0]],
			});
			expect(result.json.length).toBeGreaterThanOrEqual(5);
			expect(result.json.length).toBeLessThanOrEqual(6);
			for (const point of result.json) {
				expect(Object.keys(point).sort()).toEqual(['answered_calls', 'date', 'time_zone', 'total_calls']);
				expect(String(point.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
		});

		it('Whole Timeseries returns the answer as one item', async () => {
			const result = await run({ operation: 'callTimeseries', interval: 'day', output: 'whole', filters: { dateRange: 'last_7_days' } });
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].query).toEqual({ interval: 'day', date_range: 'last_7_days' });
			expect(result.json).toHaveLength(1);
			expect(result.json[0].data).toHaveLength(7);
			expect(result.json[0].total_results).toEqual({ total_calls: expect.any(Number) });
		});

		const daysAgo = (n: number) => new Date(env.sandbox.clock.now().getTime() - n * 86_400_000).toISOString().slice(0, 10);
		const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

		it('a 400-day daily range is two requests of 200 days that meet, merged into one series of 400 points that adds up to the summary', async () => {
			const filters = { startDate: daysAgo(400), endDate: daysAgo(1), timeZone: 'America/New_York' };
			const result = await run({ operation: 'callTimeseries', interval: 'day', output: 'whole', filters });
			expect(result.error).toBeUndefined();
			const queries = env.requests().map((r) => r.query);
			expect(queries).toHaveLength(2);
			expect(queries[0]).toMatchObject({ start_date: expect.stringMatching(new RegExp(`^${daysAgo(400)}`)), end_date: daysAgo(201) });
			expect(queries[1]).toMatchObject({ start_date: daysAgo(200), end_date: expect.stringMatching(new RegExp(`^${daysAgo(1)}`)) });
			expect(nextDay(String(queries[0].end_date))).toBe(queries[1].start_date);
			const [series] = result.json;
			const dates = (series.data as IDataObject[]).map((p) => String(p.date));
			expect(dates).toHaveLength(400);
			expect(dates[0]).toBe(daysAgo(400));
			expect(dates[399]).toBe(daysAgo(1));
			expect(dates.every((d, i) => i === 0 || nextDay(dates[i - 1]) === d)).toBe(true);
			const sum = (series.data as IDataObject[]).reduce((total, p) => total + Number(p.total_calls), 0);
			expect((series.total_results as IDataObject).total_calls).toBe(sum);
			env.sandbox.clearRequests();
			const summary = await run({ operation: 'callSummary', filters });
			expect((summary.json[0].total_results as IDataObject).total_calls).toBe(sum);
		});

		it('Last Year by day: the preset, then on from its 200th point to December 31 in the answer\'s zone, one series', async () => {
			const result = await run({ operation: 'callTimeseries', interval: 'day', output: 'whole', filters: { dateRange: 'last_year' } });
			expect(result.error).toBeUndefined();
			const [preset, rest] = env.requests();
			expect(env.requests()).toHaveLength(2);
			expect(preset.query).toMatchObject({ date_range: 'last_year', interval: 'day' });
			expect(rest.query.date_range).toBeUndefined();
			const points = result.json[0].data as Array<{ date: string }>;
			const year = Number(points[0].date.slice(0, 4));
			expect(points[0].date).toBe(`${year}-01-01`);
			expect(points.at(-1)!.date).toBe(`${year}-12-31`);
			expect(points).toHaveLength(year % 4 === 0 ? 366 : 365);
			expect(rest.query.start_date).toBe(points[200].date);
			expect(new Set(points.map((p) => p.date)).size).toBe(points.length);
		});

		it('any other preset answered with 200 points fails with what to do instead, and is never returned cut', async () => {
			const result = await run({ operation: 'callTimeseries', interval: 'hour', output: 'whole', filters: { dateRange: 'last_30_days' } });
			expect(result.error?.message).toContain('CallRail answered 200 data points');
			expect(result.error?.description).toContain('Choose Start Date and End Date');
			expect(env.requests()).toHaveLength(1);
		});

		it('ranges that fit in 200 points are one request: monthly from mid-month, weekly from a time of day kept as given', async () => {
			const monthly = await run({ operation: 'callTimeseries', interval: 'month', output: 'whole', filters: { startDate: daysAgo(300), endDate: daysAgo(1) } });
			expect(monthly.error).toBeUndefined();
			expect(env.requests()).toHaveLength(1);
			env.sandbox.clearRequests();
			const start = daysAgo(700);
			const weekly = await run({ operation: 'callTimeseries', interval: 'week', output: 'whole', filters: { startDate: `${start}T15:30:00`, endDate: daysAgo(1) } });
			expect(weekly.error).toBeUndefined();
			// 700 days are about 101 weeks: one request. Not whole: the start keeps its time of day.
			expect(env.requests()).toHaveLength(1);
			expect(env.requests()[0].query.start_date).toBe(`${start}T15:30:00`);
		});
	});

	describe('Get Form Summary', () => {
		it('sends the grouping, the metrics and every filter, and returns the whole summary by default', async () => {
			const result = await run({
				operation: 'formSummary',
				groupBy: 'form_name',
				fields: ['total_forms', 'first_forms', 'leads'],
				filters: {
					companyId: byId(company()),
					customFormIds: ['12', '34'],
					dateRange: 'last_30_days',
					formUrl: 'https://example.com/contact',
					leadStatus: 'good_lead',
					tags: ['Lead'],
				},
			});
			expect(result.error).toBeUndefined();
			const requests = env.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].method).toBe('GET');
			expect(requests[0].path).toBe(accountPath('forms/summary.json'));
			expect(requests[0].query).toEqual({
				group_by: 'form_name',
				fields: 'total_forms,first_forms,leads',
				company_id: company(),
				'custom_form_ids[]': ['12', '34'],
				date_range: 'last_30_days',
				form_URL: 'https://example.com/contact',
				lead_status: 'good_lead',
				'tags[]': ['Lead'],
			});
			expect(result.json).toHaveLength(1);
			expect(result.json[0]).toMatchObject({ grouped_by: 'form_name', grouped_results: expect.any(Array) });
			expect(Object.keys(result.json[0].total_results as IDataObject).sort()).toEqual(['first_forms', 'leads', 'total_forms']);
		});

		it('One Item per Group returns each form name of the account as an item', async () => {
			const result = await run({
				operation: 'formSummary',
				groupBy: 'form_name',
				output: 'perGroup',
				fields: ['total_forms', 'leads'],
				filters: { dateRange: 'last_30_days' },
			});
			expect(result.error).toBeUndefined();
			expect(env.requests()[0].query).toEqual({ group_by: 'form_name', fields: 'total_forms,leads', date_range: 'last_30_days' });
			expect(result.json.length).toBeGreaterThan(0);
			for (const group of result.json) {
				expect(Object.keys(group).sort()).toEqual(['end_date', 'grouped_by', 'key', 'leads', 'start_date', 'time_zone', 'total_forms']);
				expect(group.grouped_by).toBe('form_name');
			}
			expect(result.json.map((g) => g.key)).toContain('Contact us');
		});
	});
});
