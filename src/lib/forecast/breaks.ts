// Structural breaks in Kazakhstan's crime statistics. Forecasts must not straddle them blindly:
// a model can be told to start after a break, and every forecast says which break it respected.
// Region lineage: a region created by a reform has no history before it unless the caller
// passes its predecessor territory's series explicitly (and says so in the forecast note).
// The dates come from the domain calendar (pure data), so the library stays browser-safe.

import { CALENDAR, calendarEvent, type CalendarEvent } from '../domain/calendar';

/** A break, pulse or event of the calendar (`src/lib/domain/calendar.ts`, the one list). */
export type KnownBreak = CalendarEvent;

/** Every break, pulse and event of the calendar; forecasts take their ids in `breaks`. */
export const KNOWN_BREAKS: readonly KnownBreak[] = CALENDAR;

/** Period start dates as ISO strings (YYYY-MM-DD); annual periods use YYYY-01-01. */
export function periodStart(year: number, month = 1): string {
	return `${year}-${String(month).padStart(2, '0')}-01`;
}

/**
 * Index of the first observation on or after the latest break (by id); 0 if every break comes
 * before the series. `starts` are the ISO start dates of the observations, in order.
 * A break inside a period (e.g. June 2022 in an annual series) starts the model at the first
 * full period after it; a break after the last period's start leaves nothing to fit
 * (`startAt` = the series' length: the data all describe the old regime or territory).
 * Pulses restart nothing; events and breaks restart the fit when named.
 */
export function startAfterBreaks(
	starts: readonly string[],
	breakIds: readonly string[]
): { startAt: number; applied: KnownBreak | null } {
	let startAt = 0;
	let applied: KnownBreak | null = null;
	for (const id of breakIds) {
		const b = calendarEvent(id);
		if (b.kind === 'pulse') continue; // a pulse does not restart the history
		const i = starts.findIndex((s) => s >= b.date);
		const at = i < 0 ? starts.length : i;
		if (at > startAt) {
			startAt = at;
			applied = b;
		}
	}
	return { startAt, applied };
}

/**
 * Pulses (by id) whose date falls inside the observations from `startAt` on: `last` when it is
 * in the latest period, where the forecast starts from a level the pulse may have moved. The end
 * of the latest period is taken one period-length (from the last two starts) after its start.
 */
export function pulsesInside(
	starts: readonly string[],
	breakIds: readonly string[],
	startAt = 0
): { pulse: KnownBreak; last: boolean }[] {
	const n = starts.length;
	if (n === 0 || startAt >= n) return [];
	const day = 86_400_000;
	const t = (s: string) => Date.parse(`${s.slice(0, 10)}T00:00:00Z`);
	const step = n >= 2 ? t(starts[n - 1]) - t(starts[n - 2]) : 365 * day;
	const end = t(starts[n - 1]) + step;
	const out: { pulse: KnownBreak; last: boolean }[] = [];
	for (const id of breakIds) {
		const b = KNOWN_BREAKS.find((k) => k.id === id);
		if (!b || b.kind !== 'pulse') continue;
		const at = t(b.date);
		if (at < t(starts[startAt]) || at >= end) continue;
		out.push({ pulse: b, last: at >= t(starts[n - 1]) });
	}
	return out;
}

/**
 * Replaces observations inside a pulse (e.g. COVID-19 months) by the average of the same
 * positions' neighbours so the model does not learn the pulse. Returns a copy; callers must
 * say on the chart that the pulse was smoothed.
 */
export function smoothPulse(y: readonly number[], from: number, to: number): number[] {
	const out = y.slice();
	const before = from > 0 ? y[from - 1] : y[to + 1];
	const after = to + 1 < y.length ? y[to + 1] : before;
	for (let i = from; i <= to && i < y.length; i++) {
		const w = (i - from + 1) / (to - from + 2);
		out[i] = before * (1 - w) + after * w;
	}
	return out;
}
