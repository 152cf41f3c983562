/**
 * A line chart over time, one line per series, with the series-breaking events marked as
 * dashed rules and labelled. Rows: { [x]: 'YYYY-MM-DD', [series]: string, [y]: number|null }.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../dataset';
import { eventMarks } from './events';
import type { Translator } from '../i18n';

export interface TimeSeriesOptions {
	x: string;
	y: string;
	series: string;
	yLabel: string;
	events: boolean;
}

export function timeSeriesOptions(
	rows: Row[],
	o: TimeSeriesOptions,
	tr: Translator
): Plot.PlotOptions {
	const data = rows
		.filter((r) => typeof r[o.y] === 'number')
		.map((r) => ({ x: new Date(String(r[o.x])), y: r[o.y] as number, s: String(r[o.series]) }))
		// A figure without a date (e.g. a published «about 57,000» with no period) cannot be
		// placed on the time axis — and an invalid date would void the range of the events.
		.filter((d) => !Number.isNaN(d.x.getTime()));
	const xs = data.map((d) => d.x.getTime());
	const lo = Math.min(...xs);
	const hi = Math.max(...xs);
	return {
		width: 720,
		height: 320,
		marginLeft: 64,
		marginRight: 24,
		y: { grid: true, label: o.yLabel, zero: true, tickFormat: (v: number) => tr.num(v) },
		x: { label: null, type: 'utc' },
		color: { legend: true, scheme: 'dark2' },
		marks: [
			...eventMarks(o.events ? [lo, hi] : null, tr),
			Plot.lineY(data, { x: 'x', y: 'y', stroke: 's', strokeWidth: 2 }),
			Plot.dot(data, { x: 'x', y: 'y', fill: 's', r: 3, title: (d) => `${d.s}: ${tr.num(d.y)}` })
		]
	};
}
