import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { NodeOperationError } from 'n8n-workflow';

import { retryingRequest } from '../../builder/pagination';
import { readInParts } from '../../builder/recordPages';

/**
 * "Time series response data … is limited to 200 data points. … If hourly or daily data is needed for a longer time
 * period, the query must be broken into multiple requests." (reference, Summarizing Call Data by Time Series)
 */
export const MAX_POINTS = 200;

const DAY_MS = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** The first day of the interval that holds `date`: weeks start on Monday; an hour series is split by whole days. */
function intervalStart(date: Date, interval: string): Date {
	if (interval === 'week') return addDays(date, -((date.getUTCDay() + 6) % 7));
	if (interval === 'month') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
	if (interval === 'year') return new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
	return date;
}

/** The day after `count` intervals from an interval start; for hours, 8 whole days (at most 200 hours, 25-hour days too). */
function afterIntervals(start: Date, interval: string, count: number): Date {
	if (interval === 'week') return addDays(start, 7 * count);
	if (interval === 'month') return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + count, 1));
	if (interval === 'year') return new Date(Date.UTC(start.getUTCFullYear() + count, 0, 1));
	if (interval === 'hour') return addDays(start, Math.floor(count / 25));
	return addDays(start, count);
}

/**
 * The start and end dates of requests of at most 200 points covering `start`…`end` (inclusive days) that meet
 * without gap or overlap: each ends the day before the next starts, on an interval boundary. The first keeps the
 * user's start (a time of day too), the last the user's end.
 */
export function timeseriesParts(start: string, end: string, interval: string): Array<{ start: string; end: string }> {
	const last = new Date(`${end.slice(0, 10)}T00:00:00Z`);
	const parts: Array<{ start: string; end: string }> = [];
	let from = new Date(`${start.slice(0, 10)}T00:00:00Z`);
	let fromText = start;
	for (;;) {
		const next = afterIntervals(intervalStart(from, interval), interval, MAX_POINTS);
		if (next.getTime() > last.getTime()) {
			parts.push({ start: fromText, end });
			return parts;
		}
		parts.push({ start: fromText, end: day(addDays(next, -1)) });
		from = next;
		fromText = day(next);
	}
}

const COUNTS = ['total_calls', 'missed_calls', 'answered_calls', 'first_time_callers', 'leads'];

/** The totals of the whole range from those of its parts: counts add up, the average duration is weighted by calls. */
function mergedTotals(parts: IDataObject[]): IDataObject {
	const totals = parts.map((part) => (part.total_results ?? {}) as IDataObject);
	const merged: IDataObject = {};
	for (const key of Object.keys(totals[0] ?? {})) {
		if (COUNTS.includes(key)) merged[key] = totals.reduce((sum, t) => sum + Number(t[key] ?? 0), 0);
	}
	if ('average_duration' in (totals[0] ?? {})) {
		const calls = totals.reduce((sum, t) => sum + Number(t.total_calls ?? 0), 0);
		const seconds = totals.reduce((sum, t) => sum + Number(t.average_duration ?? 0) * Number(t.total_calls ?? 0), 0);
		merged.average_duration = calls ? Math.round(seconds / calls) : 0;
	}
	if ('formatted_average_duration' in (totals[0] ?? {})) {
		const average = Number(merged.average_duration ?? 0);
		merged.formatted_average_duration = `${Math.floor(average / 60)}m ${average % 60}s`;
	}
	return merged;
}

/** Today in a time zone, as YYYY-MM-DD. */
const todayIn = (timeZone: string) =>
	new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/**
 * The last day of a year preset in the time zone CallRail answered in, for the presets a day series can outgrow;
 * undefined for any other.
 */
function yearPresetEnd(range: unknown, timeZone: string): string | undefined {
	const today = todayIn(timeZone);
	if (range === 'this_year') return today;
	if (range === 'last_year') return `${Number(today.slice(0, 4)) - 1}-12-31`;
	return undefined;
}

/**
 * Get Call Timeseries of any length: a range of more than 200 points (by Start Date and End Date, or Start Date to
 * today) is asked in parts of at most 200 points and merged into one series, in order; a shorter one is one request.
 * A year preset by day is asked as the preset first, and, when CallRail stops at 200 points, on from the day after
 * its last point to the preset's end; any other preset answered with 200 points is refused rather than returned cut.
 */
export async function paginateTimeseries(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await readInParts.call(this, requestData, async () => {
		const qs = (requestData.options.qs ?? {}) as IDataObject;
		const ask = async (part?: { start: string; end: string }) => {
			const dated: IDataObject = { ...qs, start_date: part?.start, end_date: part?.end };
			delete dated.date_range;
			const options = part ? { ...requestData.options, qs: dated } : requestData.options;
			const [item] = await retryingRequest.call(this, { ...requestData, options });
			return (item?.json ?? {}) as IDataObject;
		};
		const start = typeof qs.start_date === 'string' ? qs.start_date : undefined;
		const interval = String(qs.interval ?? 'day');
		const answers: IDataObject[] = [];
		if (start) {
			const end = typeof qs.end_date === 'string' ? qs.end_date : day(new Date());
			for (const part of timeseriesParts(start, end, interval)) answers.push(await ask(part));
		} else {
			const first = await ask();
			answers.push(first);
			const data = Array.isArray(first.data) ? (first.data as IDataObject[]) : [];
			if (data.length >= MAX_POINTS) {
				const presetEnd = interval === 'day' ? yearPresetEnd(qs.date_range, String(first.time_zone ?? 'UTC')) : undefined;
				if (!presetEnd) {
					throw new NodeOperationError(this.getNode(), `CallRail answered ${MAX_POINTS} data points, its most for one request, so this period may be longer than the answer`, {
						description: 'Choose Start Date and End Date instead of a Date Range (the node then asks in parts and merges them), or a longer Interval.',
						itemIndex: this.getItemIndex(),
					});
				}
				const next = day(addDays(new Date(`${String(data[data.length - 1].date).slice(0, 10)}T00:00:00Z`), 1));
				if (next <= presetEnd) for (const part of timeseriesParts(next, presetEnd, interval)) answers.push(await ask(part));
			}
		}
		if (answers.length === 1) return answers[0];
		return {
			start_date: answers[0].start_date,
			end_date: answers[answers.length - 1].end_date,
			time_zone: answers[0].time_zone,
			total_results: mergedTotals(answers),
			data: answers.flatMap((answer) => (Array.isArray(answer.data) ? (answer.data as IDataObject[]) : [])),
		};
	});
}
