// Seasonal naive forecast: the value of the same month last year. The benchmark for monthly
// crime counts, and the scale of seasonal MASE.

import { lagSigma } from './naive';
import { checkSeries, gaussianIntervals } from './stats';
import type { FitOptions, FittedModel, ForecastModel } from './types';

export const snaive: ForecastModel = {
	name: 'snaive',
	minLength: (period) => Math.max(2, period + 1),
	fit(y: readonly number[], opts: FitOptions): FittedModel {
		const m = Math.max(1, opts.period);
		checkSeries(y, m + 1, 'snaive');
		const n = y.length;
		const sigma = lagSigma(y, m);
		const model: FittedModel = {
			method: 'snaive',
			description: `seasonal naive, period ${m}`,
			mean: (h) => Array.from({ length: h }, (_, k) => y[n - m + (k % m)]),
			sd: (h) => Array.from({ length: h }, (_, k) => sigma * Math.sqrt(Math.floor(k / m) + 1)),
			predict: (h, levels = [80, 95]) => gaussianIntervals(model, h, levels)
		};
		return model;
	}
};
