/**
 * Periods are cumulative from January, so the value of the months between two reports of the
 * same year is value(later) − value(earlier) (v_monthly: monthly when reports are consecutive,
 * quarterly when they are quarterly). A negative difference means a later report holds fewer
 * offences than an earlier one: a fact about the sources (late corrections, reclassification)
 * that we report, for the series the views de-cumulate (R1-1 графа 1, R1 графы 2, 6, 7).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { parsePeriod } from '../../src/lib/domain/periods.ts';
import { REAL_CELLS, rowsOf, withMessage, type Finding } from './findings.ts';
import { NEGATIVE_MONTHLY_RULE } from './rules.ts';

/** The (section, графа) pairs that are flows, cumulative from January (also used by views.sql). */
export const CUMULATIVE: readonly { section: string; grafy: readonly string[] }[] = [
	{ section: 'R1-1', grafy: ['1'] },
	{ section: 'R1', grafy: ['2', '6', '7'] }
];

/** CUMULATIVE as a SQL condition on `section` and `grafa`. */
export const CUMULATIVE_SERIES = `(${CUMULATIVE.map(({ section, grafy }) =>
	grafy.length === 1
		? `(section = '${section}' AND grafa = '${grafy[0]}')`
		: `(section = '${section}' AND grafa IN (${grafy.map((g) => `'${g}'`).join(', ')}))`
).join(' OR ')})`;

export interface Drop {
	section: string;
	row_code: string;
	grafa: string;
	period: string;
	previous_period: string;
	value: number;
	previous_value: number;
	cell: string;
	sha: string;
}

/** All negative differences between consecutive reports of `period`'s year, for one region. */
export async function checkNegativeMonthly(
	conn: DuckDBConnection,
	form: string,
	regionCode: string,
	period: string
): Promise<Finding[]> {
	const year = parsePeriod(period).year;
	const drops = await rowsOf<Drop>(
		conn,
		`WITH s AS (
			SELECT *, CASE WHEN length(period) = 4 THEN 12 ELSE CAST(substr(period, 6, 2) AS INTEGER) END AS m
			FROM ${REAL_CELLS} c
			WHERE c.form = $form AND c.region_code = $region AND substr(c.period, 1, 4) = $year
			  AND ${CUMULATIVE_SERIES}),
		 w AS (
			SELECT *, lag(value) OVER k AS previous_value, lag(period) OVER k AS previous_period
			FROM s WINDOW k AS (PARTITION BY section, row_code, grafa ORDER BY m))
		 SELECT section, row_code, grafa, period, previous_period, value, previous_value, cell,
		        source_sha256 AS sha
		 FROM w WHERE previous_value IS NOT NULL AND value < previous_value
		 ORDER BY period, section, TRY_CAST(row_code AS INTEGER), grafa`,
		{ form, region: regionCode, year: String(year) }
	);
	return monthlyFindings(drops, form, regionCode);
}

/** The findings of the drops (a cumulative value below the previous report's). */
export function monthlyFindings(
	drops: readonly Drop[],
	form: string,
	regionCode: string
): Finding[] {
	return drops.map((d) =>
		withMessage({
			rule: NEGATIVE_MONTHLY_RULE,
			severity: 'warning' as const,
			form,
			region_code: regionCode,
			period: d.period,
			section: d.section,
			row_code: d.row_code,
			grafa: d.grafa,
			expected: d.previous_value,
			found: d.value,
			source_sha256: d.sha,
			params: { previousPeriod: d.previous_period, cell: d.cell }
		})
	);
}
