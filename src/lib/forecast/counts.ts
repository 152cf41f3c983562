// Counts are non-negative and, when small, Poisson-noisy: no model error can make an interval
// for λ = 3 offences narrower than Poisson sampling allows. This module floors forecasts and
// intervals at zero and widens intervals of low-count series to at least the Poisson interval.

import { qpois } from './stats';

/** True when every value is a non-negative integer (a count series). */
export function isCountSeries(y: readonly number[]): boolean {
	return y.length > 0 && y.every((v) => v >= 0 && Number.isInteger(v));
}

/** Counts below this mean level get the Poisson floor on their intervals. */
export const LOW_COUNT_LEVEL = 30;

export interface Bands {
	mean: number[];
	levels: number[];
	lower: number[][];
	upper: number[][];
}

/** Applies the non-negativity floor and, for low counts, the Poisson minimum width. */
export function countAware(
	b: Bands,
	y: readonly number[],
	nonNegative: boolean
): Bands & { poisson: boolean } {
	const counts = isCountSeries(y);
	const recent = y.slice(-Math.min(y.length, 12));
	const level = recent.reduce((s, v) => s + v, 0) / Math.max(1, recent.length);
	const poisson = counts && level < LOW_COUNT_LEVEL;
	const floor = (v: number) => (nonNegative ? Math.max(0, v) : v);
	const mean = b.mean.map(floor);
	const lower = b.lower.map((row, i) =>
		row.map((v, k) => {
			const lam = Math.max(0, mean[k]);
			const p = poisson ? qpois((1 - b.levels[i] / 100) / 2, lam) : Infinity;
			return floor(Math.min(v, p));
		})
	);
	const upper = b.upper.map((row, i) =>
		row.map((v, k) => {
			const lam = Math.max(0, mean[k]);
			const p = poisson ? qpois(1 - (1 - b.levels[i] / 100) / 2, lam) : -Infinity;
			return floor(Math.max(v, p));
		})
	);
	return { mean, levels: b.levels, lower, upper, poisson };
}
