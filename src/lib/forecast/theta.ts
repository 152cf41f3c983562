// The Theta method (Assimakopoulos & Nikolopoulos 2000), winner of M3. `theta` is the standard
// method (θ = 2, SES with drift, as R's thetaf); `otm` is the optimised Theta method of
// Fiorucci et al. (2016), choosing θ ≥ 1, α and the initial level by in-sample squared error.
// Monthly series are seasonally adjusted first (classical multiplicative decomposition) when the
// autocorrelation at lag m is significant at 90 %, as thetaf does.

import { fitEtsSpec, seasonalIndices } from './ets-core';
import { nelderMead } from './optim';
import { checkSeries, gaussianIntervals, linearTrend, mean as avg, qnorm } from './stats';
import type { FitOptions, FittedModel, ForecastModel } from './types';

/** thetaf's seasonality test: |r_m| > 1.645 · sqrt((1 + 2 Σ_{k<m} r_k²)/n). */
export function isSeasonal(y: readonly number[], m: number): boolean {
	const n = y.length;
	if (m <= 1 || n < 2 * m || !y.every((v) => v > 0)) return false;
	const mu = avg(y);
	let c0 = 0;
	for (const v of y) c0 += (v - mu) * (v - mu);
	if (c0 === 0) return false;
	const r = (k: number) => {
		let c = 0;
		for (let t = k; t < n; t++) c += (y[t] - mu) * (y[t - k] - mu);
		return c / c0;
	};
	let s = 0;
	for (let k = 1; k < m; k++) s += r(k) ** 2;
	return Math.abs(r(m)) / Math.sqrt((1 + 2 * s) / n) > qnorm(0.95);
}

/** thetaf: SES fitted by likelihood, plus half the regression slope as drift (θ = 2). */
function standardTheta(
	name: string,
	y: readonly number[],
	n: number,
	m: number,
	seasonal: boolean,
	si: number[]
): FittedModel {
	const sesFit = fitEtsSpec(y, { error: 'A', trend: 'N', season: 'N' }, 1);
	if (!sesFit) throw new RangeError(`${name}: could not fit SES to ${n} points`);
	const alpha = sesFit.params.alpha;
	const b = linearTrend(y).b / 2;
	const adj = (1 - Math.pow(1 - alpha, n)) / alpha;
	const model: FittedModel = {
		method: name,
		get description() {
			return `Theta θ=2 α=${alpha.toFixed(3)}${seasonal ? ', seasonally adjusted' : ''}`;
		},
		mean: (h) =>
			sesFit.mean(h).map((f, k) => {
				const v = f + b * (k + adj);
				return seasonal ? v * si[(n + k) % m] : v;
			}),
		sd: (h) => sesFit.sd(h).map((s, k) => (seasonal ? s * si[(n + k) % m] : s)),
		predict: (h, levels = [80, 95]) => gaussianIntervals(model, h, levels)
	};
	return model;
}

function thetaModel(name: 'theta' | 'otm', optimise: boolean): ForecastModel {
	return {
		name,
		minLength: () => 4,
		fit(y0: readonly number[], opts: FitOptions): FittedModel {
			checkSeries(y0, 4, name);
			const m = opts.period;
			const n = y0.length;
			const seasonal = isSeasonal(y0, m);
			const si = seasonal ? seasonalIndices(y0, m, true) : [1];
			// y0 itself when not seasonal: the SES fit is then shared with ETS(A,N,N) on the same window
			const y: readonly number[] = seasonal ? y0.map((v, t) => v / si[t % m]) : y0;
			if (!optimise) return standardTheta(name, y, n, m, seasonal, si);
			const { a: A, b: B } = linearTrend(y);
			// state: l_t = α y_t + (1-α) l_{t-1};  μ_t = l_{t-1} + w[(1-α)^{t-1} A + (1-(1-α)^t)/α · B]
			const sse = (alpha: number, theta: number, l0: number) => {
				const w = 1 - 1 / theta;
				let l = l0;
				let s = 0;
				let q = 1; // (1-α)^{t-1}
				for (let t = 0; t < n; t++) {
					const mu = l + w * (q * A + ((1 - q * (1 - alpha)) / alpha) * B);
					const e = y[t] - mu;
					s += e * e;
					l = alpha * y[t] + (1 - alpha) * l;
					q *= 1 - alpha;
				}
				return { s, l };
			};
			const obj = (x: Float64Array) => {
				const alpha = x[0];
				const theta = optimise ? x[1] : 2;
				const l0 = optimise ? x[2] : x[1];
				if (alpha < 1e-3 || alpha > 0.999 || theta < 1 || theta > 20) return 1e300;
				return sse(alpha, theta, l0).s;
			};
			const spread = Math.abs(y[0]) * 0.1 + 1e-6;
			const x0 = optimise ? [0.5, 2, y[0]] : [0.5, y[0]];
			const step = optimise ? [0.2, 0.5, spread] : [0.2, spread];
			const opt = nelderMead(obj, x0, step, optimise ? 240 : 150, 1e-7);
			const [alpha, theta, l0] = optimise ? opt.x : [opt.x[0], 2, opt.x[1]];
			const { s, l } = sse(alpha, theta, l0);
			const w = 1 - 1 / theta;
			const sigma = Math.sqrt(s / Math.max(1, n - (optimise ? 3 : 2)));
			const qn = Math.pow(1 - alpha, n);
			const mean = (h: number) =>
				Array.from({ length: h }, (_, k) => {
					const f = l + w * (qn * A + (k + (1 - qn * (1 - alpha)) / alpha) * B);
					return seasonal ? f * si[(n + k) % m] : f;
				});
			const model: FittedModel = {
				method: name,
				get description() {
					return `${optimise ? 'optimised ' : ''}Theta θ=${theta.toFixed(2)} α=${alpha.toFixed(3)}${seasonal ? ', seasonally adjusted' : ''}`;
				},
				mean,
				sd: (h) =>
					Array.from({ length: h }, (_, k) => {
						const f = seasonal ? si[(n + k) % m] : 1;
						return f * sigma * Math.sqrt(1 + alpha * alpha * k);
					}),
				predict: (h, levels = [80, 95]) => gaussianIntervals(model, h, levels)
			};
			return model;
		}
	};
}

export const theta = thetaModel('theta', false);
export const otm = thetaModel('otm', true);
