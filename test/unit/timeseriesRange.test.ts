import { timeseriesParts } from '../../nodes/CallRail/resources/summary/timeseriesRange';

/** The number of intervals a part touches, counted as CallRail counts points: from the interval holding its start. */
const days = (a: string, b: string) => Math.round((Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000) + 1;
const next = (d: string) => new Date(Date.parse(`${d.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('timeseriesParts: a range split into requests of at most 200 points that meet', () => {
	it('400 days by day: two parts of 200 days, the second starting the day after the first ends', () => {
		expect(timeseriesParts('2024-01-01', '2025-02-03', 'day')).toEqual([
			{ start: '2024-01-01', end: '2024-07-18' },
			{ start: '2024-07-19', end: '2025-02-03' },
		]);
	});

	it('200 days or fewer is one part, the range as given (times of day kept)', () => {
		expect(timeseriesParts('2024-01-01T15:30:00', '2024-07-18T23:59:59', 'day')).toEqual([
			{ start: '2024-01-01T15:30:00', end: '2024-07-18T23:59:59' },
		]);
	});

	it('by week from a Wednesday: the first part holds 200 weeks from that week\'s Monday and the next starts on a Monday', () => {
		const parts = timeseriesParts('2020-01-01', '2025-12-31', 'week');
		expect(parts).toHaveLength(2);
		expect(parts[0]).toEqual({ start: '2020-01-01', end: '2023-10-29' });
		expect(new Date(`${parts[1].start}T00:00:00Z`).getUTCDay()).toBe(1);
		expect(next(parts[0].end)).toBe(parts[1].start);
		expect(Math.ceil((days('2019-12-30', parts[0].end)) / 7)).toBe(200);
	});

	it('by month from mid-month: parts end on a month end and the next starts on the 1st', () => {
		const parts = timeseriesParts('2000-01-15', '2020-06-30', 'month');
		expect(parts.map((p) => p.start)).toEqual(['2000-01-15', '2016-09-01']);
		expect(parts[0].end).toBe('2016-08-31');
	});

	it('by hour: parts of 8 whole days (at most 200 hours, a 25-hour day included)', () => {
		const parts = timeseriesParts('2024-03-01', '2024-03-20', 'hour');
		expect(parts).toEqual([
			{ start: '2024-03-01', end: '2024-03-08' },
			{ start: '2024-03-09', end: '2024-03-16' },
			{ start: '2024-03-17', end: '2024-03-20' },
		]);
		for (const part of parts) expect(days(part.start, part.end) * 25).toBeLessThanOrEqual(200);
	});
});
