// Last step of the pipeline for one series: fit the chosen method on the full history, put the
// conformal interval around it (model interval if no calibration exists), apply the count
// floors, and write the backtest summary and the plain-language notes.

import type { SeriesBacktest } from './backtest';
import { defaultOrigins, fitCached } from './backtest';
import { quantilesFor, type Calibration } from './conformal';
import { countAware } from './counts';
import { seriesHash } from './hash';
import { maseScale } from './metrics';
import type { FittedModel, ForecastOptions, MethodScore, SeriesForecast } from './types';

/** A method chosen for a series, and why. */
export interface MethodChoice {
	method: string;
	reason: string;
}

/** What the last step needs besides the series: the choice and the evidence behind it. */
export interface FitAndCalibrateInput {
	opts: ForecastOptions;
	levels: number[];
	pick: MethodChoice;
	/** Every candidate's backtest score on this series. */
	byMethod: MethodScore[];
	bt: SeriesBacktest;
	cal: Calibration;
	/** Index of the first observation used (after breaks), for `fittedOn`. */
	start: number;
	/** Fits of this series already made (the backtest's full-series fits). */
	cache: Map<string, FittedModel | null>;
	/** Notes that come first (the breaks and provenance of the batch). */
	leadNotes?: readonly string[];
}

/** Fits the chosen method to the whole series and calibrates its intervals (see the header). */
export function fitAndCalibrate(y: number[], input: FitAndCalibrateInput): SeriesForecast {
	const { opts, levels, pick, byMethod, bt, cal, start, cache } = input;
	const notes: string[] = [...(input.leadNotes ?? [])];
	let method = pick.method;
	let fit = fitCached(y, opts.period, method, cache);
	if (!fit) {
		notes.push(`${method} could not be fitted to ${y.length} points; naive forecast instead`);
		method = 'naive';
		fit = fitCached(y, opts.period, 'naive', cache)!;
	}
	const mean = fit.mean(opts.h);
	const scale = maseScale(y, opts.period) || Math.max(1e-9, Math.abs(y[y.length - 1]) * 0.01);
	const lower: number[][] = [];
	const upper: number[][] = [];
	for (const level of levels) {
		const q = quantilesFor(cal, method, level, opts.h) ?? quantilesFor(cal, 'combo', level, opts.h);
		if (q) {
			lower.push(mean.map((v, k) => v - q[k] * scale));
			upper.push(mean.map((v, k) => v + q[k] * scale));
		} else {
			const p = fit.predict(opts.h, [level]);
			lower.push(p.lower[0]);
			upper.push(p.upper[0]);
			notes.push(`no calibration for ${method} at ${level} %: model-based interval`);
		}
	}
	const nonNeg = opts.nonNegative ?? y.every((v) => v >= 0);
	const bands = countAware({ mean, levels, lower, upper }, y, nonNeg);
	if (bands.poisson) notes.push('low counts: intervals at least as wide as Poisson sampling noise');
	const coverage: Record<string, number> = {};
	const r = bt[method];
	for (const level of levels) {
		const q = quantilesFor(cal, method, level, opts.h);
		let inside = 0;
		let total = 0;
		r?.scores.forEach((s, k) =>
			s.forEach((v) => {
				total++;
				if (q && v <= q[k]) inside++;
			})
		);
		coverage[String(level)] = total && q ? inside / total : NaN;
	}
	const own = byMethod.find((s) => s.method === method);
	const base = byMethod.find((s) => s.method === (opts.period > 1 ? 'snaive' : 'naive'));
	if (own && base && own !== base && own.n > 0 && base.mase <= own.mase)
		notes.push(
			`in the backtest ${base.method} was as good (MASE ${base.mase.toFixed(2)} vs ${own.mase.toFixed(2)}): the history is too short or too noisy to beat a naive forecast`
		);
	if (opts.period <= 1 && y.length <= 12)
		notes.push(
			`only ${y.length} annual points: treat the forecast as indicative and read the interval, not the line`
		);
	return {
		method,
		reason: pick.reason,
		description: fit.description,
		mean: bands.mean,
		levels,
		lower: bands.lower,
		upper: bands.upper,
		backtest: {
			mase: own?.mase ?? NaN,
			smape: own?.smape ?? NaN,
			coverage,
			byMethod,
			origins: defaultOrigins(y.length, opts.period).length
		},
		fittedOn: { startAt: start, n: y.length, hash: seriesHash(y) },
		notes
	};
}
