/**
 * A forecast fan: the observed series, the point forecast (dashed) and its 80 % and 95 %
 * intervals as bands, with the series-breaking events. Rows: { date, kind: 'observed' |
 * 'forecast', value, lo80, hi80, lo95, hi95 } (interval fields only on forecast rows).
 * The key (observed, forecast, both bands) is a colour legend, so that it is drawn inside the
 * SVG and the PNG (the frame redraws swatch legends, server/export/svg.ts); a band so wide that
 * it says little gets one sentence under the chart (`caption`, also inside the SVG).
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../dataset';
import { eventMarks } from './events';
import type { Translator } from '../i18n';
import { tickNumber } from './ticks';
import { pointDate, pointPeriod, timeAxis } from './time-axis';

export interface ForecastFanOptions {
	yLabel: string;
}

/** Opaque band colours: the key's swatches are then the colours the bands are drawn in. */
const BAND95 = '#c6dbef';
const BAND80 = '#6baed6';

interface FanPoint {
	x: Date;
	kind: string;
	y: number;
	lo80: number | null;
	hi80: number | null;
	lo95: number | null;
	hi95: number | null;
}

/**
 * The sentence a very wide interval needs, or null: the 95 % interval wider than the point
 * forecast itself (e.g. 0 to 204,147 around 90,000), or its lower bound cut off at zero.
 * Said once, for the last forecast year where it happens (the widest).
 */
export function wideIntervalNote(ahead: FanPoint[], tr: Translator): string | null {
	// the last such year: the interval only widens with the horizon
	const wide = ahead.findLast(
		(p) => p.lo95 !== null && p.hi95 !== null && p.hi95 - p.lo95 > Math.abs(p.y)
	);
	const clipped = ahead.findLast((p) => p.lo95 !== null && p.lo95 <= 0);
	const p = wide ?? clipped;
	if (!p) return null;
	const year = String(p.x.getUTCFullYear());
	if (wide)
		return tr
			.t('chart.wide_interval')
			.replace('{lo}', tr.num(p.lo95))
			.replace('{hi}', tr.num(p.hi95))
			.replace('{year}', year);
	return tr.t('chart.clipped_interval').replace('{year}', year);
}

export function forecastFanOptions(
	rows: Row[],
	o: ForecastFanOptions,
	tr: Translator
): Plot.PlotOptions {
	const pts: FanPoint[] = rows
		.filter((r) => typeof r.value === 'number')
		.map((r) => ({
			x: pointDate(r.date),
			kind: String(r.kind),
			y: r.value as number,
			lo80: (r.lo80 as number | null) ?? null,
			hi80: (r.hi80 as number | null) ?? null,
			lo95: (r.lo95 as number | null) ?? null,
			hi95: (r.hi95 as number | null) ?? null
		}));
	const observed = pts.filter((p) => p.kind === 'observed');
	const last = observed[observed.length - 1];
	// The forecast line and bands start at the last observation so that they join the series.
	const ahead = pts.filter((p) => p.kind === 'forecast');
	const joined = last
		? [{ ...last, lo80: last.y, hi80: last.y, lo95: last.y, hi95: last.y }, ...ahead]
		: ahead;
	const xs = pts.map((p) => p.x.getTime());
	const events = eventMarks([Math.min(...xs), Math.max(...xs)], tr);
	// The key names only what is drawn (a scenario projection may have no bands).
	const key = [
		[tr.t('chart.observed'), '#222', observed.length > 0],
		[tr.t('chart.forecast'), '#08519c', ahead.length > 0],
		[tr.t('chart.band80'), BAND80, ahead.some((p) => p.lo80 !== null && p.hi80 !== null)],
		[tr.t('chart.band95'), BAND95, ahead.some((p) => p.lo95 !== null && p.hi95 !== null)]
	].filter(([, , shown]) => shown) as [string, string, boolean][];
	const [observedKey, forecastKey, band80Key, band95Key] = [
		'chart.observed',
		'chart.forecast',
		'chart.band80',
		'chart.band95'
	].map((k) => tr.t(k as Parameters<Translator['t']>[0]));
	const note = wideIntervalNote(ahead, tr);
	return {
		width: 720,
		height: 340,
		marginLeft: 64,
		x: timeAxis(
			pts.map((p) => p.x),
			tr
		),
		y: { grid: true, zero: true, label: o.yLabel, tickFormat: tickNumber(tr) },
		color: {
			type: 'ordinal',
			domain: key.map(([label]) => label),
			range: key.map(([, colour]) => colour),
			legend: key.length > 1
		},
		...(note ? { caption: note } : {}),
		marks: [
			Plot.areaY(joined, { x: 'x', y1: 'lo95', y2: 'hi95', fill: () => band95Key }),
			Plot.areaY(joined, { x: 'x', y1: 'lo80', y2: 'hi80', fill: () => band80Key }),
			...events.rules,
			Plot.lineY(observed, { x: 'x', y: 'y', stroke: () => observedKey, strokeWidth: 2 }),
			Plot.dot(observed, {
				x: 'x',
				y: 'y',
				fill: () => observedKey,
				r: 2.5,
				title: (p: FanPoint) => `${pointPeriod(p.x, tr)}: ${tr.num(p.y)}`
			}),
			Plot.lineY(joined, {
				x: 'x',
				y: 'y',
				stroke: () => forecastKey,
				strokeWidth: 2,
				strokeDasharray: '6,4'
			}),
			// the forecast years: period, point forecast and its intervals on hover
			Plot.dot(ahead, {
				x: 'x',
				y: 'y',
				fill: () => forecastKey,
				r: 2.5,
				title: (p: FanPoint) =>
					[
						`${pointPeriod(p.x, tr)}: ${tr.num(p.y)}`,
						p.lo80 !== null && p.hi80 !== null
							? `${band80Key}: ${tr.num(p.lo80)}–${tr.num(p.hi80)}`
							: null,
						p.lo95 !== null && p.hi95 !== null
							? `${band95Key}: ${tr.num(p.lo95)}–${tr.num(p.hi95)}`
							: null
					]
						.filter(Boolean)
						.join('\n')
			}),
			...events.labels
		]
	};
}
