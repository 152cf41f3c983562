/**
 * The cells behind clearance and case outcomes (definitions in ../../domain/case-outcomes.ts):
 * Form 1-M R1-1 графы 1, 7, 8, 13, 14, 15 of the offence-group rows (1–7) or of the Criminal Code
 * chapter rows, and Form СНГ-1 R1 row 1 графы 1, 3, 5, 6, per region, figures as published.
 */
import { cachedQuery } from '../db';
import { R1_1_GRAFY_READ, SNG1_GRAFY_READ, type GrafaValues } from '../../domain/case-outcomes';

export interface OutcomeRow {
	region: string;
	rowCode: string;
	/** The row's label as the form writes it (hierarchical path). */
	label: string;
	chapter: string | null;
	values: GrafaValues;
	synthetic: boolean;
}

function group(
	rows: {
		region: string;
		row_code: string;
		label: string;
		chapter: string | null;
		grafa: string;
		value: number;
		synthetic: boolean;
	}[]
): OutcomeRow[] {
	const out = new Map<string, OutcomeRow>();
	for (const r of rows) {
		const key = `${r.region}|${r.row_code}`;
		let o = out.get(key);
		if (!o) {
			o = {
				region: r.region,
				rowCode: r.row_code,
				label: r.label,
				chapter: r.chapter,
				values: {},
				synthetic: false
			};
			out.set(key, o);
		}
		o.values[r.grafa] = r.value;
		o.synthetic ||= r.synthetic;
	}
	return [...out.values()];
}

/** One графа of one row per region, summed, as both outcome queries read it. */
interface OutcomeCell {
	region: string;
	row_code: string;
	label: string;
	chapter: string | null;
	grafa: string;
	value: number;
	synthetic: boolean;
}
const OUTCOME_CELLS = `SELECT region_code AS region, row_code, any_value(row_label) AS label,
		        any_value(chapter) AS chapter, grafa, sum(value) AS value,
		        bool_or(synthetic) AS synthetic
		 FROM v_form_cell`;

/**
 * R1-1 outcome графы of one period: `rows` names row codes (the offence groups 1–7), or
 * `'chapters'` takes the 18 chapter rows («Глава N. …» as the last part of the label: row codes
 * 13, 48 … 392 of the 2022 template, found by label so that another template still works).
 * `region` null reads every region's workbook (and the republic's, where imported).
 */
export async function r11Outcomes(
	period: string,
	rows: string[] | 'chapters',
	region: string | null = null
): Promise<OutcomeRow[]> {
	const res = await cachedQuery<OutcomeCell>(
		`${OUTCOME_CELLS}
		 WHERE form = '1-M' AND section = 'R1-1' AND period = $1
		   AND list_contains(string_split($2, ','), grafa)
		   AND CASE WHEN $3 THEN chapter IS NOT NULL
		              AND regexp_matches(row_label, '(^| / )Глава\\s*\\d+[^/]*$')
		            ELSE list_contains(string_split($4, ','), row_code) END
		   AND ($5::TEXT IS NULL OR region_code = $5)
		 GROUP BY region_code, row_code, grafa
		 ORDER BY region_code, try_cast(row_code AS INTEGER)`,
		[
			period,
			R1_1_GRAFY_READ.join(','),
			rows === 'chapters',
			rows === 'chapters' ? '' : rows.join(','),
			region
		]
	);
	return group(res);
}

/** СНГ-1 R1 row 1 («Всего», crimes) графы 1, 3, 5, 6 of one period, per region. */
export async function sng1Totals(period: string): Promise<OutcomeRow[]> {
	const res = await cachedQuery<OutcomeCell>(
		`${OUTCOME_CELLS}
		 WHERE form = 'СНГ-1' AND section = 'R1' AND row_code = '1' AND period = $1
		   AND list_contains(string_split($2, ','), grafa)
		 GROUP BY region_code, row_code, grafa
		 ORDER BY region_code`,
		[period, SNG1_GRAFY_READ.join(',')]
	);
	return group(res);
}
