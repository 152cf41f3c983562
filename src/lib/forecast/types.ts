// The library's shapes: the one interface every forecasting model implements (so that
// backtests, combinations and conformal calibration treat models interchangeably), and the
// options and result of the pipeline (what the dashboard, the API and the batch command get).

import type { Calibration } from './conformal';

export interface FitOptions {
	/** Seasonal period: 1 for annual data, 12 for monthly, 4 for quarterly. */
	period: number;
}

/** Point forecasts with central prediction intervals, one lower/upper row per level. */
export interface PointAndIntervals {
	mean: number[];
	/** Coverage levels in per cent, e.g. [80, 95]. */
	levels: number[];
	/** lower[i][k] is the lower bound at levels[i] for horizon k + 1. */
	lower: number[][];
	upper: number[][];
}

export interface FittedModel {
	readonly method: string;
	/** Point forecasts for horizons 1..h. */
	mean(h: number): number[];
	/** Model-based forecast standard deviations for horizons 1..h (Gaussian approximation). */
	sd(h: number): number[];
	/** mean ± z·sd at each level (model intervals, before any calibration). */
	predict(h: number, levels?: number[]): PointAndIntervals;
	/** Small-sample corrected AIC where the model has a likelihood. */
	readonly aicc?: number;
	/** Human-readable description of the fitted model (parameters). */
	readonly description: string;
}

export interface ForecastModel {
	readonly name: string;
	/** Minimum number of observations needed to fit. */
	minLength(period: number): number;
	fit(y: readonly number[], opts: FitOptions): FittedModel;
}

export class ForecastInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ForecastInputError';
	}
}

// --- the pipeline (forecastSeries, forecastBatch) ---

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
	 * Default: true for batches of FAST_MIN_SERIES (2,000) series or more, else false (the form
	 * is re-selected by AICc at every origin).
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
