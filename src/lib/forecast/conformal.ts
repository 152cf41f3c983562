// Split-conformal prediction intervals pooled across series: the backtest's scaled absolute
// errors, grouped by (method, horizon), give the ⌈(1−α)(n+1)⌉-th order statistic q; the interval
// is forecast ± q × the series' own naive-error scale. Calibrating inside one short series is
// hopeless; pooling over many series makes the stated coverage the achieved one.

import type { SeriesBacktest } from './backtest';
import { conformalQuantile } from './stats';

/** quantiles[method][level] = q for horizons 1..H (non-decreasing in the horizon). */
export type Calibration = Record<string, Record<string, number[]>>;

export function calibrate(backtests: SeriesBacktest[], levels: number[] = [80, 95]): Calibration {
	const pools = new Map<string, number[][]>();
	for (const bt of backtests)
		for (const [method, r] of Object.entries(bt)) {
			const pool = pools.get(method) ?? [];
			pools.set(method, pool);
			r.scores.forEach((s, k) => {
				pool[k] ??= [];
				for (const v of s) pool[k].push(v);
			});
		}
	const out: Calibration = {};
	for (const [method, pool] of pools) {
		const sorted: number[][] = [];
		for (const p of pool) {
			if (!p || p.length === 0) break;
			sorted.push(p.slice().sort((a, b) => a - b));
		}
		out[method] = {};
		for (const level of levels) {
			let prev = 0;
			out[method][String(level)] = sorted.map(
				(s) => (prev = Math.max(prev, conformalQuantile(s, level / 100)))
			);
		}
	}
	return out;
}

/** q for horizons 1..h; beyond the calibrated horizons grow like sqrt(h). */
export function quantilesFor(
	cal: Calibration,
	method: string,
	level: number,
	h: number
): number[] | null {
	const q = cal[method]?.[String(level)];
	if (!q || q.length === 0 || !q.every(Number.isFinite)) return null;
	const H = q.length;
	return Array.from({ length: h }, (_, k) => (k < H ? q[k] : q[H - 1] * Math.sqrt((k + 1) / H)));
}
