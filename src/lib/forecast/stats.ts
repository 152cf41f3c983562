// Small numerical helpers (normal and Poisson quantiles, least squares, empirical quantiles)
// kept dependency-free so the forecasting code also runs in the browser bundle.

import type { FittedModel, PointAndIntervals } from './types';

/** Inverse standard normal CDF (Acklam's rational approximation, |rel. error| < 1.2e-9). */
export function qnorm(p: number): number {
	if (p <= 0 || p >= 1) throw new RangeError(`qnorm: p must be in (0, 1), got ${p}`);
	const a = [
		-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
		2.506628277459239
	];
	const b = [
		-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572
	];
	const c = [
		-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
		4.374664141464968, 2.938163982698783
	];
	const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
	const pl = 0.02425;
	if (p < pl) {
		const q = Math.sqrt(-2 * Math.log(p));
		return (
			(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
			((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
		);
	}
	if (p > 1 - pl) return -qnorm(1 - p);
	const q = p - 0.5;
	const r = q * q;
	return (
		((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
		(((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
	);
}

/** Smallest k with P(X <= k) >= p for X ~ Poisson(lambda). */
export function qpois(p: number, lambda: number): number {
	if (lambda <= 0) return 0;
	let k = 0;
	let term = Math.exp(-lambda);
	let cdf = term;
	while (cdf < p && k < 100000) {
		k++;
		term *= lambda / k;
		cdf += term;
	}
	return k;
}

export function mean(x: readonly number[]): number {
	let s = 0;
	for (const v of x) s += v;
	return s / x.length;
}

/** Ordinary least squares of y on t = 1..n: returns intercept a and slope b. */
export function linearTrend(y: readonly number[]): { a: number; b: number } {
	const n = y.length;
	const tbar = (n + 1) / 2;
	const ybar = mean(y);
	let sxy = 0;
	let sxx = 0;
	for (let i = 0; i < n; i++) {
		const dt = i + 1 - tbar;
		sxy += dt * (y[i] - ybar);
		sxx += dt * dt;
	}
	const b = sxx > 0 ? sxy / sxx : 0;
	return { a: ybar - b * tbar, b };
}

/** Conformal order statistic: the ceil((1-alpha)(n+1))-th smallest value (Infinity if n too small). */
export function conformalQuantile(sorted: readonly number[], coverage: number): number {
	const n = sorted.length;
	const k = Math.ceil(coverage * (n + 1));
	if (k > n) return sorted.length ? sorted[n - 1] * 1.5 : Infinity;
	return sorted[Math.max(0, k - 1)];
}

/** Builds mean ± z·sd intervals for a fitted model (the default predict implementation). */
export function gaussianIntervals(m: FittedModel, h: number, levels: number[]): PointAndIntervals {
	const mu = m.mean(h);
	const sd = m.sd(h);
	const lower: number[][] = [];
	const upper: number[][] = [];
	for (const level of levels) {
		const z = qnorm(0.5 + level / 200);
		lower.push(mu.map((v, k) => v - z * sd[k]));
		upper.push(mu.map((v, k) => v + z * sd[k]));
	}
	return { mean: mu, levels: [...levels], lower, upper };
}

/** Validates a training series: finite numbers, enough points. */
export function checkSeries(y: readonly number[], min: number, what: string): void {
	for (let i = 0; i < y.length; i++) {
		if (!Number.isFinite(y[i]))
			throw new RangeError(
				`${what}: value at position ${i + 1} is ${y[i]}; fill or drop missing values before forecasting`
			);
	}
	if (y.length < min)
		throw new RangeError(`${what}: needs at least ${min} observations, got ${y.length}`);
}
