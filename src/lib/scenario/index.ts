// Public face of the scenario library (pure TypeScript, browser-safe): the stock-flow model of
// the prison population and the probation caseload, its calibration to published figures,
// the levers, the projection with intervals and the backtest. See README.md in this folder.

export type {
	PublishedPoint,
	YearValue,
	StockObservation,
	ScenarioInputs,
	Parameter,
	Levers,
	ProjectedYear,
	UnseenBreak
} from './types';
export { scenarioInputs, decimalYear, QUOTED_SHARES } from './inputs';
export { simulateStock, steadyState, yearFlows, stockAt, valueInYear } from './model';
export { convictionsPath, convictionsIn, FIRST_CODE_YEAR } from './convictions';
export type { ConvictionsPath } from './convictions';
export {
	calibrate,
	fitStay,
	fitProbationShare,
	WINDOW_START,
	SUPERVISION_YEARS,
	BOOTSTRAP_DRAWS
} from './calibration';
export type { Calibration, ParameterDraw } from './calibration';
export { summariseYear, quantileSorted, drawNoise } from './uncertainty';
export {
	LEVER_RANGES,
	LEVER_KEYS,
	BASELINE_LEVERS,
	LeverRangeError,
	leverSchema,
	parseLevers,
	isBaseline
} from './levers';
export { project, baselineAt, DEFAULT_SEED } from './scenario';
export type { Projection, StockProjection } from './scenario';
export { backtestScenario } from './backtest';
export type { ScenarioBacktest, StockBacktest, BacktestPoint, ErrorSummary } from './backtest';
export { unseenBreaks } from './breaks';
