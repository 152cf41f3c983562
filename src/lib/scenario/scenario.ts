/**
 * A scenario: the calibrated model run from its starting stock through the projection years,
 * once for the baseline and once with the user's levers, with the same draws. Levers act from
 * the first projected year on; the years before it keep the baseline (published convictions
 * and shares, the forecast where none is published yet).
 */
import { admissionsPath, type Calibration, type ParameterDraw } from './calibration';
import { convictionsIn } from './convictions';
import { simulateStock, stockAt, yearFlows, valueInYear } from './model';
import { drawNoise, quantileSorted, summariseYear, type DrawNoise } from './uncertainty';
import { BASELINE_LEVERS } from './levers';
import type { Levers, ProjectedYear } from './types';

export const DEFAULT_SEED = 18;

interface Paths {
	/** Stocks at the ends of baseYear+1 … lastYear. */
	prison: number[];
	probation: number[];
}

/** One run of both stocks over years from the calibration's base year to lastYear. */
function run(
	cal: Calibration,
	levers: Levers,
	lastYear: number,
	p: ParameterDraw,
	n: DrawNoise | null
): Paths {
	const u = n?.u ?? 0.5;
	const lastShareYear = cal.shares[cal.shares.length - 1].year;
	const y0 = cal.firstProjectedYear - 1;
	const base = Math.min(cal.baseYear, cal.probationBaseYear);
	const admissions: number[] = [];
	const inflow: number[] = [];
	const stay: number[] = [];
	for (let y = base + 1; y <= lastYear; y++) {
		const lever = y >= cal.firstProjectedYear;
		let c = convictionsIn(cal.convictions, y, u);
		if (lever && levers.convictions === 'pct')
			c = convictionsIn(cal.convictions, y0, u) * (1 + levers.convictionsPct / 100) ** (y - y0);
		let share = valueInYear(cal.shares, y);
		if (lever && levers.imprisonmentShare !== null) share = levers.imprisonmentShare / 100;
		if (y > lastShareYear) share *= n?.shareFactor ?? 1;
		const f = yearFlows(c, share, p.probationShare, lever ? levers.probationShiftPct / 100 : 0);
		admissions.push(f.admissions);
		inflow.push(f.probationInflow);
		stay.push(Math.max(1, p.stay * (lever ? 1 + levers.timeServedPct / 100 : 1)));
	}
	const from = (b: number) => b - base;
	const s = simulateStock(
		Math.max(0, cal.prisonInitial - p.pretrial),
		admissions.slice(from(cal.baseYear)),
		stay.slice(from(cal.baseYear))
	);
	const q = simulateStock(
		cal.probationInitial,
		inflow.slice(from(cal.probationBaseYear)),
		p.supervision
	);
	const eP = n ? Math.exp(cal.sigmaPrison * n.zPrison) : 1;
	const eQ = n ? Math.exp(cal.sigmaProbation * n.zProbation) : 1;
	return { prison: s.map((x) => (x + p.pretrial) * eP), probation: q.map((x) => x * eQ) };
}

/** The stock at the end of `year` from a run's path. */
function at(path: number[], baseYear: number, year: number): number {
	return path[year - baseYear - 1];
}

export interface StockProjection {
	baseline: ProjectedYear[];
	scenario: ProjectedYear[];
	difference: ProjectedYear[];
	/** The model with the point parameters over the calibration years (end of each year). */
	fitted: { year: number; value: number }[];
}

export interface Projection {
	levers: Levers;
	years: number[];
	prison: StockProjection;
	probation: StockProjection;
	draws: number;
	seed: number;
}

/** Baseline and scenario projections over levers.h years, with 80/95 % intervals. */
export function project(
	cal: Calibration,
	levers: Levers,
	opts: { seed?: number } = {}
): Projection {
	const seed = opts.seed ?? DEFAULT_SEED;
	const years = Array.from({ length: levers.h }, (_, k) => cal.firstProjectedYear + k);
	const lastYear = years[years.length - 1];
	const point: ParameterDraw = {
		stay: cal.stay.value,
		pretrial: cal.pretrial.value,
		supervision: cal.supervision.value,
		probationShare: cal.probationShare.value
	};
	const baseLevers = { ...BASELINE_LEVERS, h: levers.h };
	const pointBase = run(cal, baseLevers, lastYear, point, null);
	const pointScen = run(cal, levers, lastYear, point, null);
	const noise = drawNoise(cal.draws.length, seed);
	const runs = cal.draws.map((p, i) => ({
		base: run(cal, baseLevers, lastYear, p, noise[i]),
		scen: run(cal, levers, lastYear, p, noise[i])
	}));
	const stock = (key: 'prison' | 'probation'): StockProjection => {
		const b0 = key === 'prison' ? cal.baseYear : cal.probationBaseYear;
		const summarise = (
			pick: (r: (typeof runs)[number], y: number) => number,
			pt: (y: number) => number
		) =>
			years.map((y) =>
				summariseYear(
					y,
					pt(y),
					runs.map((r) => pick(r, y))
				)
			);
		return {
			baseline: summarise(
				(r, y) => at(r.base[key], b0, y),
				(y) => at(pointBase[key], b0, y)
			),
			scenario: summarise(
				(r, y) => at(r.scen[key], b0, y),
				(y) => at(pointScen[key], b0, y)
			),
			difference: summarise(
				(r, y) => at(r.scen[key], b0, y) - at(r.base[key], b0, y),
				(y) => at(pointScen[key], b0, y) - at(pointBase[key], b0, y)
			),
			fitted: Array.from({ length: cal.firstProjectedYear - 1 - b0 }, (_, k) => ({
				year: b0 + 1 + k,
				value: pointBase[key][k]
			}))
		};
	};
	return {
		levers,
		years,
		prison: stock('prison'),
		probation: stock('probation'),
		draws: runs.length,
		seed
	};
}

/** Prison admissions of the point baseline (for the model card): convictions × share. */
export function baselineAdmissions(
	cal: Calibration,
	lastYear: number
): { year: number; value: number }[] {
	return admissionsPath(cal, cal.baseYear, lastYear).map((value, k) => ({
		year: cal.baseYear + 1 + k,
		value
	}));
}

/** The baseline at given decimal times (published counts' dates): point and 80/95 % intervals. */
export function baselineAt(
	cal: Calibration,
	key: 'prison' | 'probation',
	times: readonly number[],
	opts: { seed?: number } = {}
): { t: number; mean: number; lo80: number; hi80: number; lo95: number; hi95: number }[] {
	if (!times.length) return [];
	const lastYear = Math.max(cal.firstProjectedYear, Math.ceil(Math.max(...times)));
	const levers = { ...BASELINE_LEVERS, h: lastYear - cal.firstProjectedYear + 1 };
	const b0 = key === 'prison' ? cal.baseYear : cal.probationBaseYear;
	const init = key === 'prison' ? cal.prisonInitial : cal.probationInitial;
	const point: ParameterDraw = {
		stay: cal.stay.value,
		pretrial: cal.pretrial.value,
		supervision: cal.supervision.value,
		probationShare: cal.probationShare.value
	};
	const pathOf = (p: ParameterDraw, n: DrawNoise | null) => run(cal, levers, lastYear, p, n)[key];
	const pointPath = pathOf(point, null);
	const noise = drawNoise(cal.draws.length, opts.seed ?? DEFAULT_SEED);
	const paths = cal.draws.map((p, i) => ({ p, path: pathOf(p, noise[i]) }));
	return times.map((t) => {
		const s = paths.map(({ path }) => stockAt(t, b0, init, path)).sort((a, b) => a - b);
		return {
			t,
			mean: stockAt(t, b0, init, pointPath),
			lo80: quantileSorted(s, 0.1),
			hi80: quantileSorted(s, 0.9),
			lo95: quantileSorted(s, 0.025),
			hi95: quantileSorted(s, 0.975)
		};
	});
}
