// One series, the direct path: the steps of a batch for a batch of one, without the batch's
// pooling (one series' backtests are its own; its intervals come from the built-in tables
// unless a calibration is given).

import { backtestBatch, batchCalibration, prepareBatch } from './batch';
import { chooseMethod, scoreMethods } from './choose-method';
import { fitAndCalibrate } from './fit-and-calibrate';
import type { FittedModel, ForecastOptions, SeriesForecast } from './types';

/** Forecasts one series: backtest, choose, fit, conformal intervals, count floors, notes. */
export function forecastSeries(y: number[], opts: ForecastOptions): SeriesForecast {
	const prep = prepareBatch([y], opts);
	const caches: Map<string, FittedModel | null>[] = [];
	const [bt] = backtestBatch(prep, opts, { caches });
	const byMethod = scoreMethods([bt], prep.candidates);
	return fitAndCalibrate(prep.ys[0], {
		opts,
		levels: prep.levels,
		pick: prep.chosen
			? { method: prep.chosen, reason: 'chosen by the user' }
			: chooseMethod(byMethod),
		byMethod,
		bt,
		cal: batchCalibration([bt], opts, prep.levels),
		start: prep.start,
		cache: caches[0],
		leadNotes: prep.breakNotes
	});
}
