/**
 * Indicator formulas as used in CIS criminology (see ../shared/docs/domain.md). Pure
 * functions: a missing input gives null, never zero, so that "no data" stays visible.
 */

type N = number | null | undefined;

const ok = (x: N): x is number => typeof x === 'number' && Number.isFinite(x);

/** Crime rate: offences ÷ population × 10,000. */
export function ratePer10k(count: N, population: N): number | null {
	return ok(count) && ok(population) && population > 0 ? (count / population) * 10_000 : null;
}

/** Growth against a base (АППГ or the previous year), in %. */
export function changePct(current: N, base: N): number | null {
	return ok(current) && ok(base) && base !== 0 ? (current / base - 1) * 100 : null;
}

/** Structure (удельный вес): part ÷ whole, in %. */
export function sharePct(part: N, whole: N): number | null {
	return ok(part) && ok(whole) && whole > 0 ? (part / whole) * 100 : null;
}

/** Acquittal rate = acquitted ÷ (convicted + acquitted), in %. */
export function acquittalRatePct(acquitted: N, convicted: N): number | null {
	return ok(acquitted) && ok(convicted) ? sharePct(acquitted, acquitted + convicted) : null;
}

/** Mean population of a year from the beginning-of-year figures of that year and the next. */
export function meanPopulation(startOfYear: N, startOfNextYear: N): number | null {
	if (ok(startOfYear) && ok(startOfNextYear)) return (startOfYear + startOfNextYear) / 2;
	return ok(startOfYear) ? startOfYear : null;
}

export interface PriorityInputs {
	code: string;
	rate: number | null;
	nationalRate: number | null;
	growth: number | null;
	graveShare: number | null;
	recidivism: number | null;
	/** Finished ÷ registered, % (Form 1-M R1-1 графа 7 ÷ графа 1): low clearance ranks higher. */
	clearance?: number | null;
}

export interface PriorityWeights {
	rate: number;
	growth: number;
	grave: number;
	recid: number;
	/** Low clearance; 0 by default, so the four original components keep their scores. */
	clear?: number;
}

export const DEFAULT_WEIGHTS: PriorityWeights = {
	rate: 40,
	growth: 30,
	grave: 20,
	recid: 10,
	clear: 0
};

export interface PriorityScore extends PriorityInputs {
	rateExcess: number | null;
	parts: Record<keyof PriorityWeights, number | null>;
	score: number | null;
}

/**
 * How each component is put on one scale before weighting. `minmax`: (v − min) ÷ (max − min),
 * the lowest region 0 and the highest 1 whatever the spread (a 32–35 % grave share stretched
 * to the whole 0–1); the score is 0–100. `zscore`: (v − mean) ÷ standard deviation of the
 * regions compared (population SD), so the score reads in standard deviations from the
 * regions' average and one extreme region does not squeeze the others to one end.
 */
export const SCORE_METHODS = ['minmax', 'zscore'] as const;
export type ScoreMethod = (typeof SCORE_METHODS)[number];

/** The normaliser of one component's values under a method; null stays null. */
function normaliser(vals: (number | null)[], method: ScoreMethod) {
	const xs = vals.filter(ok);
	if (method === 'zscore') {
		const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
		const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
		return (v: number | null) => (!ok(v) ? null : sd > 0 ? (v - mean) / sd : 0);
	}
	const lo = Math.min(...xs);
	const hi = Math.max(...xs);
	return (v: number | null) => (!ok(v) ? null : hi > lo ? (v - lo) / (hi - lo) : 0.5);
}

/**
 * Composite priority score: each component is normalised across the regions compared
 * (`method`, min–max by default), then weighted; weights are renormalised over the
 * components a region has, so a missing component is neither zero nor penalised. Min–max
 * scores are 0–100; z-scores are the weighted mean z (standard deviations).
 */
export function priorityScores(
	rows: PriorityInputs[],
	w: PriorityWeights,
	method: ScoreMethod = 'minmax'
): PriorityScore[] {
	const withExcess = rows.map((r) => ({
		...r,
		rateExcess:
			ok(r.rate) && ok(r.nationalRate) && r.nationalRate > 0
				? (r.rate / r.nationalRate - 1) * 100
				: null
	}));
	const norm = (vals: (number | null)[]) => normaliser(vals, method);
	const nRate = norm(withExcess.map((r) => r.rateExcess));
	const nGrowth = norm(withExcess.map((r) => r.growth));
	const nGrave = norm(withExcess.map((r) => r.graveShare));
	const nRecid = norm(withExcess.map((r) => r.recidivism));
	// Clearance counts the other way: the lowest share finished is the highest priority.
	const nClear = norm(withExcess.map((r) => (ok(r.clearance) ? -r.clearance : null)));
	return withExcess.map((r) => {
		const parts = {
			rate: nRate(r.rateExcess),
			growth: nGrowth(r.growth),
			grave: nGrave(r.graveShare),
			recid: nRecid(r.recidivism),
			clear: nClear(ok(r.clearance) ? -r.clearance : null)
		};
		let sum = 0;
		let wsum = 0;
		for (const k of Object.keys(parts) as (keyof PriorityWeights)[]) {
			const p = parts[k];
			const wk = w[k] ?? 0;
			if (p !== null && wk > 0) {
				sum += p * wk;
				wsum += wk;
			}
		}
		const scale = method === 'minmax' ? 100 : 1;
		return { ...r, parts, score: wsum > 0 ? (sum / wsum) * scale : null };
	});
}
