// Forecasting many series of one frequency: validate and cut them after the known breaks
// (prepareBatch), backtest every candidate on each (backtestBatch), pool the backtests into one
// conformal table (batchCalibration), then choose, fit and calibrate each series (fitBatch).
// The steps are separate so that node/parallel.ts can run them on worker threads.

import { backtestSeries, fitCached, members, type SeriesBacktest } from './backtest';
import { pulsesInside, startAfterBreaks } from './breaks';
import { DEFAULT_CALIBRATION } from './calibration-defaults';
import { chooseMethod, defaultCandidates, scoreMethods } from './choose-method';
import { calibrate, type Calibration } from './conformal';
import type { EtsFit } from './ets-core';
import { fitAndCalibrate, type MethodChoice } from './fit-and-calibrate';
import type { FittedModel, ForecastOptions, MethodScore, SeriesForecast } from './types';

/**
 * Batches of this many series or more run in fast mode unless `fast` is given: the ETS form is
 * chosen once per series on its full history and only refitted at the backtest origins (about
 * 2× faster; ETS backtests, hence its selection and its calibration, become slightly
 * optimistic). Smaller batches and single series re-select the form at every origin.
 */
export const FAST_MIN_SERIES = 2000;

export interface BatchResult {
	/** The automatic choice per series. */
	auto: SeriesForecast[];
	/** Every candidate method per series (same order as the input). */
	methods: Record<string, SeriesForecast[]>;
	calibration: Calibration;
	/** Backtest scores pooled over the batch. */
	pooled: MethodScore[];
}

/** A batch's inputs after validation and break handling (shared by the serial and parallel paths). */
export interface PreparedBatch {
	ys: number[][];
	start: number;
	breakNotes: string[];
	levels: number[];
	chosen: string | null;
	candidates: string[];
	/** Fast mode (see FAST_MIN_SERIES): `opts.fast`, else whether the batch is that large. */
	fast: boolean;
}

export function prepareBatch(series: number[][], opts: ForecastOptions): PreparedBatch {
	const levels = opts.levels ?? [80, 95];
	let start = opts.startAt ?? 0;
	const breakNotes: string[] = [...(opts.provenance ?? [])];
	if (opts.breaks?.length) {
		if (!opts.periodStarts || opts.periodStarts.length !== series[0]?.length)
			throw new RangeError(
				'forecast: `breaks` needs `periodStarts` with one ISO date per observation'
			);
		const b = startAfterBreaks(opts.periodStarts, opts.breaks);
		if (b.applied && b.startAt > start) {
			start = b.startAt;
			breakNotes.push(
				`fitted from ${opts.periodStarts[start]} only: break ${b.applied.date} (${b.applied.description})`
			);
		}
		// a pulse does not restart the history, but a forecast fitted across it must say so
		for (const { pulse, last } of pulsesInside(opts.periodStarts, opts.breaks, start))
			breakNotes.push(
				last
					? `the latest period holds the ${pulse.date} pulse (${pulse.description}): the forecast starts from a level it may have moved; read the interval, not the line`
					: `the fitted periods include the ${pulse.date} pulse (${pulse.description}), kept as registered: backtest origins across it weigh on the choice of model and on the interval`
			);
	}
	const ys = series.map((y) => y.slice(start));
	ys.forEach((y, i) => {
		const which = ys.length > 1 ? `series ${i + 1}, ` : '';
		const bad = y.findIndex((v) => !Number.isFinite(v));
		if (bad >= 0)
			throw new RangeError(
				`forecast: ${which}value ${bad + start + 1} is ${y[bad]}; fill or drop missing values first`
			);
		if (y.length < 3)
			throw new RangeError(
				`forecast: ${which}${y.length} observations from position ${start + 1}; need at least 3`
			);
	});
	const chosen = opts.method && opts.method !== 'auto' ? opts.method : null;
	const base = opts.candidates ?? defaultCandidates(opts.period);
	const candidates = chosen ? [chosen, ...base.filter((m) => m !== chosen)] : base;
	const fast = opts.fast ?? series.length >= FAST_MIN_SERIES;
	return { ys, start, breakNotes, levels, chosen, candidates, fast };
}

/** A contiguous slice `ys[from..to)` of a prepared batch, and the fit caches of its series. */
export interface BatchSlice {
	from?: number;
	to?: number;
	/** Receives (backtest) or supplies (fit) each series' full-series fits, index i − from. */
	caches?: Map<string, FittedModel | null>[];
}

/** Rolling-origin backtests of every candidate on a slice; `caches` receives full-series fits. */
export function backtestBatch(
	prep: PreparedBatch,
	opts: ForecastOptions,
	slice: BatchSlice = {}
): SeriesBacktest[] {
	const { from = 0, to = prep.ys.length, caches = [] } = slice;
	const out: SeriesBacktest[] = [];
	for (let i = from; i < to; i++) {
		const y = prep.ys[i];
		const cache = (caches[i - from] = new Map<string, FittedModel | null>());
		// fast mode: the ETS form is chosen once on the full series and refitted at each origin
		// (about 2× faster, but the form has seen the test points, so ETS backtests flatter it)
		const full =
			prep.fast &&
			prep.candidates.some((m) => m === 'ets' || members(m, opts.period)?.includes('ets'))
				? fitCached(y, opts.period, 'ets', cache)
				: null;
		const etsSpec = full && 'spec' in full ? (full as EtsFit).spec : undefined;
		out.push(
			backtestSeries(y, { period: opts.period, h: opts.h, methods: prep.candidates, etsSpec })
		);
	}
	return out;
}

/** The batch's conformal table: the given one, the pooled backtests (≥ 20 series) or the defaults. */
export function batchCalibration(
	bts: SeriesBacktest[],
	opts: ForecastOptions,
	levels: number[]
): Calibration {
	return (
		opts.calibration ??
		(bts.length >= 20
			? calibrate(bts, levels)
			: DEFAULT_CALIBRATION[opts.period > 1 ? 'monthly' : 'annual'])
	);
}

/** The choice, fit and calibration step of a batch slice (see fitBatch). */
export interface FitBatchInput extends BatchSlice {
	/** The slice's backtests (index i − from). */
	bts: SeriesBacktest[];
	cal: Calibration;
	/** The method chosen from the whole batch's pooled backtests (used by 'pooled'). */
	pooledChoice: MethodChoice;
	selection: 'pooled' | 'series';
	/** Also fit every candidate method, not only the automatic choice. */
	allMethods: boolean;
}

const userChoice = (method: string): MethodChoice => ({ method, reason: 'chosen by the user' });

/** Chooses, fits and calibrates the forecasts of a slice of a prepared batch. */
export function fitBatch(
	prep: PreparedBatch,
	opts: ForecastOptions,
	input: FitBatchInput
): { auto: SeriesForecast[]; methods: Record<string, SeriesForecast[]> } {
	const { bts, cal, pooledChoice, selection, allMethods } = input;
	const { from = 0, to = prep.ys.length, caches = [] } = input;
	const { chosen, candidates, levels, start, breakNotes } = prep;
	const auto: SeriesForecast[] = [];
	const methods: Record<string, SeriesForecast[]> = {};
	for (const m of candidates) methods[m] = [];
	for (let i = from; i < to; i++) {
		const y = prep.ys[i];
		const bt = bts[i - from];
		const byMethod = scoreMethods([bt], candidates);
		const cache = (caches[i - from] ??= new Map<string, FittedModel | null>());
		const pick = chosen
			? userChoice(chosen)
			: selection === 'pooled'
				? pooledChoice
				: chooseMethod(byMethod);
		const base = { opts, levels, byMethod, bt, cal, start, cache };
		const a = fitAndCalibrate(y, { ...base, pick, leadNotes: breakNotes });
		auto.push(a);
		if (allMethods)
			for (const m of candidates)
				methods[m].push(
					m === a.method && !a.notes.some((n) => n.includes('could not be fitted'))
						? { ...a, reason: 'chosen by the user' }
						: fitAndCalibrate(y, { ...base, pick: userChoice(m) })
				);
	}
	return { auto, methods };
}

/**
 * Forecasts many series of one frequency with a shared (pooled) conformal calibration. With
 * `selection: 'pooled'` one method is chosen for the whole batch from the pooled backtests
 * (robust with short series); with 'series' each series chooses from its own backtests.
 * Node programs with large batches can spread the same work over the cores with
 * `forecastBatchParallel` (node/parallel.ts): same results.
 */
export function forecastBatch(
	series: number[][],
	opts: ForecastOptions,
	selection: 'pooled' | 'series' = 'series',
	allMethods = true
): BatchResult {
	const prep = prepareBatch(series, opts);
	const caches: Map<string, FittedModel | null>[] = [];
	const bts = backtestBatch(prep, opts, { caches });
	const cal = batchCalibration(bts, opts, prep.levels);
	const pooled = scoreMethods(bts, prep.candidates);
	const pooledChoice = chooseMethod(pooled);
	const fits = fitBatch(prep, opts, { bts, cal, pooledChoice, selection, allMethods, caches });
	return { ...fits, calibration: cal, pooled };
}

/** Forecasts many series with a pooled calibration; returns the automatic choice per series. */
export function forecastMany(
	series: number[][],
	opts: ForecastOptions,
	selection: 'pooled' | 'series' = 'series'
): SeriesForecast[] {
	return forecastBatch(series, opts, selection, false).auto;
}
