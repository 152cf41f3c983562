// Naive (random walk) forecast: the last value carried forward. The baseline every other
// method has to beat, and the scale of MASE.

import { checkSeries, gaussianIntervals } from './stats';
import type { FitOptions, FittedModel, ForecastModel } from './types';

/** Residual standard deviation of y_t - y_{t-lag} (the random-walk innovations). */
export function lagSigma(y: readonly number[], lag: number, drift = 0): number {
	let ss = 0;
	let k = 0;
	for (let t = lag; t < y.length; t++) {
		const e = y[t] - y[t - lag] - drift;
		ss += e * e;
		k++;
	}
	return k > 0 ? Math.sqrt(ss / k) : 0;
}

export const naive: ForecastModel = {
	name: 'naive',
	minLength: () => 2,
	fit(y: readonly number[], _opts: FitOptions): FittedModel {
		checkSeries(y, 2, 'naive');
		const last = y[y.length - 1];
		const sigma = lagSigma(y, 1);
		const m: FittedModel = {
			method: 'naive',
			description: `naive: last value ${last}`,
			mean: (h) => Array.from({ length: h }, () => last),
			sd: (h) => Array.from({ length: h }, (_, k) => sigma * Math.sqrt(k + 1)),
			predict: (h, levels = [80, 95]) => gaussianIntervals(m, h, levels)
		};
		return m;
	}
};
