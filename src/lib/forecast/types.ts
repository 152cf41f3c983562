// Shared shapes for every forecasting model: one interface so that backtests, combinations,
// conformal calibration and the dashboard can treat models interchangeably.

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
