/**
 * The shapes of the stock-flow scenario model: its inputs (published figures, each with the id
 * of the row in data/published it rests on), its parameters (fitted, or stated assumptions
 * with a range), the user's levers and the projection it returns. Types only.
 */

/** A published figure as the model reads it (the warehouse's published_figure or the CSV). */
export interface PublishedPoint {
	id: string;
	indicator: string;
	region: string | null;
	/** ISO dates of the reference period (null when the source does not state it). */
	start: string | null;
	end: string | null;
	value: number;
	unit: string;
	url: string;
	quote: string;
}

/** One annual value with the published row(s) it rests on. */
export interface YearValue {
	year: number;
	value: number;
	/** Published ids (`kzpf-023`), or `assumption: …` / `interpolated: …` when derived. */
	source: string;
}

/** A stock counted at a date (prison population, probation caseload, pre-trial detainees). */
export interface StockObservation {
	id: string;
	/** ISO date the stock was counted at (period_end of the published row). */
	date: string;
	/** Decimal year of `date` (2018-12-31 → 2018.997). */
	t: number;
	value: number;
	unit: string;
	/** The source rounded it («about», «more than»). */
	approx: boolean;
}

/** Everything the model is calibrated on, with the published figures left out and why. */
export interface ScenarioInputs {
	convictions: YearValue[];
	/** National share of convicts sentenced to imprisonment (0–1) where published. */
	imprisonmentShare: YearValue[];
	prison: StockObservation[];
	probation: StockObservation[];
	pretrialDetainees: StockObservation[];
	pretrialCapacity: StockObservation | null;
	amnesty: StockObservation[];
	/** Published rows the model does not use, with the reason (undated, regional, before the window). */
	excluded: { id: string; reason: string }[];
}

/** A parameter: its value, a range for the uncertainty, and what it rests on. */
export interface Parameter {
	key: string;
	value: number;
	low: number;
	high: number;
	unit: string;
	/** `fitted`: least squares on published stocks; `published`: read from a row; `assumption`. */
	basis: 'fitted' | 'published' | 'assumption';
	/** The published ids it rests on, or the reason for the assumption. */
	source: string;
}

/** The user's levers (already validated, see levers.ts). */
export interface Levers {
	/** Projection horizon in years (1–10). */
	h: number;
	/** `trend`: the forecasting library's forecast; `pct`: the last published year changed by convictionsPct per year. */
	convictions: 'trend' | 'pct';
	convictionsPct: number;
	/** Share of convicts sentenced to imprisonment from the first projected year (%), null = baseline. */
	imprisonmentShare: number | null;
	/** Change in mean time served (%). */
	timeServedPct: number;
	/** Share of would-be prison admissions sentenced to probation instead (%). */
	probationShiftPct: number;
}

/** One projected year: point projection and the 80/95 % intervals. */
export interface ProjectedYear {
	year: number;
	mean: number;
	lo80: number;
	hi80: number;
	lo95: number;
	hi95: number;
}

/** A break or shock the model cannot see, and what that means for the projection. */
export interface UnseenBreak {
	id: string;
	date: string;
	what: string;
}
