// The public forecasting pipeline: backtest candidate methods on each series (rolling origin),
// choose a method from the backtests, refit on the full history, and put conformal intervals
// (pooled across the batch, or the built-in tables for one series) around the forecast.

import { backtestSeries, fitCached, members, type SeriesBacktest } from './backtest';
import { pulsesInside, startAfterBreaks } from './breaks';
import { DEFAULT_CALIBRATION } from './calibration-defaults';
import { calibrate, type Calibration } from './conformal';
import type { EtsFit } from './ets-core';
import { finish } from './forecast-finish';
import type { ForecastOptions, MethodScore, SeriesForecast } from './forecast-types';
import { mean as avg } from './stats';
import type { FittedModel } from './types';

export type { ForecastOptions, MethodScore, SeriesForecast } from './forecast-types';

export function defaultCandidates(period: number): string[] {
	return period > 1
		? ['snaive', 'naive', 'theta', 'damped', 'ets', 'arima', 'combo']
		: ['naive', 'drift', 'theta', 'ets', 'combo'];
}

/**
 * The combination is kept unless another method's backtest MASE is lower by more than this
 * factor (1.15 chosen on M3 yearly; it balances the combination's robustness against the
 * series' own evidence for a simpler method).
 */
export const COMBO_MARGIN = 1.15;

/**
 * Batches of this many series or more run in fast mode unless `fast` is given: the ETS form is
 * chosen once per series on its full history and only refitted at the backtest origins (about
 * 2× faster; ETS backtests, hence its selection and its calibration, become slightly
 * optimistic). Smaller batches and single series re-select the form at every origin.
 */
export const FAST_MIN_SERIES = 2000;

const mean0 = (x: number[]) => (x.length ? avg(x) : NaN);

/** Picks the method with the lowest backtest MASE; the combination unless beaten by the margin. */
export function chooseMethod(
	scores: MethodScore[],
	margin = COMBO_MARGIN
): { method: string; reason: string } {
	const ok = scores.filter((s) => Number.isFinite(s.mase));
	if (!ok.length)
		return { method: 'naive', reason: 'no method could be backtested; naive forecast' };
	const best = ok.reduce((a, b) => (b.mase < a.mase ? b : a));
	const combo = ok.find((s) => s.method === 'combo');
	if (combo && combo.mase <= best.mase * margin)
		return {
			method: 'combo',
			reason: `combination within ${Math.round((margin - 1) * 100)} % of the best backtest MASE (${best.method} ${best.mase.toFixed(3)})`
		};
	return {
		method: best.method,
		reason: `lowest backtest MASE ${best.mase.toFixed(3)} of ${ok.length} methods`
	};
}

function scoresOf(bts: SeriesBacktest[], methods: string[]): MethodScore[] {
	return methods.map((m) => {
		const mase = bts.flatMap((b) => b[m]?.mase ?? []);
		const smape = bts.flatMap((b) => b[m]?.smape ?? []);
		return { method: m, mase: mean0(mase), smape: mean0(smape), n: mase.length };
	});
}

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
				`fitted from ${opts.periodStarts[start]} only: break ${b.applied.date} (${b.applied.label})`
			);
		}
		// a pulse does not restart the history, but a forecast fitted across it must say so
		for (const { pulse, last } of pulsesInside(opts.periodStarts, opts.breaks, start))
			breakNotes.push(
				last
					? `the latest period holds the ${pulse.date} pulse (${pulse.label}): the forecast starts from a level it may have moved; read the interval, not the line`
					: `the fitted periods include the ${pulse.date} pulse (${pulse.label}), kept as registered: backtest origins across it weigh on the choice of model and on the interval`
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

/** Rolling-origin backtests of every candidate on `ys[from..to)`; `caches` receives full-series fits. */
export function backtestBatch(
	prep: PreparedBatch,
	opts: ForecastOptions,
	from = 0,
	to = prep.ys.length,
	caches: Map<string, FittedModel | null>[] = []
): SeriesBacktest[] {
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

/** Chooses, fits and calibrates the forecasts of `ys[from..to)` (bts and caches for that range). */
export function finishBatch(
	prep: PreparedBatch,
	opts: ForecastOptions,
	bts: SeriesBacktest[],
	cal: Calibration,
	pooledChoice: { method: string; reason: string },
	selection: 'pooled' | 'series',
	allMethods: boolean,
	from = 0,
	to = prep.ys.length,
	caches: Map<string, FittedModel | null>[] = []
): { auto: SeriesForecast[]; methods: Record<string, SeriesForecast[]> } {
	const { chosen, candidates, levels, start, breakNotes } = prep;
	const auto: SeriesForecast[] = [];
	const methods: Record<string, SeriesForecast[]> = {};
	for (const m of candidates) methods[m] = [];
	for (let i = from; i < to; i++) {
		const y = prep.ys[i];
		const bt = bts[i - from];
		const byMethod = scoresOf([bt], candidates);
		const cache = (caches[i - from] ??= new Map<string, FittedModel | null>());
		const pick = chosen
			? { method: chosen, reason: 'chosen by the user' }
			: selection === 'pooled'
				? pooledChoice
				: chooseMethod(byMethod);
		const a = finish(y, opts, levels, pick, byMethod, bt, cal, start, cache);
		a.notes.unshift(...breakNotes);
		auto.push(a);
		if (allMethods)
			for (const m of candidates)
				methods[m].push(
					m === a.method && !a.notes.some((n) => n.includes('could not be fitted'))
						? { ...a, reason: 'chosen by the user' }
						: finish(
								y,
								opts,
								levels,
								{ method: m, reason: 'chosen by the user' },
								byMethod,
								bt,
								cal,
								start,
								cache
							)
				);
	}
	return { auto, methods };
}

export { scoresOf as pooledScores };

/**
 * Forecasts many series of one frequency with a shared (pooled) conformal calibration. With
 * `selection: 'pooled'` one method is chosen for the whole batch from the pooled backtests
 * (robust with short series); with 'series' each series chooses from its own backtests.
 * Node programs with large batches can spread the same work over the cores with
 * `forecastBatchParallel` (parallel.ts): same results.
 */
export function forecastBatch(
	series: number[][],
	opts: ForecastOptions,
	selection: 'pooled' | 'series' = 'series',
	allMethods = true
): BatchResult {
	const prep = prepareBatch(series, opts);
	const caches: Map<string, FittedModel | null>[] = [];
	const bts = backtestBatch(prep, opts, 0, prep.ys.length, caches);
	const cal = batchCalibration(bts, opts, prep.levels);
	const pooled = scoresOf(bts, prep.candidates);
	const { auto, methods } = finishBatch(
		prep,
		opts,
		bts,
		cal,
		chooseMethod(pooled),
		selection,
		allMethods,
		0,
		prep.ys.length,
		caches
	);
	return { auto, methods, calibration: cal, pooled };
}

/** Forecasts many series with a pooled calibration; returns the automatic choice per series. */
export function forecastMany(
	series: number[][],
	opts: ForecastOptions,
	selection: 'pooled' | 'series' = 'series'
): SeriesForecast[] {
	return forecastBatch(series, opts, selection, false).auto;
}

/** Forecasts one series: backtest, choose, fit, conformal intervals, count floors, notes. */
export function forecastSeries(y: number[], opts: ForecastOptions): SeriesForecast {
	return forecastBatch([y], opts, 'series', false).auto[0];
}
