// Public face of the forecasting library (pure TypeScript, browser-safe). The dashboard, the
// API and the batch command call these; see README.md in this folder. The Node entry points
// (batch command, worker pool, batch CSV format) live in node/ and are not exported here.

export { forecastSeries } from './single-series';
export { forecastMany, forecastBatch } from './batch';
export type { BatchResult } from './batch';
export { defaultCandidates, chooseMethod } from './choose-method';
export type { ForecastOptions, SeriesForecast, MethodScore } from './types';
export { MODELS, METHOD_NAMES, getModel } from './registry';
export { backtestSeries, defaultOrigins } from './backtest';
export type { SeriesBacktest, MethodBacktest } from './backtest';
export { calibrate, quantilesFor } from './conformal';
export type { Calibration } from './conformal';
export { mase, maseScale, smape, coverage, winkler } from './metrics';
export { KNOWN_BREAKS, startAfterBreaks, smoothPulse, periodStart } from './breaks';
export type { KnownBreak } from './breaks';
export { buildHierarchy, bottomUp, minTrace } from './reconcile';
export { reconcileForecasts } from './reconcile-forecasts';
export type { ReconcileMethod } from './reconcile-forecasts';
export type { Hierarchy } from './reconcile';
export { seriesHash } from './hash';
export { fanData } from './fan';
export type { FanData, FanRow } from './fan';
export type { ForecastModel, FittedModel, PointAndIntervals, FitOptions } from './types';
