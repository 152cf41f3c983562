/**
 * The time axis of every chart over dates, in the page's language: Plot's own tick format
 * is English («Jul 2022») whatever the page says. Yearly figures are placed on 1 July of
 * their year (the middle of the year they count); their ticks are then put on the points
 * themselves and read as the year, so that a point sits on its year's label.
 */
import type * as Plot from '@observablehq/plot';
import type { Translator } from '../i18n';

/** Yearly figures are dated 1 July of their year (see the dataset builders). */
export const isMidYear = (d: Date) => d.getUTCMonth() === 6 && d.getUTCDate() === 1;

/**
 * A row's date as a point in time: a bare year («2019») counts the whole year, so it is
 * placed on 1 July like every yearly figure (new Date('2019') would be 1 January, half a
 * year left of its year's tick).
 */
export function pointDate(v: unknown): Date {
	const s = String(v);
	return /^\d{4}$/.test(s) ? new Date(Date.UTC(Number(s), 6, 1)) : new Date(s);
}

/** The period a point stands for, in the page's language: «2019» for a yearly figure. */
export function pointPeriod(d: Date, tr: Pick<Translator, 'tick'>): string {
	return isMidYear(d) ? String(d.getUTCFullYear()) : tr.tick(d);
}

/** At most this many tick labels: the rest of the years are still drawn, unlabelled. */
const MAX_YEAR_TICKS = 12;

export function timeAxis(xs: Date[], tr: Translator): Plot.ScaleOptions {
	if (xs.length && xs.every(isMidYear)) {
		const years = [...new Set(xs.map((d) => d.getUTCFullYear()))].sort((a, b) => a - b);
		const step = Math.ceil(years.length / MAX_YEAR_TICKS);
		return {
			type: 'utc',
			label: null,
			ticks: years.filter((_, i) => i % step === 0).map((y) => new Date(Date.UTC(y, 6, 1))),
			tickFormat: (d: Date) => String(d.getUTCFullYear())
		};
	}
	return { type: 'utc', label: null, tickFormat: (d: Date) => tr.tick(d) };
}

/** How many distinct dates a chart over time would place (a line needs two). */
export function distinctDates(xs: Date[]): number {
	return new Set(xs.map((d) => d.getTime())).size;
}
