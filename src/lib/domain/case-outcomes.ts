/**
 * Clearance and case outcomes, defined once (domain.md, «Case outcomes»): which графы of Form
 * 1-M R1-1 and Form СНГ-1 R1 each share reads, and the pure formulas. The server's queries, the
 * /regions column, the prevention score and the /methodology page all read these constants, so
 * a definition cannot drift between the figure and the page that explains it.
 *
 * R1-1 counts the offences registered in the period (графа 1) and, of those, how many were
 * finished, sent to court, terminated or suspended by the end of the period. The shares overlap
 * and do not add up to 100 %: «finished» (графа 7) is sent to court (графа 8) plus terminated on
 * non-rehabilitating grounds (графа 13) — true of every row of the 16 regional workbooks of
 * 2022 — and a case suspended during the period may be resumed and finished before its end.
 * СНГ-1 R1 counts crimes only; its «finished» (графа 3) includes cases registered earlier, so its
 * clearance is not the R1-1 finished share of crimes (Akmola 2022: 2713 ÷ 4535 against 2112 ÷ 4535).
 */

type N = number | null | undefined;

/** Form 1-M R1-1 графы of the outcomes (registered in the current period). */
export const R1_1_OUTCOME_GRAFY = {
	registered: '1',
	finished: '7',
	toCourt: '8',
	/** Terminated under p.3, 4, 9–12 ч.1 ст.35 and ст.36 УПК (non-rehabilitating grounds). */
	terminatedNonRehab: '13',
	/** Terminated under p.1, 2, 5–8 ч.1 ст.35 УПК (no event, no corpus delicti …). */
	terminatedRehab: '14',
	/** Pre-trial investigation suspended, all grounds (ч.7 ст.45 УПК). */
	suspended: '15'
} as const;

/** Form СНГ-1 R1 графы, row 1 «Всего» (crimes only). */
export const SNG1_R1_GRAFY = {
	registered: '1',
	finished: '3',
	unsolved: '5',
	personsIdentified: '6'
} as const;

export type OutcomeKey = 'finished' | 'toCourt' | 'terminated' | 'suspended';
export const OUTCOME_KEYS: readonly OutcomeKey[] = [
	'finished',
	'toCourt',
	'terminated',
	'suspended'
];

/** The R1-1 numerator графы of each share; the denominator is always графа 1. */
export const OUTCOME_NUMERATOR: Record<OutcomeKey, readonly string[]> = {
	finished: [R1_1_OUTCOME_GRAFY.finished],
	toCourt: [R1_1_OUTCOME_GRAFY.toCourt],
	terminated: [R1_1_OUTCOME_GRAFY.terminatedNonRehab, R1_1_OUTCOME_GRAFY.terminatedRehab],
	suspended: [R1_1_OUTCOME_GRAFY.suspended]
};

/** Every R1-1 графа an outcome reads. */
export const R1_1_GRAFY_READ: readonly string[] = Object.values(R1_1_OUTCOME_GRAFY);
export const SNG1_GRAFY_READ: readonly string[] = Object.values(SNG1_R1_GRAFY);

/** R1-1 cells of one row (графа → value); a графа the workbook lacks is absent. */
export type GrafaValues = Record<string, number | undefined>;

const ok = (x: N): x is number => typeof x === 'number' && Number.isFinite(x);

function sumOf(v: GrafaValues, grafy: readonly string[]): number | null {
	const xs = grafy.map((g) => v[g]);
	return xs.every(ok) ? (xs as number[]).reduce((a, b) => a + b, 0) : null;
}

/** Part ÷ whole in %, null when either is missing or the whole is 0 (never a 0 % of nothing). */
function pct(part: N, whole: N): number | null {
	return ok(part) && ok(whole) && whole > 0 ? (part / whole) * 100 : null;
}

export interface OutcomeShares {
	registered: number | null;
	finished: number | null;
	toCourt: number | null;
	terminated: number | null;
	suspended: number | null;
}

/** The four shares of R1-1 графа 1 (in %), each null where a графа is missing. */
export function outcomeShares(v: GrafaValues): OutcomeShares {
	const registered = ok(v[R1_1_OUTCOME_GRAFY.registered])
		? (v[R1_1_OUTCOME_GRAFY.registered] as number)
		: null;
	const share = (k: OutcomeKey) => pct(sumOf(v, OUTCOME_NUMERATOR[k]), registered);
	return {
		registered,
		finished: share('finished'),
		toCourt: share('toCourt'),
		terminated: share('terminated'),
		suspended: share('suspended')
	};
}

/** Several rows' графы added up (a графа missing in any row is missing in the sum). */
export function addGrafy(rows: GrafaValues[], grafy: readonly string[]): GrafaValues {
	const out: GrafaValues = {};
	for (const g of grafy) {
		const xs = rows.map((r) => r[g]);
		if (rows.length && xs.every(ok)) out[g] = (xs as number[]).reduce((a, b) => a + b, 0);
	}
	return out;
}

/** СНГ-1 clearance: crimes finished in the period ÷ crimes registered in the period, in %. */
export function sngClearance(v: GrafaValues): number | null {
	return pct(v[SNG1_R1_GRAFY.finished], v[SNG1_R1_GRAFY.registered]);
}
