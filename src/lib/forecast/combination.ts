// Equal-weight combination of forecasts. Combinations won M4 (12 of the 17 best entries) and,
// on ten-point annual series, the mean of ETS, Theta and drift beats each of them.

import { gaussianIntervals } from './stats';
import type { FitOptions, FittedModel, ForecastModel } from './types';

export function combine(name: string, fits: FittedModel[]): FittedModel {
	if (fits.length === 0) throw new RangeError(`${name}: nothing to combine`);
	const avgRows = (rows: number[][], h: number) =>
		Array.from({ length: h }, (_, k) => rows.reduce((s, r) => s + r[k], 0) / rows.length);
	const model: FittedModel = {
		method: name,
		get description() {
			// ETS and ARIMA name their fitted form (ETS(M,A,N), ARIMA(0,1,1)(0,1,1)[12]); the others
			// by method, as in the model card (drift's own text starts "random walk with drift")
			return `mean of ${fits.map((f) => (/^(ETS|ARIMA)\(/.test(f.description) ? f.description.split(' ')[0] : f.method)).join(', ')}`;
		},
		mean: (h) =>
			avgRows(
				fits.map((f) => f.mean(h)),
				h
			),
		// Averaging the standard deviations assumes perfectly correlated errors: conservative.
		sd: (h) =>
			avgRows(
				fits.map((f) => f.sd(h)),
				h
			),
		predict: (h, levels = [80, 95]) => gaussianIntervals(model, h, levels)
	};
	return model;
}

/** A model that fits each member (skipping members the series is too short for) and averages. */
export function combinationModel(name: string, members: ForecastModel[]): ForecastModel {
	return {
		name,
		minLength: (p) => Math.min(...members.map((m) => m.minLength(p))),
		fit(y: readonly number[], opts: FitOptions): FittedModel {
			const fits = members
				.filter((m) => y.length >= m.minLength(opts.period))
				.map((m) => m.fit(y, opts));
			return combine(name, fits);
		}
	};
}
