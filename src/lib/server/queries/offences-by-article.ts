/**
 * Criminal Code structure from Form 1-M: chapter rows («Глава N. …») and the article rows
 * under them, with registered offences (R1-1 графа 1), finished (R1 графа 6) and sent to
 * court (R1 графа 7). A region filter reads that region's workbook; without one, the
 * republic's workbook if imported, else the sum of the regions (flagged as partial).
 */
import { cachedQuery } from '../db';

export interface OffenceRow {
	rowCode: string;
	chapter: string | null;
	article: string | null;
	label: string;
	isChapter: boolean;
	registered: number | null;
	previous: number | null;
	finished: number | null;
	toCourt: number | null;
}

/** The last segment of a hierarchical label: «Глава 1 … / из них / Убийство (ст.99)» → «Убийство (ст.99)». */
export function leafLabel(label: string): string {
	const parts = label.split(' / ');
	return parts[parts.length - 1].trim();
}

const CHAPTER_RE = /^Глава\s*\d+/i;

export async function offencesByArticle(
	period: string,
	previousPeriod: string,
	region: string | null
): Promise<{ rows: OffenceRow[]; partial: boolean }> {
	const hasKz = await cachedQuery<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM v_form_cell WHERE form='1-M' AND region_code='KZ' AND period=$1 LIMIT 1`,
		[period]
	);
	const scope = region ?? (hasKz[0]?.n ? 'KZ' : null);
	const rows = await cachedQuery<{
		row_code: string;
		chapter: string | null;
		article: string | null;
		label: string;
		section: string;
		grafa: string;
		period: string;
		value: number;
	}>(
		`SELECT row_code, any_value(chapter) AS chapter, any_value(article) AS article,
		        any_value(row_label) AS label, section, grafa, period, sum(value) AS value
		 FROM v_form_cell
		 WHERE form = '1-M' AND chapter IS NOT NULL AND period IN ($1, $2)
		   AND ((section = 'R1-1' AND grafa = '1') OR (section = 'R1' AND grafa IN ('6','7')))
		   AND (CASE WHEN $3::TEXT IS NULL THEN region_code <> 'KZ' ELSE region_code = $3 END)
		 GROUP BY row_code, section, grafa, period`,
		[period, previousPeriod, scope]
	);
	const byCode = new Map<string, OffenceRow>();
	for (const r of rows) {
		let o = byCode.get(r.row_code);
		if (!o) {
			const label = leafLabel(r.label);
			o = {
				rowCode: r.row_code,
				chapter: r.chapter,
				article: r.article,
				label,
				isChapter: CHAPTER_RE.test(label),
				registered: null,
				previous: null,
				finished: null,
				toCourt: null
			};
			byCode.set(r.row_code, o);
		}
		if (r.section === 'R1-1' && r.period === period) o.registered = r.value;
		else if (r.section === 'R1-1') o.previous = r.value;
		else if (r.period === period && r.grafa === '6') o.finished = r.value;
		else if (r.period === period && r.grafa === '7') o.toCourt = r.value;
	}
	const out = [...byCode.values()].sort((a, b) => Number(a.rowCode) - Number(b.rowCode));
	return { rows: out, partial: scope === null };
}

/** Where one row (chapter or article) was registered: value per region (ties by code, so a page is the same on every request). */
export async function offenceByRegion(
	period: string,
	rowCode: string
): Promise<{ region: string; value: number }[]> {
	return cachedQuery(
		`SELECT region_code AS region, sum(value) AS value FROM v_form_cell
		 WHERE form='1-M' AND section='R1-1' AND grafa='1' AND period=$1 AND row_code=$2
		   AND region_code <> 'KZ'
		 GROUP BY region_code ORDER BY value DESC, region_code`,
		[period, rowCode]
	);
}
