// Automatic seasonal ARIMA (Hyndman & Khandakar 2008, as R's forecast::auto.arima with its
// defaults for long series): the seasonal difference D from a seasonal-strength test, the
// difference d from KPSS tests, then a stepwise search over (p, q)(P, Q) and the constant by
// AICc. Every candidate is fitted by conditional sum of squares (CSS, as R's `arima(method =
// "CSS")`, auto.arima's search when n > 150 or m > 12); the chosen order is then refitted by
// exact Gaussian maximum likelihood from the CSS estimates (R's `arima(method = "CSS-ML")`; the
// innovations algorithm in arima-ml.ts), kept when admissible. The reported AICc stays the CSS
// one the search compared. Forecasts undo the differences (after an ML refit the ARMA part is
// predicted from the exact innovations, as R's Kalman filter does); standard deviations come
// from the ψ-weights of the whole model.

import { armaInnovations, armaLogLik, solveDense } from './arima-ml';
import { checkSeries, gaussianIntervals } from './stats';
import type { FitOptions, FittedModel, ForecastModel } from './types';

export interface ArimaOrder {
	p: number;
	d: number;
	q: number;
	P: number;
	D: number;
	Q: number;
	/** Seasonal period (1: no seasonal part). */
	m: number;
	/** Mean (d + D = 0) or drift (d + D = 1) term. */
	constant: boolean;
}

export interface ArimaFit extends FittedModel {
	readonly order: ArimaOrder;
	/** ar (p), ma (q), sar (P), sma (Q), constant (mean of the differenced series). */
	readonly coef: { ar: number[]; ma: number[]; sar: number[]; sma: number[]; constant: number };
	readonly sigma2: number;
	readonly aicc: number;
	/** How the coefficients were estimated: "CSS", or "CSS-ML" (CSS start, exact ML refit). */
	readonly estimation: 'CSS' | 'CSS-ML';
	/** Exact Gaussian log-likelihood of the differenced series at the coefficients (as R's). */
	readonly loglik: number;
}

/** The series after the order's D seasonal and d first differences. */
function differenced(y: readonly number[], order: ArimaOrder): number[] {
	let w = y.slice();
	for (let i = 0; i < order.D; i++) w = diff(w, order.m);
	for (let i = 0; i < order.d; i++) w = diff(w, 1);
	return w;
}

/** Lag-`lag` differences. */
export function diff(y: readonly number[], lag = 1): number[] {
	const out: number[] = [];
	for (let t = lag; t < y.length; t++) out.push(y[t] - y[t - lag]);
	return out;
}

/**
 * KPSS level-stationarity statistic (Kwiatkowski et al. 1992) with the Newey–West long-run
 * variance, Bartlett weights and lag trunc(4 (n/100)^¼) (urca's `lags = "short"`, as ndiffs).
 */
export function kpssStat(y: readonly number[]): number {
	const n = y.length;
	let mu = 0;
	for (const v of y) mu += v;
	mu /= n;
	const e = y.map((v) => v - mu);
	let s = 0;
	let ss = 0;
	for (const v of e) {
		s += v;
		ss += s * s;
	}
	const l = Math.trunc(4 * Math.pow(n / 100, 0.25));
	let lrv = 0;
	for (const v of e) lrv += v * v;
	for (let k = 1; k <= l; k++) {
		let c = 0;
		for (let t = k; t < n; t++) c += e[t] * e[t - k];
		lrv += 2 * (1 - k / (l + 1)) * c;
	}
	lrv /= n;
	return lrv > 0 ? ss / (n * n * lrv) : 0;
}

/** 5 % critical value of the KPSS level test (Kwiatkowski et al. 1992, table 1). */
export const KPSS_CRIT_05 = 0.463;

/** Number of first differences (0–2) the KPSS tests at 5 % ask for (forecast::ndiffs). */
export function ndiffs(y: readonly number[], maxD = 2): number {
	let x = y.slice();
	let d = 0;
	while (d < maxD && x.length > 3 && !isConstant(x) && kpssStat(x) > KPSS_CRIT_05) {
		x = diff(x);
		d++;
	}
	return d;
}

function isConstant(x: readonly number[]): boolean {
	return x.every((v) => v === x[0]);
}

/** Centred moving average of order m (2×m for even m); NaN where it does not reach. */
function movingAverage(y: readonly number[], m: number): number[] {
	const n = y.length;
	const half = m / 2;
	const out = new Array<number>(n).fill(NaN);
	for (let t = Math.ceil(half); t < n - Math.ceil(half); t++) {
		let ma = 0;
		if (m % 2 === 0)
			for (let j = -half; j <= half; j++) ma += (Math.abs(j) === half ? 0.5 : 1) * y[t + j];
		else for (let j = -Math.floor(half); j <= Math.floor(half); j++) ma += y[t + j];
		out[t] = ma / m;
	}
	return out;
}

/**
 * Strength of seasonality, max(0, 1 − Var(remainder) / Var(seasonal + remainder)) (Wang, Smith
 * & Hyndman 2006). R's nsdiffs decomposes by STL (seasonal window 11: the pattern may evolve);
 * here the same idea without loess: trend by the centred 2×m moving average, each month's
 * detrended values smoothed by a tricube-weighted local mean over ±5 years (STL's locally
 * constant fit with s.window = 11), the smoothed pattern re-centred by its own moving average.
 */
export function seasonalStrength(y: readonly number[], m: number): number {
	const n = y.length;
	if (m <= 1 || n < 2 * m + 1) return 0;
	const trend = movingAverage(y, m);
	const detr = y.map((v, t) => v - trend[t]);
	const raw = new Array<number>(n).fill(NaN);
	for (let t = 0; t < n; t++) {
		if (!Number.isFinite(detr[t])) continue;
		let sw = 0;
		let sv = 0;
		for (let j = -5; j <= 5; j++) {
			const u = t + j * m;
			if (u < 0 || u >= n || !Number.isFinite(detr[u])) continue;
			const wgt = Math.pow(1 - Math.pow(Math.abs(j) / 6, 3), 3);
			sw += wgt;
			sv += wgt * detr[u];
		}
		raw[t] = sv / sw;
	}
	// re-centre: the seasonal component sums to about zero over any m consecutive points
	const level = movingAverage(
		raw.map((v) => (Number.isFinite(v) ? v : 0)),
		m
	);
	const sea: number[] = [];
	const rem: number[] = [];
	for (let t = 0; t < n; t++) {
		const lv = level[t];
		// only where the re-centring window lies inside the detrended span
		if (!Number.isFinite(detr[t]) || !Number.isFinite(lv)) continue;
		if (!Number.isFinite(raw[t - Math.ceil(m / 2)]) || !Number.isFinite(raw[t + Math.ceil(m / 2)]))
			continue;
		const st = raw[t] - lv;
		sea.push(detr[t]);
		rem.push(detr[t] - st);
	}
	if (sea.length < m) return 0;
	const v = (x: number[]) => {
		const mu = x.reduce((a, b) => a + b, 0) / x.length;
		return x.reduce((a, b) => a + (b - mu) * (b - mu), 0);
	};
	const vd = v(sea);
	return vd > 0 ? Math.max(0, Math.min(1, 1 - v(rem) / vd)) : 0;
}

/** Seasonal differences (0 or 1) by the seasonal-strength rule of forecast::nsdiffs (> 0.64). */
export function nsdiffs(y: readonly number[], m: number): number {
	if (m <= 1 || y.length < 3 * m || isConstant(y)) return 0;
	return seasonalStrength(y, m) > 0.64 ? 1 : 0;
}

/**
 * True when 1 − c₁z − … − c_k z^k has all roots outside the circle |z| = r (r ≥ 1): the
 * Schur–Cohn step-down recursion on c_i r^i (all partial autocorrelations inside (−1, 1)).
 */
export function arStationary(c: readonly number[], r = 1): boolean {
	let a = c.map((v, i) => v * Math.pow(r, i + 1));
	while (a.length && a[a.length - 1] === 0) a.pop();
	for (let k = a.length; k > 0; k--) {
		const kk = a[k - 1];
		if (!(Math.abs(kk) < 1)) return false;
		if (k === 1) break;
		const den = 1 - kk * kk;
		const next: number[] = [];
		for (let j = 0; j < k - 1; j++) next.push((a[j] + kk * a[k - 2 - j]) / den);
		a = next;
	}
	return true;
}

/** Coefficients of (1 − Σ a_i B^i)(1 − Σ A_j B^{jm}) as "1 − Σ c_k B^k" (c_k returned). */
export function expandAr(a: readonly number[], A: readonly number[], m: number): number[] {
	const len = a.length + A.length * m;
	const poly = new Array<number>(len + 1).fill(0); // coefficients of the product polynomial
	const x = [1, ...a.map((v) => -v)];
	const X = new Array<number>(A.length * m + 1).fill(0);
	X[0] = 1;
	A.forEach((v, j) => (X[(j + 1) * m] = -v));
	for (let i = 0; i < x.length; i++) for (let j = 0; j < X.length; j++) poly[i + j] += x[i] * X[j];
	return poly.slice(1).map((v) => -v);
}

/** Coefficients of (1 + Σ b_i B^i)(1 + Σ B_j B^{jm}) as "1 + Σ c_k B^k" (c_k returned). */
export function expandMa(b: readonly number[], B: readonly number[], m: number): number[] {
	return expandAr(
		b.map((v) => -v),
		B.map((v) => -v),
		m
	).map((v) => -v);
}

/**
 * Residuals of the ARMA model on w (zero before the first `ncond` points); returns the SSE. The
 * expanded polynomials are sparse (lags i, jm and i + jm only): only their non-zero lags are
 * visited.
 */
function cssResiduals(
	w: readonly number[],
	ar: readonly number[],
	ma: readonly number[],
	mu: number,
	ncond: number,
	e: Float64Array
): number {
	const n = w.length;
	let sse = 0;
	const arLag: number[] = [];
	const arC: number[] = [];
	ar.forEach((v, i) => v !== 0 && (arLag.push(i + 1), arC.push(v)));
	const maLag: number[] = [];
	const maC: number[] = [];
	ma.forEach((v, i) => v !== 0 && (maLag.push(i + 1), maC.push(v)));
	const na = arLag.length;
	const nm = maLag.length;
	for (let t = 0; t < ncond; t++) e[t] = 0;
	for (let t = ncond; t < n; t++) {
		let v = w[t] - mu;
		for (let i = 0; i < na; i++) v -= arC[i] * (w[t - arLag[i]] - mu);
		for (let j = 0; j < nm; j++) {
			const l = maLag[j];
			if (l <= t) v -= maC[j] * e[t - l];
		}
		e[t] = v;
		sse += v * v;
	}
	return sse;
}

/**
 * Fits one ARIMA order by CSS, and with `method = "CSS-ML"` refits it by exact maximum
 * likelihood from the CSS estimates (as R's `arima(method = "CSS-ML")`); the ML fit is kept when
 * admissible, the CSS one otherwise. The AICc stays the CSS one (the search compares it).
 * Returns null when the fit is impossible or non-admissible.
 */
export function fitArimaOrder(
	y: readonly number[],
	order: ArimaOrder,
	method: 'CSS' | 'CSS-ML' = 'CSS'
): ArimaFit | null {
	const { p, d, q, P, D, Q, m } = order;
	const w = differenced(y, order);
	const constant = order.constant && d + D <= 1;
	const ncond = p + P * m;
	const nUsed = w.length - ncond;
	const k = p + q + P + Q + (constant ? 1 : 0) + 1;
	if (nUsed - k - 1 <= 0 || w.length - k - 1 <= 0 || w.length < 3) return null;
	let wm = 0;
	for (const v of w) wm += v;
	wm /= w.length;
	let wsd = 0;
	for (const v of w) wsd += (v - wm) * (v - wm);
	wsd = Math.sqrt(wsd / w.length) || Math.abs(wm) || 1;
	const e = new Float64Array(w.length);
	const nPar = p + q + P + Q + (constant ? 1 : 0);
	const unpack = (x: ArrayLike<number>) => {
		let i = 0;
		const take = (len: number) => {
			const out: number[] = [];
			for (let j = 0; j < len; j++) out.push(x[i++]);
			return out;
		};
		const ar = take(p);
		const ma = take(q);
		const sar = take(P);
		const sma = take(Q);
		const mu = constant ? wm + x[i] * wsd : 0; // the constant searched in units of sd(w)
		return { ar, ma, sar, sma, mu };
	};
	// the CSS residuals at x into `out` (SSE returned), or Infinity outside the admissible region
	const residuals = (x: ArrayLike<number>, out: Float64Array) => {
		const c = unpack(x);
		if (!arStationary(c.ar) || !arStationary(c.sar)) return Infinity;
		if (!arStationary(c.ma.map((v) => -v)) || !arStationary(c.sma.map((v) => -v))) return Infinity;
		const sse = cssResiduals(
			w,
			expandAr(c.ar, c.sar, m),
			expandMa(c.ma, c.sma, m),
			c.mu,
			ncond,
			out
		);
		return Number.isFinite(sse) ? sse : Infinity;
	};
	const objective = (x: ArrayLike<number>) => residuals(x, e);
	const cssBest = nPar === 0 ? [] : levenbergMarquardt(objective, residuals, nPar, w.length);
	if (!cssBest) return null;
	// as auto.arima: no AR or MA root within 1.01 of the unit circle (expanded polynomials)
	const admissible = (c: ReturnType<typeof unpack>) =>
		arStationary(c.ar, 1.01) &&
		arStationary(c.sar, Math.pow(1.01, m)) &&
		arStationary(
			c.ma.map((v) => -v),
			1.01
		) &&
		arStationary(
			c.sma.map((v) => -v),
			Math.pow(1.01, m)
		);
	if (!admissible(unpack(cssBest))) return null;
	let c = unpack(cssBest);
	let arFull = expandAr(c.ar, c.sar, m);
	let maFull = expandMa(c.ma, c.sma, m);
	const sse = cssResiduals(w, arFull, maFull, c.mu, ncond, e);
	const cssSigma2 = sse / nUsed;
	if (!(cssSigma2 > 0)) return null;
	// as auto.arima with CSS: the likelihood over the same n* = n − d − Dm points for every order
	// (models conditioning on more lags drop more residuals and would otherwise look better)
	const nStar = w.length;
	const aicc =
		nStar * (Math.log(2 * Math.PI * cssSigma2) + 1) + 2 * k + (2 * k * (k + 1)) / (nStar - k - 1);
	// exact likelihood of the ARMA part of w (innovations algorithm, arima-ml.ts), as a least-squares
	// problem: −2 log L = n log(S (Π r)^{1/n}) + const, S (Π r)^{1/n} the sum of squares of
	// e_t / √r_{t−1} · (Π r)^{1/2n}
	const xc = new Float64Array(w.length);
	const exact = (x: ArrayLike<number>, out: Float64Array | null) => {
		const cc = unpack(x);
		if (!arStationary(cc.ar) || !arStationary(cc.sar)) return Infinity;
		if (!arStationary(cc.ma.map((v) => -v)) || !arStationary(cc.sma.map((v) => -v)))
			return Infinity;
		for (let t = 0; t < w.length; t++) xc[t] = w[t] - cc.mu;
		const inn = armaInnovations(xc, expandAr(cc.ar, cc.sar, m), expandMa(cc.ma, cc.sma, m));
		if (!inn) return Infinity;
		const scale = Math.exp(inn.sumLogR / (2 * w.length));
		if (out) for (let t = 0; t < w.length; t++) out[t] = (inn.e[t] / Math.sqrt(inn.r[t])) * scale;
		const f = inn.S * scale * scale;
		return Number.isFinite(f) ? f : Infinity;
	};
	const logLik = (x: ArrayLike<number>) => {
		const f = exact(x, null); // S (Π r)^{1/n} = n σ̂² (Π r)^{1/n}
		return -0.5 * w.length * (Math.log((2 * Math.PI * f) / w.length) + 1);
	};
	let estimation: 'CSS' | 'CSS-ML' = 'CSS';
	let exactTheta: ((k: number, j: number) => number) | null = null;
	let sigma2 = cssSigma2;
	let best = cssBest;
	if (method === 'CSS-ML' && nPar > 0) {
		const start = exact(cssBest, null);
		const ml = Number.isFinite(start)
			? levenbergMarquardt((x) => exact(x, null), exact, nPar, w.length, cssBest, 1e-8, 30)
			: null;
		if (ml && exact(ml, null) < start && admissible(unpack(ml))) {
			best = ml;
			estimation = 'CSS-ML';
		}
	} else if (method === 'CSS-ML') estimation = 'CSS-ML';
	// (computed on demand: the search fits up to 94 orders by CSS and never reads it)
	let loglik: number | undefined;
	const finalX = best;
	if (estimation === 'CSS-ML') {
		c = unpack(best);
		arFull = expandAr(c.ar, c.sar, m);
		maFull = expandMa(c.ma, c.sma, m);
		for (let t = 0; t < w.length; t++) xc[t] = w[t] - c.mu;
		const inn = armaInnovations(xc, arFull, maFull, maFull.length);
		if (!inn) return null;
		sigma2 = inn.S / w.length; // the ML variance, as R's
		cssResiduals(w, arFull, maFull, c.mu, ncond, e);
		// forecasts of w from the exact innovations, as R's Kalman filter makes them (B&D (5.3.9):
		// the MA part weights the last innovations by θ_{N+h−1, j}), once N ≥ max(p', q')
		if (w.length >= Math.max(arFull.length, maFull.length)) {
			e.set(inn.e);
			exactTheta = inn.theta;
		}
	}
	const resid = Array.from(e);
	// ψ-weights of the whole model: (1 − Σ arFull B^i)(1 − B)^d (1 − B^m)^D ψ(B) = 1 + Σ maFull B^j
	let full = arFull.slice();
	for (let i = 0; i < d; i++) full = expandAr(full, [1], 1);
	for (let i = 0; i < D; i++) full = mulSeasonal(full, m);
	const wN = w.length;
	const meanW = (h: number): number[] => {
		const hist = w.slice();
		const err = resid.slice();
		for (let s = 0; s < h; s++) {
			const t = wN + s;
			let v = c.mu;
			for (let i = 0; i < arFull.length; i++) v += arFull[i] * (hist[t - i - 1] - c.mu);
			for (let j = 0; j < maFull.length; j++)
				if (t - j - 1 < wN) v += (exactTheta ? exactTheta(t, j + 1) : maFull[j]) * err[t - j - 1];
			hist.push(v);
			err.push(0);
		}
		return hist.slice(wN);
	};
	const mean = (h: number): number[] => {
		let f = meanW(h);
		// undo the differences: first d (on the seasonally differenced series), then D
		const levels: number[][] = [y.slice()];
		for (let i = 0; i < D; i++) levels.push(diff(levels[levels.length - 1], m));
		for (let i = 0; i < d; i++) levels.push(diff(levels[levels.length - 1], 1));
		for (let i = d + D - 1; i >= 0; i--) {
			const lag = i >= D ? 1 : m;
			const prev = levels[i].slice();
			const out: number[] = [];
			for (const v of f) {
				const x = v + prev[prev.length - lag];
				prev.push(x);
				out.push(x);
			}
			f = out;
		}
		return f;
	};
	const sd = (h: number): number[] => {
		const psi = [1];
		for (let j = 1; j < h; j++) {
			let v = j <= maFull.length ? maFull[j - 1] : 0;
			for (let i = 1; i <= Math.min(j, full.length); i++) v += full[i - 1] * psi[j - i];
			psi.push(v);
		}
		const out: number[] = [];
		let acc = 0;
		for (let j = 0; j < h; j++) {
			acc += psi[j] * psi[j];
			out.push(Math.sqrt(sigma2 * acc));
		}
		return out;
	};
	const name = `ARIMA(${p},${d},${q})${m > 1 ? `(${P},${D},${Q})[${m}]` : ''}${constant ? (d + D === 0 ? ' with mean' : ' with drift') : ''}`;
	const fit: ArimaFit = {
		method: 'arima',
		order: { ...order, constant },
		coef: { ar: c.ar, ma: c.ma, sar: c.sar, sma: c.sma, constant: constant ? c.mu : 0 },
		sigma2,
		aicc,
		estimation,
		get loglik() {
			return (loglik ??= logLik(finalX));
		},
		get description() {
			// the AICc is the CSS one the search compared, also after an ML refit
			return `${name}, AICc ${aicc.toFixed(1)} (${estimation === 'CSS' ? 'CSS' : 'CSS; coefficients CSS-ML'})`;
		},
		mean,
		sd,
		predict: (h, levels = [80, 95]) => gaussianIntervals(fit, h, levels)
	};
	return fit;
}

/**
 * Exact Gaussian log-likelihood (σ² concentrated out) of the ARMA part of the differenced
 * series at the given coefficients — what R's `arima` reports as `loglik` (its diffuse prior on
 * the differenced states gives the same value up to about 1e-3). `coef.constant` is the mean of
 * the differenced series (R's drift times m when D = 1 and d = 0). Null outside the stationary
 * region.
 */
export function arimaLogLik(
	y: readonly number[],
	order: ArimaOrder,
	coef: ArimaFit['coef']
): { loglik: number; sigma2: number } | null {
	const w = differenced(y, order);
	const mu = order.constant && order.d + order.D <= 1 ? coef.constant : 0;
	return armaLogLik(
		w.map((v) => v - mu),
		expandAr(coef.ar, coef.sar, order.m),
		expandMa(coef.ma, coef.sma, order.m)
	);
}

/** "1 − Σ c_k B^k" times (1 − B^m), as coefficients c_k. */
function mulSeasonal(c: readonly number[], m: number): number[] {
	return expandAr(c, [1], m);
}

/**
 * Minimises the sum of squares of `residuals(x)` (k parameters, n residuals) from x0 (default
 * 0) by Levenberg–Marquardt with a forward-difference Jacobian: CSS is a least-squares problem,
 * and this needs a few dozen residual passes where Nelder–Mead needed thousands. Steps leaving
 * the admissible region (Infinity) are rejected like steps that increase the SSE. Stops when an
 * accepted step gains less than `tol` (relative), or after `maxIter` iterations.
 */
function levenbergMarquardt(
	sse: (x: ArrayLike<number>) => number,
	residuals: (x: ArrayLike<number>, out: Float64Array) => number,
	k: number,
	n: number,
	x0?: readonly number[],
	tol = 1e-10,
	maxIter = 100
): number[] | null {
	const x = new Float64Array(k);
	if (x0) x.set(x0);
	const r = new Float64Array(n);
	const rj = new Float64Array(n);
	const J = Array.from({ length: k }, () => new Float64Array(n));
	const A = new Float64Array(k * k);
	const g = new Float64Array(k);
	const M = new Float64Array(k * k);
	const delta = new Float64Array(k);
	const trial = new Float64Array(k);
	let f = residuals(x, r);
	if (!Number.isFinite(f)) return null;
	let lambda = 1e-3;
	for (let iter = 0; iter < maxIter; iter++) {
		for (let i = 0; i < k; i++) {
			const hstep = 1e-6 * Math.max(1, Math.abs(x[i]));
			const xi = x[i];
			x[i] = xi + hstep;
			let fj = residuals(x, rj);
			let hs = hstep;
			if (!Number.isFinite(fj)) {
				// on the boundary: backward difference
				x[i] = xi - hstep;
				fj = residuals(x, rj);
				hs = -hstep;
			}
			x[i] = xi;
			if (!Number.isFinite(fj)) return Array.from(x);
			const col = J[i];
			for (let t = 0; t < n; t++) col[t] = (rj[t] - r[t]) / hs;
		}
		for (let i = 0; i < k; i++) {
			let gi = 0;
			for (let t = 0; t < n; t++) gi += J[i][t] * r[t];
			g[i] = gi;
			for (let j = 0; j <= i; j++) {
				let a = 0;
				for (let t = 0; t < n; t++) a += J[i][t] * J[j][t];
				A[i * k + j] = A[j * k + i] = a;
			}
		}
		let accepted = false;
		for (let tries = 0; tries < 30 && !accepted; tries++) {
			for (let i = 0; i < k * k; i++) M[i] = A[i];
			for (let i = 0; i < k; i++) M[i * k + i] += lambda * (A[i * k + i] + 1e-12);
			if (!solve(M, g, delta, k)) {
				lambda *= 10;
				continue;
			}
			for (let i = 0; i < k; i++) trial[i] = x[i] - delta[i];
			const ft = sse(trial);
			if (ft < f) {
				const gain = f - ft;
				x.set(trial);
				f = residuals(x, r);
				lambda = Math.max(1e-9, lambda / 3);
				accepted = true;
				if (gain <= tol * f) return Array.from(x);
			} else lambda *= 4;
		}
		if (!accepted) break;
	}
	return Array.from(x);
}

/** Solves the k×k system M δ = g into `out` (M is overwritten); false when M is singular. */
function solve(M: Float64Array, g: Float64Array, out: Float64Array, k: number): boolean {
	const x = solveDense(M, Float64Array.from(g), k, 1e-300);
	if (!x) return false;
	out.set(x);
	return true;
}

const key = (o: ArimaOrder) => `${o.p},${o.q},${o.P},${o.Q},${o.constant}`;

/**
 * Stepwise search of Hyndman & Khandakar (2008) as forecast 8.20 runs it: start from
 * (2,d,2)(1,D,1), (0,d,0)(0,D,0), (1,d,0)(1,D,0), (0,d,1)(0,D,1) (with the constant when
 * d + D ≤ 1), then sweep the neighbours (P, Q, both ± 1; p, q, both ± 1; constant toggled) in
 * R's order, taking any that lowers the AICc, until a sweep fits no new model. Orders up to
 * p, q ≤ 5, P, Q ≤ 2 (R's max.order applies only to its non-stepwise search), 94 models at most.
 */
export function autoArima(y: readonly number[], period: number): ArimaFit {
	const m = period > 1 && y.length >= 2 * period + 1 ? period : 1;
	const D = m > 1 ? nsdiffs(y, m) : 0;
	const yd = D ? diff(y, m) : y.slice();
	const d = ndiffs(yd);
	const constant = d + D <= 1;
	const seen = new Map<string, ArimaFit | null>();
	const tryFit = (o: ArimaOrder): ArimaFit | null => {
		const k = key(o);
		if (!seen.has(k)) {
			let f: ArimaFit | null = null;
			try {
				f = fitArimaOrder(y, o);
			} catch {
				f = null;
			}
			seen.set(k, f);
		}
		return seen.get(k)!;
	};
	const ok = (o: ArimaOrder) =>
		o.p >= 0 &&
		o.q >= 0 &&
		o.P >= 0 &&
		o.Q >= 0 &&
		o.p <= 5 &&
		o.q <= 5 &&
		o.P <= 2 &&
		o.Q <= 2 &&
		(m > 1 || (o.P === 0 && o.Q === 0)) &&
		(!o.constant || d + D <= 1);
	const base = { d, D, m, constant };
	const starts: ArimaOrder[] = [
		{ ...base, p: 2, q: 2, P: m > 1 ? 1 : 0, Q: m > 1 ? 1 : 0 },
		{ ...base, p: 0, q: 0, P: 0, Q: 0 },
		{ ...base, p: 1, q: 0, P: m > 1 ? 1 : 0, Q: 0 },
		{ ...base, p: 0, q: 1, P: 0, Q: m > 1 ? 1 : 0 }
	];
	if (constant) starts.push({ ...base, constant: false, p: 0, q: 0, P: 0, Q: 0 });
	let best: ArimaFit | null = null;
	for (const o of starts) {
		const f = tryFit(o);
		if (f && (!best || f.aicc < best.aicc)) best = f;
	}
	// R's sweep: each neighbour in turn, relative to the best so far (an improvement is taken at
	// once and the sweep goes on from it); sweeps repeat until one fits no new model (at most 94)
	const moves: [number, number, number, number][] = [
		[-1, 0, 0, 0],
		[0, -1, 0, 0],
		[1, 0, 0, 0],
		[0, 1, 0, 0],
		[-1, -1, 0, 0],
		[-1, 1, 0, 0],
		[1, -1, 0, 0],
		[1, 1, 0, 0],
		[0, 0, -1, 0],
		[0, 0, 0, -1],
		[0, 0, 1, 0],
		[0, 0, 0, 1],
		[0, 0, -1, -1],
		[0, 0, -1, 1],
		[0, 0, 1, -1],
		[0, 0, 1, 1]
	];
	for (let sweep = 0; best && sweep < 94 && seen.size < 94; sweep++) {
		const before = seen.size;
		for (let i = 0; i <= moves.length && seen.size < 94; i++) {
			const o: ArimaOrder = best.order;
			const c =
				i < moves.length
					? {
							...o,
							P: o.P + moves[i][0],
							Q: o.Q + moves[i][1],
							p: o.p + moves[i][2],
							q: o.q + moves[i][3]
						}
					: { ...o, constant: !o.constant };
			if (!ok(c) || seen.has(key(c))) continue;
			const f = tryFit(c);
			if (f && f.aicc < best.aicc) best = f;
		}
		if (seen.size === before) break;
	}
	if (!best) {
		// nothing admissible: the differenced white-noise model always fits
		const f = fitArimaOrder(y, { ...base, p: 0, q: 0, P: 0, Q: 0, constant: false });
		if (!f) throw new RangeError(`arima: no model could be fitted to ${y.length} points`);
		best = f;
	}
	// as auto.arima after a CSS search: the chosen order refitted by exact ML (CSS-ML)
	return fitArimaOrder(y, best.order, 'CSS-ML') ?? best;
}

export const arima: ForecastModel = {
	name: 'arima',
	minLength: () => 6,
	fit(y: readonly number[], opts: FitOptions): FittedModel {
		checkSeries(y, 6, 'arima');
		return autoArima(y, opts.period);
	}
};
