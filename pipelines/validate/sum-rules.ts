/**
 * Evaluates the declared control sums (rules.ts) for one form/region/period with one SQL query
 * per rule: both sides summed per графа, mapped to each other, compared exactly (the forms
 * hold integer counts). A missing cell counts as 0, as on the printed form.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { REAL_CELLS, rowsOf, withMessage, type Finding } from './findings.ts';
import type { SumRule } from './rules.ts';

/** One breach of a sum rule, as the queries return it. */
export interface SumBreach {
	grafa: string;
	ref_grafa: string;
	expected: number;
	found: number;
	cell: string | null;
	sha: string | null;
}

function inList(values: string[]): string {
	return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}

function sumRuleSql(rule: SumRule, source = REAL_CELLS): string {
	// The checked side's графа k corresponds to the reference графа `ref_grafa`.
	const refGrafa = refGrafaSql(rule, 'grafa');
	const skip = rule.skipGrafy?.length ? `AND grafa NOT IN (${inList(rule.skipGrafy)})` : '';
	// 'same': every графа present on either side; appendix: only the appendix's own графы.
	const join = rule.grafaMap === 'same' ? 'FULL JOIN' : 'LEFT JOIN';
	return `
		WITH scope AS (SELECT * FROM ${source} c
			WHERE c.form = $form AND c.region_code = $region AND c.period = $period),
		lhs AS (SELECT grafa, ${refGrafa} AS ref_grafa, sum(value) AS v,
			           min(cell) AS cell, min(source_sha256) AS sha
			FROM scope WHERE section = '${rule.section}' AND row_code IN (${inList(rule.rows)}) ${skip}
			GROUP BY grafa),
		rhs AS (SELECT grafa AS ref_grafa, sum(value) AS v, min(source_sha256) AS sha
			FROM scope WHERE section = '${rule.refSection}' AND row_code IN (${inList(rule.refRows)})
			GROUP BY grafa)
		SELECT coalesce(lhs.grafa, rhs.ref_grafa) AS grafa, coalesce(lhs.ref_grafa, rhs.ref_grafa) AS ref_grafa,
		       coalesce(rhs.v, 0) AS expected,
		       coalesce(lhs.v, 0) AS found, lhs.cell AS cell, coalesce(lhs.sha, rhs.sha) AS sha
		FROM lhs ${join} rhs ON lhs.ref_grafa = rhs.ref_grafa
		WHERE coalesce(lhs.v, 0) <> coalesce(rhs.v, 0)
		  ${rule.grafaMap === 'same' ? '' : `AND rhs.v IS NOT NULL`}
		ORDER BY TRY_CAST(coalesce(lhs.grafa, rhs.ref_grafa) AS INTEGER), 1`;
}

/** The графа of the reference side that графа `col` of the checked side corresponds to. */
function refGrafaSql(rule: SumRule, col: string): string {
	return rule.grafaMap === 'same'
		? col
		: `CASE WHEN TRY_CAST(${col} AS INTEGER) <= 2 THEN ${col}
		        ELSE (TRY_CAST(${col} AS INTEGER) + 1)::TEXT END`;
}

/**
 * Every rule in one round trip and ONE plan: the rules become rows of a small table (rule,
 * side, section, row code), both sides of every rule are summed per графа by one GROUP BY
 * each, and one join compares them. The rule queries are tiny (a few hundred cells of one
 * scope); eleven UNION ALL branches over the same CTE cost DuckDB more to plan than to run
 * (~90 ms per workbook, against ~25 ms for this form). Same results as sumRuleSql rule by
 * rule: a 'same' rule is a FULL JOIN on графа; an appendix rule keeps only its own графы
 * (a LEFT JOIN) that the reference side has.
 */
export async function checkSumRules(
	conn: DuckDBConnection,
	rules: readonly SumRule[],
	regionCode: string,
	period: string
): Promise<Finding[]> {
	if (rules.length === 0) return [];
	// The few rows the rules read (totals and their parts), taken from the scope once.
	const wanted = rules
		.flatMap((r) => [
			`(section = ${inList([r.section])} AND row_code IN (${inList(r.rows)}))`,
			`(section = ${inList([r.refSection])} AND row_code IN (${inList(r.refRows)}))`
		])
		.join(' OR ');
	const defs = rules
		.flatMap((r, i) => [
			...r.rows.map((code) => `(${i}, 'l', ${inList([r.section])}, ${inList([code])})`),
			...r.refRows.map((code) => `(${i}, 'r', ${inList([r.refSection])}, ${inList([code])})`)
		])
		.join(', ');
	// Per rule: its графа mapping and skipped графы (CASE on the rule index, literals only).
	const refGrafa = `CASE d.rule_index ${rules
		.map((r, i) => `WHEN ${i} THEN ${refGrafaSql(r, 'c.grafa')}`)
		.join(' ')} END`;
	const skipped = rules
		.map((r, i) =>
			r.skipGrafy?.length ? `(d.rule_index = ${i} AND c.grafa IN (${inList(r.skipGrafy)}))` : ''
		)
		.filter(Boolean);
	const appendix = rules.flatMap((r, i) => (r.grafaMap === 'same' ? [] : [i]));
	const isAppendix = (col: string) =>
		appendix.length ? `${col} IN (${appendix.join(', ')})` : 'false';
	const breaches = await rowsOf<SumBreach & { rule_index: number }>(
		conn,
		`WITH rule_rows AS MATERIALIZED (
			SELECT * FROM ${REAL_CELLS} c
			WHERE c.form = $form AND c.region_code = $region AND c.period = $period AND (${wanted})),
		 defs(rule_index, side, section, row_code) AS (VALUES ${defs}),
		 lhs AS (
			SELECT d.rule_index, c.grafa, ${refGrafa} AS ref_grafa, sum(c.value) AS v,
			       min(c.cell) AS cell, min(c.source_sha256) AS sha
			FROM rule_rows c JOIN defs d ON d.side = 'l' AND c.section = d.section AND c.row_code = d.row_code
			${skipped.length ? `WHERE NOT (${skipped.join(' OR ')})` : ''}
			GROUP BY d.rule_index, c.grafa),
		 rhs AS (
			SELECT d.rule_index, c.grafa AS ref_grafa, sum(c.value) AS v, min(c.source_sha256) AS sha
			FROM rule_rows c JOIN defs d ON d.side = 'r' AND c.section = d.section AND c.row_code = d.row_code
			GROUP BY d.rule_index, c.grafa),
		 joined AS (
			SELECT coalesce(lhs.rule_index, rhs.rule_index) AS rule_index,
			       coalesce(lhs.grafa, rhs.ref_grafa) AS grafa,
			       coalesce(lhs.ref_grafa, rhs.ref_grafa) AS ref_grafa,
			       coalesce(rhs.v, 0) AS expected, coalesce(lhs.v, 0) AS found, lhs.cell AS cell,
			       coalesce(lhs.sha, rhs.sha) AS sha, lhs.rule_index IS NOT NULL AS has_lhs,
			       rhs.v IS NOT NULL AS has_rhs
			FROM lhs FULL JOIN rhs ON lhs.rule_index = rhs.rule_index AND lhs.ref_grafa = rhs.ref_grafa)
		 SELECT rule_index, grafa, ref_grafa, expected, found, cell, sha FROM joined
		 WHERE expected <> found
		   AND (NOT ${isAppendix('rule_index')} OR (has_lhs AND has_rhs))
		 ORDER BY rule_index, TRY_CAST(grafa AS INTEGER), grafa`,
		{ form: '1-M', region: regionCode, period }
	);
	// Each rule's own order (by графа), as checkSumRule returns it.
	return rules.flatMap((rule, i) =>
		toFindings(
			rule,
			breaches.filter((b) => b.rule_index === i),
			regionCode,
			period
		)
	);
}

export async function checkSumRule(
	conn: DuckDBConnection,
	rule: SumRule,
	regionCode: string,
	period: string
): Promise<Finding[]> {
	const breaches = await rowsOf<SumBreach>(conn, sumRuleSql(rule), {
		form: rule.form,
		region: regionCode,
		period
	});
	return toFindings(rule, breaches, regionCode, period);
}

/** The findings of one rule's breaches (the SQL path's and file-rules.ts's). */
export function toFindings(
	rule: SumRule,
	breaches: readonly SumBreach[],
	regionCode: string,
	period: string
): Finding[] {
	return breaches.map((b) =>
		withMessage({
			rule: rule.rule,
			severity: rule.severity,
			form: rule.form,
			region_code: regionCode,
			period,
			section: rule.section,
			row_code: rule.rows.join('+'),
			grafa: b.grafa,
			expected: b.expected,
			found: b.found,
			source_sha256: b.sha,
			params: {
				cell: b.cell,
				refSection: rule.refSection,
				refRows: rule.refRows,
				refGrafa: b.ref_grafa
			}
		})
	);
}
