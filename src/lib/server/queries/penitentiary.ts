/**
 * Form 1-M Section 5 (offences by persons serving a sentence) beyond its row 1: every chapter
 * and article row, and row 1 by region for every period. R5 графы (pipelines/forms/form-1m/
 * README.md): 2 registered; 3–9 penal institutions (minimum … mixed security); 10 probation
 * services; 11 ИВС; 12 other. Row codes are R5's own (chapters 9, 44, … 374), never R1's.
 */
import { cachedQuery } from '../db';

export interface R5Row {
	rowCode: string;
	label: string;
	article: string | null;
	chapter: string | null;
	/** графа 2 */
	registered: number;
	/** графа 10 */
	probation: number;
}

/**
 * The chapter and article rows of R5 for one period: one region's workbook (`region`), or
 * the sum of the regional workbooks (`region` null; the caller says which regions it holds).
 */
export async function r5ByArticle(period: string, region: string | null): Promise<R5Row[]> {
	const rows = await cachedQuery<{
		row_code: string;
		label: string;
		article: string | null;
		chapter: string | null;
		registered: number | null;
		probation: number | null;
	}>(
		`SELECT row_code, any_value(row_label) AS label, any_value(article) AS article,
		        any_value(chapter) AS chapter,
		        sum(value) FILTER (WHERE grafa = '2') AS registered,
		        sum(value) FILTER (WHERE grafa = '10') AS probation
		 FROM v_form_cell
		 WHERE form = '1-M' AND section = 'R5' AND chapter IS NOT NULL AND grafa IN ('2', '10')
		   AND period = $1
		   AND (CASE WHEN $2::TEXT IS NULL THEN region_code <> 'KZ' ELSE region_code = $2 END)
		 GROUP BY row_code`,
		[period, region]
	);
	return rows
		.map((r) => ({
			rowCode: r.row_code,
			label: r.label,
			article: r.article,
			chapter: r.chapter,
			registered: Number(r.registered ?? 0),
			probation: Number(r.probation ?? 0)
		}))
		.sort((a, b) => Number(a.rowCode) - Number(b.rowCode));
}

export interface R5Total {
	region: string;
	period: string;
	/** графа 2 */
	registered: number | null;
	/** графы 3–9 summed */
	institutions: number | null;
	/** графа 10 */
	probation: number | null;
}

/** R5 row 1 per region and period (every period, or one region's): the trend and the rate. */
export async function r5Totals(region: string | null = null): Promise<R5Total[]> {
	return cachedQuery<R5Total>(
		`SELECT region_code AS region, period,
		        sum(value) FILTER (WHERE grafa = '2') AS registered,
		        sum(value) FILTER (WHERE grafa IN ('3','4','5','6','7','8','9')) AS institutions,
		        sum(value) FILTER (WHERE grafa = '10') AS probation
		 FROM v_form_cell
		 WHERE form = '1-M' AND section = 'R5' AND row_code = '1'
		   AND grafa IN ('2','3','4','5','6','7','8','9','10')
		   AND ($1::TEXT IS NULL OR region_code = $1)
		 GROUP BY region_code, period ORDER BY period, region_code`,
		[region]
	);
}
