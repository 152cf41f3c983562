/**
 * A line chart over time, one line per series, with the series-breaking events marked as
 * dashed rules and labelled. Rows: { [x]: 'YYYY-MM-DD', [series]: string, [y]: number|null }.
 * A series with one point is a dot, never a line of one point; a chart needs two dates
 * (panel() turns a shorter series into a sentence, see datedPoints).
 */
import * as Plot from '@observablehq/plot';
import type { ChartSpec, Row } from '../dataset';
import { eventMarks } from './events';
import type { Translator } from '../i18n';
import { tickNumber } from './ticks';
import { pointDate, pointPeriod, timeAxis } from './time-axis';
import { chartLabel } from '../domain/criminal-code';

/** The time-series chart spec (dataset.ts) without its kind. */
export type TimeSeriesOptions = Omit<Extract<ChartSpec, { kind: 'timeSeries' }>, 'kind'>;

/** The points a time series places: a value and a valid date. */
export function datedPoints(
	rows: Row[],
	o: Pick<TimeSeriesOptions, 'x' | 'y' | 'series' | 'color'>,
	tr: Pick<Translator, 'lang'> = { lang: 'ru' }
): { x: Date; y: number; s: string; c: string }[] {
	return (
		rows
			.filter((r) => typeof r[o.y] === 'number')
			.map((r) => ({
				x: pointDate(r[o.x]),
				y: r[o.y] as number,
				s: String(r[o.series]),
				// the legend names chapters by their short names (the tooltip keeps the series')
				c: chartLabel(String(r[o.color ?? o.series]), tr.lang)
			}))
			// A figure without a date (e.g. a published «about 57,000» with no period) cannot be
			// placed on the time axis — and an invalid date would void the range of the events.
			.filter((d) => !Number.isNaN(d.x.getTime()))
	);
}

export function timeSeriesOptions(
	rows: Row[],
	o: TimeSeriesOptions,
	tr: Translator
): Plot.PlotOptions {
	const data = datedPoints(rows, o, tr);
	// Points of different series are never joined; a series of one point is only a dot.
	const perSeries = new Map<string, number>();
	for (const d of data) perSeries.set(d.s, (perSeries.get(d.s) ?? 0) + 1);
	const lined = data.filter((d) => perSeries.get(d.s)! >= 2);
	const xs = data.map((d) => d.x.getTime());
	const lo = Math.min(...xs);
	const hi = Math.max(...xs);
	const events = eventMarks(o.events ? [lo, hi] : null, tr);
	return {
		width: 720,
		height: 320,
		marginLeft: 64,
		marginRight: 24,
		y: { grid: true, label: o.yLabel, zero: true, tickFormat: tickNumber(tr) },
		x: timeAxis(
			data.map((d) => d.x),
			tr
		),
		color: { legend: true, scheme: 'dark2' },
		marks: [
			...events.rules,
			Plot.lineY(lined, { x: 'x', y: 'y', z: 's', stroke: 'c', strokeWidth: 2 }),
			// The tooltip names the series and gives period and value: «…\n2019: 13 195».
			Plot.dot(data, {
				x: 'x',
				y: 'y',
				fill: 'c',
				r: 3,
				title: (d) => `${d.s}\n${pointPeriod(d.x, tr)}: ${tr.num(d.y)}`
			}),
			...events.labels
		]
	};
}
