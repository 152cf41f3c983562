/**
 * A forecast fan: the observed series, the point forecast (dashed) and its 80 % and 95 %
 * intervals as bands, with the series-breaking events. Rows: { date, kind: 'observed' |
 * 'forecast', value, lo80, hi80, lo95, hi95 } (interval fields only on forecast rows).
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../dataset';
import { eventMarks } from './events';
import type { Translator } from '../i18n';
import { timeAxis } from './time-axis';

export interface ForecastFanOptions {
	yLabel: string;
}

export function forecastFanOptions(
	rows: Row[],
	o: ForecastFanOptions,
	tr: Translator
): Plot.PlotOptions {
	const pts = rows
		.filter((r) => typeof r.value === 'number')
		.map((r) => ({
			x: new Date(String(r.date)),
			kind: String(r.kind),
			y: r.value as number,
			lo80: r.lo80 as number | null,
			hi80: r.hi80 as number | null,
			lo95: r.lo95 as number | null,
			hi95: r.hi95 as number | null
		}));
	const observed = pts.filter((p) => p.kind === 'observed');
	const last = observed[observed.length - 1];
	// The forecast line and bands start at the last observation so that they join the series.
	const ahead = pts.filter((p) => p.kind === 'forecast');
	const joined = last
		? [{ ...last, lo80: last.y, hi80: last.y, lo95: last.y, hi95: last.y }, ...ahead]
		: ahead;
	const xs = pts.map((p) => p.x.getTime());
	return {
		width: 720,
		height: 340,
		marginLeft: 64,
		x: timeAxis(
			pts.map((p) => p.x),
			tr
		),
		y: { grid: true, zero: true, label: o.yLabel, tickFormat: (v: number) => tr.num(v) },
		marks: [
			Plot.areaY(joined, { x: 'x', y1: 'lo95', y2: 'hi95', fill: '#9ecae1', fillOpacity: 0.5 }),
			Plot.areaY(joined, { x: 'x', y1: 'lo80', y2: 'hi80', fill: '#4292c6', fillOpacity: 0.5 }),
			...eventMarks([Math.min(...xs), Math.max(...xs)], tr),
			Plot.lineY(observed, { x: 'x', y: 'y', stroke: '#222', strokeWidth: 2 }),
			Plot.dot(observed, { x: 'x', y: 'y', fill: '#222', r: 2.5 }),
			Plot.lineY(joined, {
				x: 'x',
				y: 'y',
				stroke: '#08519c',
				strokeWidth: 2,
				strokeDasharray: '6,4'
			})
		]
	};
}
