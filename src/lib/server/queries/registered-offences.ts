/**
 * Registered criminal offences by region and period: Form 1-M, section R1-1 («registered in
 * the current period», the figure the Committee publishes), графа 1, rows 1–7 (all,
 * misdemeanours, crimes, minor, medium, grave, especially grave). Figures as published.
 */
import { cachedQuery, generationKey } from '../db';
import { OFFENCE_GROUPS, SEVERITY_ROWS, type OffenceGroup } from '../../domain/view-options';

export { OFFENCE_GROUPS, SEVERITY_ROWS, type OffenceGroup } from '../../domain/view-options';

export type Counts = Record<OffenceGroup, number | null>;

export interface RegisteredRow extends Counts {
	region: string;
	period: string;
	synthetic: boolean;
}

const BY_CODE = Object.fromEntries(Object.entries(SEVERITY_ROWS).map(([k, v]) => [v, k])) as Record<
	string,
	OffenceGroup
>;

/**
 * The pivot of every period is asked by most pages: kept per generation and period (bounded),
 * so that it is made once, not once a request. Callers only read the rows.
 */
const pivots = new Map<string, Promise<RegisteredRow[]>>();
const PIVOTS_MAX = 100;

/** All (region, period) pairs, optionally one period. */
export function registeredOffences(period?: string): Promise<RegisteredRow[]> {
	const key = `${generationKey()}|${period ?? ''}`;
	let hit = pivots.get(key);
	if (!hit) {
		if (pivots.size >= PIVOTS_MAX) pivots.delete(pivots.keys().next().value as string);
		hit = pivot(period);
		pivots.set(key, hit);
		hit.catch(() => pivots.delete(key));
	}
	return hit;
}

async function pivot(period?: string): Promise<RegisteredRow[]> {
	const rows = await cachedQuery<{
		region_code: string;
		period: string;
		row_code: string;
		value: number;
		synthetic: boolean;
	}>(
		`SELECT c.region_code, c.period, c.row_code, sum(c.value) AS value,
		        bool_or(c.synthetic) AS synthetic
		 FROM v_form_cell c
		 WHERE c.form = '1-M' AND c.section = 'R1-1' AND c.grafa = '1'
		   AND c.row_code IN ('1','2','3','4','5','6','7')
		   AND ($1::TEXT IS NULL OR c.period = $1)
		 GROUP BY ALL ORDER BY c.period, c.region_code`,
		[period ?? null]
	);
	const out = new Map<string, RegisteredRow>();
	for (const r of rows) {
		const key = `${r.region_code}|${r.period}`;
		let row = out.get(key);
		if (!row) {
			row = { region: r.region_code, period: r.period, synthetic: false } as RegisteredRow;
			for (const g of OFFENCE_GROUPS) row[g] = null;
			out.set(key, row);
		}
		row[BY_CODE[r.row_code]] = r.value;
		row.synthetic ||= r.synthetic;
	}
	return [...out.values()];
}

export interface NationalRow extends RegisteredRow {
	/** true when the republic's own workbook is missing and regions were summed. */
	partial: boolean;
	regionsSummed: number;
}

/** The country's figure: the republic's workbook if imported, else the sum of regions (flagged). */
export function nationalFrom(rows: RegisteredRow[], period: string): NationalRow | null {
	const inPeriod = rows.filter((r) => r.period === period);
	const kz = inPeriod.find((r) => r.region === 'KZ');
	if (kz) return { ...kz, partial: false, regionsSummed: 0 };
	const regions = inPeriod.filter((r) => r.region !== 'KZ');
	if (!regions.length) return null;
	const sum = { region: 'KZ', period, synthetic: false } as NationalRow;
	for (const g of OFFENCE_GROUPS) {
		const xs = regions.map((r) => r[g]).filter((v): v is number => v !== null);
		sum[g] = xs.length ? xs.reduce((a, b) => a + b, 0) : null;
	}
	sum.synthetic = regions.some((r) => r.synthetic);
	sum.partial = true;
	sum.regionsSummed = regions.length;
	return sum;
}

/**
 * The national figure and its АППГ. When the national figure is a sum of regions, the
 * previous one is the sum of the SAME regions (null if any of them is missing last year).
 */
export function nationalWithPrevious(
	cur: RegisteredRow[],
	prev: RegisteredRow[],
	period: string,
	previous: string
): { nat: NationalRow | null; natPrev: RegisteredRow | null } {
	const nat = nationalFrom(cur, period);
	if (!nat || !nat.partial) return { nat, natPrev: nationalFrom(prev, previous) };
	const regions = cur.filter((r) => r.period === period && r.region !== 'KZ').map((r) => r.region);
	const before = prev.filter((r) => r.period === previous && regions.includes(r.region));
	if (before.length !== regions.length) return { nat, natPrev: null };
	return { nat, natPrev: nationalFrom(before, previous) };
}
