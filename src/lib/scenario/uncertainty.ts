/**
 * Intervals from simulated draws. Each draw takes one bootstrap refit of the parameters, one
 * path through the convictions forecast, a level of the future imprisonment share within its
 * assumed range, and the model's own misfit to the published figures (log-normal with the
 * fit's RMSE); the 80 and 95 % intervals are the central quantiles of the draws year by year.
 * The same draws serve the baseline and the scenario, so their difference has its own interval.
 */
import { mulberry32 } from '../../../pipelines/demo/prng';
import type { ProjectedYear } from './types';

/** Quantile p of sorted values (linear between order statistics, as R's type 7). */
export function quantileSorted(sorted: readonly number[], p: number): number {
	if (!sorted.length) return NaN;
	const x = (sorted.length - 1) * p;
	const lo = Math.floor(x);
	const hi = Math.min(sorted.length - 1, lo + 1);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (x - lo);
}

/** A year's point projection and the 80/95 % intervals of its draws. */
export function summariseYear(
	year: number,
	point: number,
	draws: readonly number[]
): ProjectedYear {
	const s = [...draws].sort((a, b) => a - b);
	return {
		year,
		mean: point,
		lo80: quantileSorted(s, 0.1),
		hi80: quantileSorted(s, 0.9),
		lo95: quantileSorted(s, 0.025),
		hi95: quantileSorted(s, 0.975)
	};
}

/** The random numbers of one draw (uniforms and standard normals), reproducible from the seed. */
export interface DrawNoise {
	/** Quantile of the convictions path (0–1). */
	u: number;
	/** Factor on the future imprisonment share (0.9–1.1). */
	shareFactor: number;
	zPrison: number;
	zProbation: number;
}

export function drawNoise(n: number, seed: number): DrawNoise[] {
	const rng = mulberry32(seed);
	const normal = () => {
		const u1 = Math.max(rng(), 1e-12);
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * rng());
	};
	return Array.from({ length: n }, () => ({
		u: rng(),
		shareFactor: 0.9 + 0.2 * rng(),
		zPrison: normal(),
		zProbation: normal()
	}));
}
