/**
 * Whole-year series for forecasting, straight from Form 1-M (R1-1 графа 1, «registered in the
 * current period»): one Criminal Code chapter per region and year (the chapter's own row,
 * «Глава N. …», not the sum of its articles — the form does not list every article).
 * Part-year periods (YYYY-MM, cumulative) are left out: they are not comparable with years.
 */
import { cachedQuery } from '../db';

export interface YearlyValue {
	region: string;
	year: number;
	value: number;
	synthetic: boolean;
}

export async function chapterYearly(chapter: number): Promise<YearlyValue[]> {
	const rows = await cachedQuery<{
		region_code: string;
		period: string;
		value: number;
		synthetic: boolean;
	}>(
		`SELECT region_code, period, sum(value) AS value, bool_or(synthetic) AS synthetic
		 FROM v_form_cell
		 WHERE form = '1-M' AND section = 'R1-1' AND grafa = '1' AND chapter = $1
		   AND regexp_matches(row_label, '(^|/ )Глава\\s*\\d+[^/]*$')
		   AND NOT contains(period, '-')
		 GROUP BY ALL ORDER BY period, region_code`,
		[String(chapter)]
	);
	return rows.map((r) => ({
		region: r.region_code,
		year: Number(r.period),
		value: Number(r.value),
		synthetic: !!r.synthetic
	}));
}
