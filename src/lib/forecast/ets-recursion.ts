// The ETS state-space recursion (Hyndman et al. 2008, error-correction form): full filter,
// likelihood-only fast path for the optimiser, and the additive-error least-squares solution for
// the initial level and trend. Separated from the fitting code so each stays readable.

import type { EtsSpec } from './ets-core';

/** Classical decomposition seasonal indices (additive differences or multiplicative ratios). */
export function seasonalIndices(y: readonly number[], m: number, mult: boolean): number[] {
	const n = y.length;
	const half = m / 2;
	const sums = new Array<number>(m).fill(0);
	const counts = new Array<number>(m).fill(0);
	for (let t = Math.ceil(half); t < n - Math.ceil(half); t++) {
		// centred 2×m moving average (m even) or m moving average (m odd)
		let ma = 0;
		if (m % 2 === 0) {
			for (let j = -half; j <= half; j++) ma += (Math.abs(j) === half ? 0.5 : 1) * y[t + j];
		} else {
			for (let j = -Math.floor(half); j <= Math.floor(half); j++) ma += y[t + j];
		}
		ma /= m;
		sums[t % m] += mult ? y[t] / ma : y[t] - ma;
		counts[t % m]++;
	}
	const idx = sums.map((s, j) => (counts[j] ? s / counts[j] : mult ? 1 : 0));
	const avg = idx.reduce((a, b) => a + b, 0) / m;
	return idx.map((v) => (mult ? v / avg : v - avg));
}

export interface Run {
	lik: number;
	sse: number;
	level: number;
	trend: number;
	season: Float64Array;
}

/**
 * One pass of the ETS recursion; returns -2 log-likelihood (up to a constant) and final states
 * (the final seasonal states in `season`). The same loop as the optimiser's etsLik, run once.
 */
export function etsFilter(
	y: readonly number[],
	spec: EtsSpec,
	m: number,
	alpha: number,
	beta: number,
	gamma: number,
	phi: number,
	l0: number,
	b0: number,
	s0: readonly number[],
	season: Float64Array
): Run {
	const par = new Float64Array(P_COUNT);
	par[P_ALPHA] = alpha;
	par[P_BETA] = beta;
	par[P_GAMMA] = gamma;
	par[P_PHI] = phi;
	par[P_L0] = l0;
	par[P_B0] = b0;
	etsLik(y, spec, m, par, s0, season);
	return { lik: par[P_LIK], sse: par[P_SSE], level: par[P_LEVEL], trend: par[P_TREND], season };
}

/** Indices into the parameter vector of the hot-path functions below. */
export const P_ALPHA = 0,
	P_BETA = 1,
	P_GAMMA = 2,
	P_PHI = 3,
	P_L0 = 4,
	P_B0 = 5,
	/** etsLik's results (a returned double would be boxed too): -2 log-likelihood, ... */
	P_LIK = 6,
	/** ... the sum of squared (relative) errors and the final level and trend. */
	P_SSE = 7,
	P_LEVEL = 8,
	P_TREND = 9,
	/** Length of the parameter vector. */
	P_COUNT = 10;

/**
 * -2 log-likelihood (the optimiser's objective), written to par[P_LIK], with the SSE and the
 * final level and trend at P_SSE, P_LEVEL, P_TREND (the final seasonal states stay in `season`). The parameters come in one Float64Array `par` (alpha, beta, gamma, phi, l0, b0 at
 * P_*): passing or returning doubles through a call the engine does not inline boxes each of
 * them on every call, and that garbage was a fifth of the batch time.
 */
export function etsLik(
	y: readonly number[],
	spec: EtsSpec,
	m: number,
	par: Float64Array,
	s0: readonly number[],
	season: Float64Array
): void {
	const n = y.length;
	const alpha = par[P_ALPHA];
	const beta = par[P_BETA];
	const gamma = par[P_GAMMA];
	const phi = par[P_PHI];
	let l = par[P_L0];
	let b = par[P_B0];
	for (let j = 0; j < m; j++) season[j] = s0[j];
	let sse = 0;
	let sumLogMu = 0;
	const hasT = spec.trend !== 'N';
	const sA = spec.season === 'A';
	const sM = spec.season === 'M';
	const multErr = spec.error === 'M';
	for (let t = 0; t < n; t++) {
		const j = m === 1 ? 0 : t % m;
		const s = season[j];
		const lb = hasT ? l + phi * b : l;
		const mu = sA ? lb + s : sM ? lb * s : lb;
		const e = y[t] - mu;
		if (multErr) {
			if (!(mu > 0)) {
				par[P_LIK] = par[P_SSE] = Infinity;
				par[P_LEVEL] = l;
				par[P_TREND] = b;
				return;
			}
			const eps = e / mu;
			sse += eps * eps;
			sumLogMu += Math.log(mu);
		} else sse += e * e;
		if (sM) {
			l = lb + (alpha * e) / s;
			if (hasT) b = phi * b + (beta * e) / s;
			season[j] = s + (gamma * e) / lb;
		} else {
			l = lb + alpha * e;
			if (hasT) b = phi * b + beta * e;
			if (sA) season[j] = s + gamma * e;
		}
	}
	par[P_LIK] = n * Math.log(Math.max(sse, 1e-300) / n) + 2 * sumLogMu;
	par[P_SSE] = sse;
	par[P_LEVEL] = l;
	par[P_TREND] = b;
}

/**
 * One-step errors of an additive-error, non-multiplicative model into `out` (linear in l0, b0);
 * smoothing parameters from `par` (P_*), initial level and trend 0 or 1 as `l0`, `b0`.
 */
export function additiveErrors(
	y: ArrayLike<number>,
	hasT: boolean,
	sA: boolean,
	m: number,
	par: Float64Array,
	l0: number,
	b0: number,
	s0: readonly number[] | null,
	season: Float64Array,
	out: Float64Array
): void {
	const alpha = par[P_ALPHA];
	const beta = par[P_BETA];
	const gamma = par[P_GAMMA];
	const phi = par[P_PHI];
	let l = l0;
	let b = b0;
	for (let j = 0; j < m; j++) season[j] = s0 ? s0[j] : 0;
	for (let t = 0; t < out.length; t++) {
		const j = m === 1 ? 0 : t % m;
		const lb = hasT ? l + phi * b : l;
		const e = y[t] - (sA ? lb + season[j] : lb);
		out[t] = e;
		l = lb + alpha * e;
		if (hasT) b = phi * b + beta * e;
		if (sA) season[j] += gamma * e;
	}
}

/**
 * For additive errors the one-step errors are linear in the initial level and trend, so these
 * are concentrated out by least squares (three passes of the recursion) instead of being
 * searched by the optimiser. Smoothing parameters from `par` (P_*). Returns the SSE and writes
 * it, the optimal l0 and b0 into res[0..2].
 */
export function concentratedInit(
	y: readonly number[],
	hasT: boolean,
	sA: boolean,
	m: number,
	par: Float64Array,
	s0: readonly number[],
	w: {
		season: Float64Array;
		e0: Float64Array;
		el: Float64Array;
		eb: Float64Array;
		zero: Float64Array;
	},
	res: Float64Array
): number {
	additiveErrors(y, hasT, sA, m, par, 0, 0, s0, w.season, w.e0);
	additiveErrors(w.zero, hasT, sA, m, par, 1, 0, null, w.season, w.el);
	if (hasT) additiveErrors(w.zero, hasT, sA, m, par, 0, 1, null, w.season, w.eb);
	// minimise Σ (e0 + l0·el + b0·eb)²
	let saa = 0,
		sab = 0,
		sbb = 0,
		sae = 0,
		sbe = 0,
		see = 0;
	const n = y.length;
	for (let t = 0; t < n; t++) {
		const a = w.el[t];
		const e = w.e0[t];
		saa += a * a;
		sae += a * e;
		see += e * e;
		if (hasT) {
			const c = w.eb[t];
			sab += a * c;
			sbb += c * c;
			sbe += c * e;
		}
	}
	if (!hasT) {
		const l0 = saa > 0 ? -sae / saa : 0;
		res[1] = l0;
		res[2] = 0;
		return (res[0] = Math.max(0, see + l0 * sae));
	}
	const ridge = 1e-10 * (saa + sbb);
	const det = (saa + ridge) * (sbb + ridge) - sab * sab;
	if (!(Math.abs(det) > 0)) {
		res[1] = res[2] = 0;
		return (res[0] = see);
	}
	const l0 = (-(sbb + ridge) * sae + sab * sbe) / det;
	const b0 = (sab * sae - (saa + ridge) * sbe) / det;
	res[1] = l0;
	res[2] = b0;
	return (res[0] = Math.max(0, see + l0 * sae + b0 * sbe));
}
