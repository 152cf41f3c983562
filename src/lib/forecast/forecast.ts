// The public forecasting pipeline: backtest candidate methods on each series (rolling origin),
// choose a method from the backtests, refit on the full history, and put conformal intervals
// (pooled across the batch, or the built-in tables for one series) around the forecast.

import { backtestSeries, fitCached, members, type SeriesBacktest } from './backtest';
import { startAfterBreaks } from './breaks';
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
		? ['snaive', 'naive', 'theta', 'damped', 'ets', 'combo']
		: ['naive', 'drift', 'theta', 'ets', 'combo'];
}

/**
 * The combination is kept unless another method's backtest MASE is lower by more than this
 * factor (1.15 chosen on M3 yearly; it balances the combination's robustness against the
 * series' own evidence for a simpler method).
 */
export const COMBO_MARGIN = 1.15;

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

/**
 * Forecasts many series of one frequency with a shared (pooled) conformal calibration. With
 * `selection: 'pooled'` one method is chosen for the whole batch from the pooled backtests
 * (robust with short series); with 'series' each series chooses from its own backtests.
 */
export function forecastBatch(
	series: number[][],
	opts: ForecastOptions,
	selection: 'pooled' | 'series' = 'series',
	allMethods = true
): BatchResult {
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
	}
	const ys = series.map((y) => y.slice(start));
	const chosen = opts.method && opts.method !== 'auto' ? opts.method : null;
	const base = opts.candidates ?? defaultCandidates(opts.period);
	const candidates = chosen ? [chosen, ...base.filter((m) => m !== chosen)] : base;
	const caches = ys.map(() => new Map<string, FittedModel | null>());
	const bts = ys.map((y, i) => {
		const bad = y.findIndex((v) => !Number.isFinite(v));
		if (bad >= 0)
			throw new RangeError(
				`forecast: value ${bad + start + 1} is ${y[bad]}; fill or drop missing values first`
			);
		if (y.length < 3)
			throw new RangeError(
				`forecast: ${y.length} observations from position ${start + 1}; need at least 3`
			);
		// fast mode: the ETS form is chosen once on the full series and refitted at each origin
		// (about 2× faster, but the form has seen the test points, so ETS backtests flatter it)
		const full =
			opts.fast && candidates.some((m) => m === 'ets' || members(m, opts.period)?.includes('ets'))
				? fitCached(y, opts.period, 'ets', caches[i])
				: null;
		const etsSpec = full && 'spec' in full ? (full as EtsFit).spec : undefined;
		return backtestSeries(y, { period: opts.period, h: opts.h, methods: candidates, etsSpec });
	});
	const cal =
		opts.calibration ??
		(series.length >= 20
			? calibrate(bts, levels)
			: DEFAULT_CALIBRATION[opts.period > 1 ? 'monthly' : 'annual']);
	const pooled = scoresOf(bts, candidates);
	const pooledChoice = chooseMethod(pooled);
	const auto: SeriesForecast[] = [];
	const methods: Record<string, SeriesForecast[]> = {};
	for (const m of candidates) methods[m] = [];
	ys.forEach((y, i) => {
		const byMethod = scoresOf([bts[i]], candidates);
		const cache = caches[i];
		const pick = chosen
			? { method: chosen, reason: 'chosen by the user' }
			: selection === 'pooled'
				? pooledChoice
				: chooseMethod(byMethod);
		const a = finish(y, opts, levels, pick, byMethod, bts[i], cal, start, cache);
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
								bts[i],
								cal,
								start,
								cache
							)
				);
	});
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
