/**
 * Which reporting periods the warehouse holds for Form 1-M, and the default one to show
 * (the latest whole year, else the latest part-year). Periods are cumulative from January.
 */
import { cachedQuery } from '../db';

export interface PeriodRow {
	period: string;
	year: number;
	monthTo: number;
}

export async function listPeriods(): Promise<PeriodRow[]> {
	const rows = await cachedQuery<{ period: string }>(
		`SELECT DISTINCT period FROM v_form_cell WHERE form = '1-M' ORDER BY period`
	);
	return rows.map((r) => {
		const [y, m] = r.period.split('-');
		return { period: r.period, year: Number(y), monthTo: m ? Number(m) : 12 };
	});
}

export function pickDefaultPeriod(periods: PeriodRow[]): string | null {
	const years = periods.filter((p) => p.monthTo === 12);
	const pool = years.length ? years : periods;
	return pool.length ? pool[pool.length - 1].period : null;
}
