/**
 * The backtest that keeps the model honest: calibrate on the figures published up to a cutoff
 * (2018), project the years after it (2019–2024) and compare with what was published then —
 * the error of the point projection, whether the 80/95 % intervals held the published figures,
 * and the same errors for the naive (last figure held) and drift (the line from the first to
 * the last figure of the window) projections of the stock itself. Run twice: with convictions
 * forecast from the window (what a user would have had in 2018) and with the convictions
 * published later (the stock-flow alone).
 */
import { calibrate, type Calibration } from './calibration';
import { baselineAt } from './scenario';
import type { ScenarioInputs, StockObservation } from './types';

export interface BacktestPoint {
	id: string;
	date: string;
	published: number;
	model: number;
	lo80: number;
	hi80: number;
	lo95: number;
	hi95: number;
	naive: number;
	drift: number;
}

export interface ErrorSummary {
	/** Mean absolute error (persons) and mean absolute percentage error (%). */
	mae: number;
	mape: number;
}

export interface StockBacktest {
	points: BacktestPoint[];
	model: ErrorSummary;
	naive: ErrorSummary;
	drift: ErrorSummary;
	/** Share of published figures inside the interval (0–1). */
	coverage80: number;
	coverage95: number;
	/** Mean width of the 95 % interval (persons). */
	width95: number;
}

export interface ScenarioBacktest {
	cutoff: string;
	until: string;
	/** `forecast`: convictions forecast from the window; `published`: convictions published later. */
	convictions: 'forecast' | 'published';
	calibration: Calibration;
	prison: StockBacktest;
	probation: StockBacktest;
}

function errors(points: BacktestPoint[], pick: (p: BacktestPoint) => number): ErrorSummary {
	const n = points.length || NaN;
	return {
		mae: points.reduce((s, p) => s + Math.abs(pick(p) - p.published), 0) / n,
		mape: (100 * points.reduce((s, p) => s + Math.abs(pick(p) - p.published) / p.published, 0)) / n
	};
}

/** The last figure of the window (mean of those counted on its last date) and the drift line. */
function benchmarks(initial: { t: number; value: number }, window: StockObservation[]) {
	const lastT = window[window.length - 1].t;
	const last = window.filter((o) => o.t === lastT);
	const value = last.reduce((s, o) => s + o.value, 0) / last.length;
	const slope = (value - initial.value) / (lastT - initial.t);
	return { naive: () => value, drift: (t: number) => value + slope * (t - lastT) };
}

function stockBacktest(
	cal: Calibration,
	key: 'prison' | 'probation',
	all: StockObservation[],
	cutoff: string,
	until: string,
	seed: number | undefined
): StockBacktest {
	const window = key === 'prison' ? cal.prisonObs : cal.probationObs;
	const initialT = cal[key === 'prison' ? 'baseYear' : 'probationBaseYear'] + 1;
	const initialV = key === 'prison' ? cal.prisonInitial : cal.probationInitial;
	const b = benchmarks({ t: initialT, value: initialV }, window);
	const later = all.filter((o) => o.date > cutoff && o.date <= until);
	const at = baselineAt(
		cal,
		key,
		later.map((o) => o.t),
		{ seed }
	);
	const points = later.map((o, i) => ({
		id: o.id,
		date: o.date,
		published: o.value,
		model: at[i].mean,
		lo80: at[i].lo80,
		hi80: at[i].hi80,
		lo95: at[i].lo95,
		hi95: at[i].hi95,
		naive: b.naive(),
		drift: b.drift(o.t)
	}));
	const share = (f: (p: BacktestPoint) => boolean) =>
		points.filter(f).length / (points.length || NaN);
	return {
		points,
		model: errors(points, (p) => p.model),
		naive: errors(points, (p) => p.naive),
		drift: errors(points, (p) => p.drift),
		coverage80: share((p) => p.published >= p.lo80 && p.published <= p.hi80),
		coverage95: share((p) => p.published >= p.lo95 && p.published <= p.hi95),
		width95: points.reduce((s, p) => s + p.hi95 - p.lo95, 0) / (points.length || NaN)
	};
}

/** Fit up to `cutoff`, compare with the figures published after it up to `until`. */
export function backtestScenario(
	inputs: ScenarioInputs,
	opts: {
		cutoff?: string;
		until?: string;
		convictions?: 'forecast' | 'published';
		seed?: number;
	} = {}
): ScenarioBacktest {
	const cutoff = opts.cutoff ?? '2018-12-31';
	const until = opts.until ?? '2024-12-31';
	const convictions = opts.convictions ?? 'forecast';
	const cal = calibrate(inputs, {
		cutoff,
		seed: opts.seed,
		horizon: Number(until.slice(0, 4)) - Number(cutoff.slice(0, 4)),
		convictionsThrough: convictions === 'published' ? Number(until.slice(0, 4)) : undefined
	});
	return {
		cutoff,
		until,
		convictions,
		calibration: cal,
		prison: stockBacktest(cal, 'prison', inputs.prison, cutoff, until, opts.seed),
		probation: stockBacktest(cal, 'probation', inputs.probation, cutoff, until, opts.seed)
	};
}
