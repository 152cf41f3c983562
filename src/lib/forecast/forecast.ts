// The public forecasting pipeline: backtest candidate methods on each series (rolling origin),
// choose a method from the backtests, refit on the full history, and put conformal intervals
// (pooled across the batch, or the built-in tables for one series) around the forecast.

import {
	backtestSeries,
	defaultOrigins,
	fitCached,
	members,
	type SeriesBacktest
} from './backtest';
import type { EtsFit } from './ets-core';
import { DEFAULT_CALIBRATION } from './calibration-defaults';
import { calibrate, quantilesFor, type Calibration } from './conformal';
import { startAfterBreaks } from './breaks';
import { countAware } from './counts';
import { seriesHash } from './hash';
import { maseScale } from './metrics';
import { mean as avg } from './stats';
import type { FittedModel } from './types';

export interface ForecastOptions {
	/** 1 annual, 12 monthly. */
	period: number;
	h: number;
	levels?: number[];
	/** 'auto' (default) or a method name from the registry (or `a+b` for a combination). */
	method?: string;
	/** Methods compared in the backtest. */
	candidates?: string[];
	/** Fit only on observations from this 0-based index on (e.g. the first period after a break). */
	startAt?: number;
	/**
	 * Known breaks to start after (ids from KNOWN_BREAKS, e.g. 'codes-2015'); needs
	 * `periodStarts`, the ISO start date of each observation. Overrides `startAt` when later.
	 */
	breaks?: string[];
	periodStarts?: string[];
	/** Provenance to repeat in the notes, e.g. "2015–2021: predecessor South Kazakhstan region". */
	provenance?: string[];
	/** Pooled conformal table; default: the batch's own (forecastMany) or the built-in tables. */
	calibration?: Calibration;
	/**
	 * Large batches: choose the ETS form once on the full series and only refit its parameters
	 * at the backtest origins (about 2× faster; ETS backtests become slightly optimistic).
	 * Default false: the form is re-selected by AICc at every origin.
	 */
	fast?: boolean;
	/** Floor at zero; default true when all values are ≥ 0. */
	nonNegative?: boolean;
}

export interface MethodScore {
	method: string;
	mase: number;
	smape: number;
	/** Forecast errors that went into the score. */
	n: number;
}

export interface SeriesForecast {
	method: string;
	reason: string;
	description: string;
	mean: number[];
	levels: number[];
	lower: number[][];
	upper: number[][];
	backtest: {
		mase: number;
		smape: number;
		coverage: Record<string, number>;
		byMethod: MethodScore[];
		origins: number;
	};
	fittedOn: { startAt: number; n: number; hash: string };
	notes: string[];
}

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

function finish(
	y: number[],
	opts: ForecastOptions,
	levels: number[],
	pick: { method: string; reason: string },
	byMethod: MethodScore[],
	bt: SeriesBacktest,
	cal: Calibration,
	start: number,
	cache: Map<string, FittedModel | null>
): SeriesForecast {
	const notes: string[] = [];
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
		coverage[String(level)] = total ? inside / total : NaN;
	}
	const own = byMethod.find((s) => s.method === method);
	const base = byMethod.find((s) => s.method === (opts.period > 1 ? 'snaive' : 'naive'));
	if (own && base && own.n > 0 && base.mase <= own.mase)
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
