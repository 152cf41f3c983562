/**
 * Calibration to the published stocks. The prison population is the convicts' stock plus the
 * pre-trial detainees (a published range, held flat); the mean time served is the one free
 * parameter, fitted by least squares on the log of every published prison figure in the window
 * (sources that disagree each count). The probation caseload's mean supervision time is not
 * published (a stated assumption with a range); its inflow share is fitted given it. The
 * bootstrap resamples the published figures and draws the assumptions from their ranges, and
 * refits each time: the spread of the parameters the uncertainty module draws from.
 */
import { mulberry32 } from '../../../pipelines/demo/prng';
import { convictionsIn, convictionsPath, type ConvictionsPath } from './convictions';
import { simulateStock, stockAt, valueInYear } from './model';
import type { Parameter, ScenarioInputs, StockObservation, YearValue } from './types';

/** The window starts with the first prison figure counted after the new codes' first year. */
export const WINDOW_START = '2015-12-01';
/** Mean supervision time on probation: no published figure (assumption). */
export const SUPERVISION_YEARS = { value: 2, low: 1, high: 3 };
/** Grid of the mean time served searched by the fit (years). */
const STAY_GRID = { from: 1.2, to: 12, step: 0.02 };
export const BOOTSTRAP_DRAWS = 400;

export interface ParameterDraw {
	stay: number;
	pretrial: number;
	supervision: number;
	probationShare: number;
}

export interface Calibration {
	/** Figures dated after it were not used (null: all). */
	cutoff: string | null;
	/** The prison stock at the end of baseYear starts the simulation. */
	baseYear: number;
	prisonInitial: number;
	prisonInitialIds: string[];
	prisonObs: StockObservation[];
	probationBaseYear: number;
	probationInitial: number;
	probationObs: StockObservation[];
	/** The first year the model projects: after the last published prison figure used. */
	firstProjectedYear: number;
	convictions: ConvictionsPath;
	shares: YearValue[];
	stay: Parameter;
	pretrial: Parameter;
	supervision: Parameter;
	probationShare: Parameter;
	/** RMSE of the log residuals of the point fit (prison, probation). */
	sigmaPrison: number;
	sigmaProbation: number;
	draws: ParameterDraw[];
	parameters: Parameter[];
}

/** End of year y (decimal time y + 1) nearest to a count's date: 2015-12-31 → 2015, 2017-01-01 → 2016. */
function yearEndOf(o: StockObservation): number {
	return Math.round(o.t) - 1;
}

/** Convicts sent to prison in each year baseYear+1 … endYear, on the convictions path at u. */
export function admissionsPath(
	cal: Pick<Calibration, 'convictions' | 'shares'>,
	baseYear: number,
	endYear: number,
	u = 0.5
): number[] {
	const out: number[] = [];
	for (let y = baseYear + 1; y <= endYear; y++)
		out.push(convictionsIn(cal.convictions, y, u) * valueInYear(cal.shares, y));
	return out;
}

function sumSq(obs: readonly StockObservation[], model: (t: number) => number): number {
	let s = 0;
	for (const o of obs) s += (Math.log(o.value) - Math.log(Math.max(1, model(o.t)))) ** 2;
	return s;
}

/** The mean time served that best fits the published prison figures, given the pre-trial stock. */
export function fitStay(
	obs: readonly StockObservation[],
	initial: number,
	baseYear: number,
	admissions: readonly number[],
	pretrial: number
): { stay: number; rmse: number } {
	let best = { stay: NaN, ss: Infinity };
	const s0 = Math.max(0, initial - pretrial);
	for (let m = STAY_GRID.from; m <= STAY_GRID.to + 1e-9; m += STAY_GRID.step) {
		const path = simulateStock(s0, admissions, m);
		const ss = sumSq(obs, (t) => stockAt(t, baseYear, s0, path) + pretrial);
		if (ss < best.ss) best = { stay: m, ss };
	}
	return { stay: Math.round(best.stay * 100) / 100, rmse: Math.sqrt(best.ss / obs.length) };
}

/**
 * The probation inflow share (of convictions) that best fits the caseload given the mean
 * supervision time: the model is linear in it, so least squares on relative errors is closed form.
 */
export function fitProbationShare(
	obs: readonly StockObservation[],
	initial: number,
	baseYear: number,
	convictions: readonly number[],
	supervision: number
): { share: number; rmse: number } {
	const a = simulateStock(
		initial,
		convictions.map(() => 0),
		supervision
	);
	const b = simulateStock(0, convictions, supervision);
	let num = 0;
	let den = 0;
	for (const o of obs) {
		const w = 1 / (o.value * o.value);
		const bo = stockAt(o.t, baseYear, 0, b);
		num += w * (o.value - stockAt(o.t, baseYear, initial, a)) * bo;
		den += w * bo * bo;
	}
	const share = Math.max(0, num / den);
	const ss = sumSq(
		obs,
		(t) => stockAt(t, baseYear, initial, a) + share * stockAt(t, baseYear, 0, b)
	);
	return { share, rmse: Math.sqrt(ss / obs.length) };
}

function windowOf(obs: readonly StockObservation[], cutoff: string | null) {
	const inWindow = obs.filter((o) => o.date >= WINDOW_START && (!cutoff || o.date <= cutoff));
	if (inWindow.length < 2)
		throw new RangeError(
			`${inWindow.length} published figure(s) between ${WINDOW_START} and ${cutoff ?? 'now'}; the calibration needs at least 2`
		);
	const first = inWindow[0];
	const initials = inWindow.filter((o) => o.date === first.date);
	return {
		baseYear: yearEndOf(first),
		initial: initials.reduce((s, o) => s + o.value, 0) / initials.length,
		initialIds: initials.map((o) => o.id),
		obs: inWindow.filter((o) => o.date !== first.date)
	};
}

function spread(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))];
}

/** Calibrate on the published figures dated up to `cutoff` (ISO date; null: all), reproducibly. */
export function calibrate(
	inputs: ScenarioInputs,
	opts: {
		cutoff?: string | null;
		horizon?: number;
		seed?: number;
		/** Use published convictions up to this year even after the cutoff (a conditional backtest). */
		convictionsThrough?: number;
	} = {}
): Calibration {
	const cutoff = opts.cutoff ?? null;
	const prison = windowOf(inputs.prison, cutoff);
	const probation = windowOf(inputs.probation, cutoff);
	const lastObs = Math.max(...[...prison.obs, ...probation.obs].map((o) => Math.floor(o.t)));
	const firstProjectedYear = Math.floor(prison.obs[prison.obs.length - 1].t) + 1;
	const endYear = Math.max(lastObs, firstProjectedYear + (opts.horizon ?? 10));
	const cutYear = cutoff ? Number(cutoff.slice(0, 4)) : Infinity;
	const convYear = opts.convictionsThrough ?? cutYear;
	const lastConviction = Math.max(
		...inputs.convictions.filter((c) => c.year <= convYear).map((c) => c.year)
	);
	const convictions = convictionsPath(inputs.convictions, lastConviction, endYear);
	const shares = inputs.imprisonmentShare.filter((s) => s.year <= cutYear);
	if (!shares.length)
		throw new RangeError(
			'no published share of convicts sentenced to imprisonment before the cutoff'
		);

	const pre = inputs.pretrialDetainees.filter((o) => !cutoff || o.date <= cutoff);
	const preBasis = pre.length ? pre : inputs.pretrialDetainees;
	const preValues = preBasis.map((o) => o.value);
	const pretrial: Parameter = {
		key: 'pretrial',
		value: Math.round(preValues.reduce((s, v) => s + v, 0) / preValues.length),
		low: Math.min(...preValues),
		high: Math.max(...preValues),
		unit: 'persons',
		basis: pre.length ? 'published' : 'assumption',
		source: pre.length
			? `mean and range of ${preBasis.map((o) => o.id).join(', ')}`
			: `no pre-trial count before the cutoff: the later ones (${preBasis.map((o) => o.id).join(', ')}) assumed`
	};
	if (pretrial.low === pretrial.high) {
		pretrial.low = Math.round(pretrial.value * 0.8);
		pretrial.high = Math.round(pretrial.value * 1.2);
		pretrial.source += ' (one figure: ±20 % assumed)';
	}

	const admissions = admissionsPath({ convictions, shares }, prison.baseYear, lastObs);
	const fit = fitStay(prison.obs, prison.initial, prison.baseYear, admissions, pretrial.value);
	const convictionsFor = (base: number) =>
		Array.from({ length: lastObs - base }, (_, k) => convictionsIn(convictions, base + 1 + k));
	const probConv = convictionsFor(probation.baseYear);
	const pfit = fitProbationShare(
		probation.obs,
		probation.initial,
		probation.baseYear,
		probConv,
		SUPERVISION_YEARS.value
	);

	const rng = mulberry32(opts.seed ?? 20261203);
	const draws: ParameterDraw[] = [];
	const resample = <T>(xs: readonly T[]) => xs.map(() => xs[Math.floor(rng() * xs.length)]);
	for (let b = 0; b < BOOTSTRAP_DRAWS; b++) {
		const d = pretrial.low + (pretrial.high - pretrial.low) * rng();
		const stay = fitStay(resample(prison.obs), prison.initial, prison.baseYear, admissions, d).stay;
		const m = SUPERVISION_YEARS.low + (SUPERVISION_YEARS.high - SUPERVISION_YEARS.low) * rng();
		const q = fitProbationShare(
			resample(probation.obs),
			probation.initial,
			probation.baseYear,
			probConv,
			m
		).share;
		draws.push({ stay, pretrial: d, supervision: m, probationShare: q });
	}
	const ids = (o: StockObservation[]) => o.map((x) => x.id).join(', ');
	const stay: Parameter = {
		key: 'stay',
		value: fit.stay,
		low: spread(
			draws.map((d) => d.stay),
			0.025
		),
		high: spread(
			draws.map((d) => d.stay),
			0.975
		),
		unit: 'years',
		basis: 'fitted',
		source: `least squares on log prison population ${ids(prison.obs)} from ${prison.initialIds.join(', ')} (end of ${prison.baseYear}); range: 95 % of ${BOOTSTRAP_DRAWS} bootstrap refits`
	};
	const supervision: Parameter = {
		key: 'supervision',
		...SUPERVISION_YEARS,
		unit: 'years',
		basis: 'assumption',
		source:
			'no published mean time under probation supervision; assumed, drawn uniformly from the range'
	};
	const probationShare: Parameter = {
		key: 'probationShare',
		value: pfit.share,
		low: spread(
			draws.map((d) => d.probationShare),
			0.025
		),
		high: spread(
			draws.map((d) => d.probationShare),
			0.975
		),
		unit: 'share of convictions',
		basis: 'fitted',
		source: `least squares on probation caseload ${ids(probation.obs)} from ${probation.initialIds.join(', ')}, given the supervision time`
	};
	const lastShare = shares[shares.length - 1];
	const shareParam: Parameter = {
		key: 'imprisonmentShare',
		value: lastShare.value,
		low: lastShare.value * 0.9,
		high: lastShare.value * 1.1,
		unit: 'share of convictions',
		basis: 'published',
		source: `${lastShare.source} (${lastShare.year}); held after it, ±10 % assumed; years between published shares (${shares.map((s) => `${s.year} ${s.source}`).join('; ')}) interpolated linearly`
	};
	return {
		cutoff,
		baseYear: prison.baseYear,
		prisonInitial: prison.initial,
		prisonInitialIds: prison.initialIds,
		prisonObs: prison.obs,
		probationBaseYear: probation.baseYear,
		probationInitial: probation.initial,
		probationObs: probation.obs,
		firstProjectedYear,
		convictions,
		shares,
		stay,
		pretrial,
		supervision,
		probationShare,
		sigmaPrison: fit.rmse,
		sigmaProbation: pfit.rmse,
		draws,
		parameters: [stay, pretrial, shareParam, probationShare, supervision]
	};
}
