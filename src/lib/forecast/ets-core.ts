// Exponential smoothing state-space models ETS(error, trend, season) of Hyndman et al. (2008):
// recursion, Gaussian likelihood, AICc and forecasts for one given specification. Smoothing
// parameters and the initial level/trend are fitted by maximum likelihood (Nelder–Mead);
// initial seasonal states come from a classical decomposition and are counted as parameters.

import * as rec from './ets-recursion';
import { nelderMead } from './optim';
import { gaussianIntervals, linearTrend } from './stats';
import type { FittedModel } from './types';

// Module-local copies of the recursion's functions and parameter indices: the objective reads
// them on every evaluation, and an imported binding can compile to a getter call (tsx and other
// CommonJS transforms do so: 8 % of a batch's time went to those getters).
const { concentratedInit, etsFilter, etsLik, seasonalIndices } = rec;
const { P_ALPHA, P_B0, P_BETA, P_COUNT, P_GAMMA, P_L0, P_LIK, P_PHI } = rec;

export type ErrorType = 'A' | 'M';
export type TrendType = 'N' | 'A' | 'Ad';
export type SeasonType = 'N' | 'A' | 'M';
export interface EtsSpec {
	error: ErrorType;
	trend: TrendType;
	season: SeasonType;
}

export const specName = (s: EtsSpec) => `ETS(${s.error},${s.trend},${s.season})`;

export { etsFilter, seasonalIndices } from './ets-recursion';
export type { Run } from './ets-recursion';

export interface EtsFit extends FittedModel {
	readonly spec: EtsSpec;
	readonly params: { alpha: number; beta: number; gamma: number; phi: number };
	readonly aicc: number;
}

/** Number of free parameters (smoothing, initial states, sigma) for AICc. */
export function paramCount(spec: EtsSpec, m: number): number {
	let k = 2; // alpha, l0
	if (spec.trend !== 'N') k += 2;
	if (spec.trend === 'Ad') k += 1;
	if (spec.season !== 'N') k += 1 + (m - 1);
	return k + 1; // sigma
}

/**
 * The optimiser stops once the simplex spans less than this fraction of its initial steps in
 * every coordinate (α to about 2·10⁻⁴, the initial level to 2·10⁻⁵ of the series' scale).
 */
export const ETS_XTOL = 1e-3;

/**
 * The last ETS(A,N,N) fit: the automatic ETS and the Theta method both fit SES to the same
 * window, one after the other, in a backtest. Keyed by the array, checked against a copy of its
 * values. One slot, not a WeakMap of every window: the weak table's upkeep doubled the garbage
 * collector's time in large batches.
 */
let sesMemo: { y: readonly number[]; values: number[]; fit: EtsFit | null } | null = null;

/** Fits one ETS specification by maximum likelihood. Returns null if the fit is impossible. */
export function fitEtsSpec(y: readonly number[], spec: EtsSpec, period: number): EtsFit | null {
	if (spec.error !== 'A' || spec.trend !== 'N' || spec.season !== 'N')
		return fitEtsSpecNow(y, spec, period);
	const memo = sesMemo;
	if (
		memo &&
		memo.y === y &&
		memo.values.length === y.length &&
		memo.values.every((v, i) => v === y[i])
	)
		return memo.fit;
	const fit = fitEtsSpecNow(y, spec, period);
	sesMemo = { y, values: y.slice(), fit };
	return fit;
}

// Scratch buffers shared by every fit (fits never nest, and a batch fits hundreds of thousands
// of models: allocating them per fit kept the garbage collector busy). `zero` stays all zeros.
const LS = new Float64Array(3);
const PAR = new Float64Array(P_COUNT);
const scratchByLength = new Map<
	number,
	{ e0: Float64Array; el: Float64Array; eb: Float64Array; zero: Float64Array }
>();
function scratch(n: number, season: Float64Array) {
	let w = scratchByLength.get(n);
	if (!w) {
		w = {
			e0: new Float64Array(n),
			el: new Float64Array(n),
			eb: new Float64Array(n),
			zero: new Float64Array(n)
		};
		if (scratchByLength.size > 64) scratchByLength.clear();
		scratchByLength.set(n, w);
	}
	return { season, ...w };
}

function fitEtsSpecNow(y: readonly number[], spec: EtsSpec, period: number): EtsFit | null {
	const n = y.length;
	const m = spec.season === 'N' ? 1 : period;
	const k = paramCount(spec, m);
	if (n - k - 1 <= 0) return null;
	const s0 = spec.season === 'N' ? [0] : seasonalIndices(y, m, spec.season === 'M');
	const ys = y
		.slice(0, Math.min(n, Math.max(10, 2 * m)))
		.map((v, t) => (spec.season === 'A' ? v - s0[t % m] : spec.season === 'M' ? v / s0[t % m] : v));
	const init = linearTrend(ys);
	const hasT = spec.trend !== 'N';
	const damped = spec.trend === 'Ad';
	const hasS = spec.season !== 'N';
	const buf = new Float64Array(m);
	const scale = Math.max(1e-8, Math.abs(init.a) + Math.abs(init.b) * 2);
	// x = [alpha, beta?, gamma?, phi?, l0, b0?]
	const x0: number[] = [0.3];
	const step: number[] = [0.2];
	if (hasT) (x0.push(0.05), step.push(0.05));
	if (hasS) (x0.push(0.05), step.push(0.05));
	if (damped) (x0.push(0.94), step.push(0.03));
	x0.push(hasT ? init.a : ys[0]);
	step.push(0.1 * scale);
	if (hasT) (x0.push(init.b), step.push(0.1 * scale + Math.abs(init.b) * 0.5));
	const concentrated = spec.error === 'A' && spec.season !== 'M';
	if (concentrated) {
		// only the smoothing parameters are searched; l0, b0 come from least squares
		x0.length = step.length = 1 + (hasT ? 1 : 0) + (hasS ? 1 : 0) + (damped ? 1 : 0);
	}
	const work = scratch(n, buf);
	const sA = spec.season === 'A';
	const ls = LS;
	// alpha, beta, gamma, phi, l0, b0 and the result of etsLik (P_* in ets-recursion.ts)
	const par = PAR;
	if (!concentrated && spec.season !== 'M') {
		// warm start for multiplicative errors: the additive model's least-squares initial states
		par[P_ALPHA] = x0[0];
		par[P_BETA] = hasT ? x0[1] : 0;
		par[P_GAMMA] = 0;
		par[P_PHI] = damped ? x0[x0.length - (hasT ? 3 : 2)] : 1;
		concentratedInit(y, hasT, sA, m, par, s0, work, ls);
		x0[x0.length - (hasT ? 2 : 1)] = ls[1];
		if (hasT) x0[x0.length - 1] = ls[2];
	}
	const iB = 1;
	const iG = hasT ? 2 : 1;
	const iP = iG + (hasS ? 1 : 0);
	const iL = iP + (damped ? 1 : 0);
	const unpack = (x: ArrayLike<number>) => ({
		alpha: x[0],
		beta: hasT ? x[iB] : 0,
		gamma: hasS ? x[iG] : 0,
		phi: damped ? x[iP] : 1,
		l0: x[iL],
		b0: hasT ? x[iL + 1] : 0
	});
	const objective = (x: Float64Array) => {
		const alpha = x[0];
		if (alpha < 1e-4 || alpha > 0.9999) return 1e12;
		const beta = hasT ? x[iB] : 0;
		if (hasT && (beta < 1e-4 || beta > alpha)) return 1e12;
		const gamma = hasS ? x[iG] : 0;
		if (hasS && (gamma < 1e-4 || gamma > 1 - alpha)) return 1e12;
		const phi = damped ? x[iP] : 1;
		if (damped && (phi < 0.8 || phi > 0.98)) return 1e12;
		par[P_ALPHA] = alpha;
		par[P_BETA] = beta;
		par[P_GAMMA] = gamma;
		par[P_PHI] = phi;
		if (concentrated) {
			concentratedInit(y, hasT, sA, m, par, s0, work, ls);
			return n * Math.log(Math.max(ls[0], 1e-300) / n);
		}
		par[P_L0] = x[iL];
		par[P_B0] = hasT ? x[iL + 1] : 0;
		etsLik(y, spec, m, par, s0, buf);
		const lik = par[P_LIK];
		return Number.isFinite(lik) ? lik : 1e12;
	};
	const opt = nelderMead(objective, x0, step, 60 * x0.length, 1e-7, ETS_XTOL);
	if (opt.value >= 1e12) return null;
	const p = unpack(opt.x);
	if (concentrated) {
		par[P_ALPHA] = p.alpha;
		par[P_BETA] = p.beta;
		par[P_GAMMA] = p.gamma;
		par[P_PHI] = p.phi;
		concentratedInit(y, hasT, sA, m, par, s0, work, ls);
		p.l0 = ls[1];
		p.b0 = ls[2];
	}
	const fin = etsFilter(
		y,
		spec,
		m,
		p.alpha,
		p.beta,
		p.gamma,
		p.phi,
		p.l0,
		p.b0,
		s0,
		new Float64Array(m)
	);
	const aicc = fin.lik + 2 * k + (2 * k * (k + 1)) / (n - k - 1);
	const sigma = Math.sqrt(fin.sse / Math.max(1, n - k + 1));
	return etsFitOf(spec, p, fin, Array.from(fin.season), sigma, aicc, n, m);
}

/**
 * The fitted model's object. Built outside the fitting function so that its closures keep only
 * the final states and parameters: closures share their function's scope, and a fit kept in a
 * batch's cache would otherwise hold the optimiser's work arrays alive (the copying that caused
 * was a quarter of a large batch's time, in the garbage collector).
 */
function etsFitOf(
	spec: EtsSpec,
	p: { alpha: number; beta: number; gamma: number; phi: number },
	fin: { level: number; trend: number },
	season: number[],
	sigma: number,
	aicc: number,
	n: number,
	m: number
): EtsFit {
	const hasT = spec.trend !== 'N';
	const damped = spec.trend === 'Ad';
	const hasS = spec.season !== 'N';
	const level = fin.level;
	const trend = fin.trend;
	const mean = (h: number) => {
		const out: number[] = [];
		let phiSum = 0;
		for (let i = 1; i <= h; i++) {
			phiSum += Math.pow(p.phi, i);
			const lb = level + (hasT ? (damped ? phiSum : i) * trend : 0);
			const s = season[(n + i - 1) % m];
			out.push(spec.season === 'A' ? lb + s : spec.season === 'M' ? lb * s : lb);
		}
		return out;
	};
	const sd = (h: number) => {
		const mu = mean(h);
		const out: number[] = [];
		let acc = 1;
		let phiSum = 0;
		for (let i = 1; i <= h; i++) {
			if (i > 1) {
				const j = i - 1;
				phiSum += Math.pow(p.phi, j);
				const c =
					p.alpha +
					(hasT ? p.beta * (damped ? phiSum : j) : 0) +
					(hasS && j % m === 0 ? p.gamma : 0);
				acc += c * c;
			}
			const base = spec.error === 'M' ? Math.abs(mu[i - 1]) * sigma : sigma;
			out.push(base * Math.sqrt(acc));
		}
		return out;
	};
	const name = specName(spec);
	const fit: EtsFit = {
		method: 'ets',
		spec,
		params: { alpha: p.alpha, beta: p.beta, gamma: p.gamma, phi: p.phi },
		aicc,
		get description() {
			return `${name} α=${p.alpha.toFixed(3)}${hasT ? ` β=${p.beta.toFixed(3)}` : ''}${hasS ? ` γ=${p.gamma.toFixed(3)}` : ''}${damped ? ` φ=${p.phi.toFixed(3)}` : ''}, AICc ${aicc.toFixed(1)}`;
		},
		mean,
		sd,
		predict: (h, levels = [80, 95]) => gaussianIntervals(fit, h, levels)
	};
	return fit;
}
