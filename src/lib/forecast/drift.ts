// Random walk with drift: the line through the first and last observations, extended.
// On short annual series (about ten points) it is one of the hardest methods to beat.

import { lagSigma } from './naive';
import { checkSeries, gaussianIntervals } from './stats';
import type { FitOptions, FittedModel, ForecastModel } from './types';

export const drift: ForecastModel = {
	name: 'drift',
	minLength: () => 2,
	fit(y: readonly number[], _opts: FitOptions): FittedModel {
		checkSeries(y, 2, 'drift');
		const n = y.length;
		const slope = (y[n - 1] - y[0]) / (n - 1);
		const sigma = lagSigma(y, 1, slope);
		const T = n - 1;
		const model: FittedModel = {
			method: 'drift',
			get description() {
				return `random walk with drift ${slope.toPrecision(4)} per period`;
			},
			mean: (h) => Array.from({ length: h }, (_, k) => y[n - 1] + slope * (k + 1)),
			// Hyndman & Athanasopoulos (FPP3, 5.5): sigma * sqrt(h (1 + h / T)).
			sd: (h) =>
				Array.from({ length: h }, (_, k) => sigma * Math.sqrt((k + 1) * (1 + (k + 1) / T))),
			predict: (h, levels = [80, 95]) => gaussianIntervals(model, h, levels)
		};
		return model;
	}
};
