/**
 * Evaluates the declared control sums (rules.ts) for one form/region/period with one SQL query
 * per rule: both sides summed per графа, mapped to each other, compared exactly (the forms
 * hold integer counts). A missing cell counts as 0, as on the printed form.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { fmt, REAL_CELLS, rowsOf, type Finding } from './findings.ts';
import type { SumRule } from './rules.ts';

interface Breach {
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
	const refGrafa =
		rule.grafaMap === 'same'
			? 'grafa'
			: `CASE WHEN TRY_CAST(grafa AS INTEGER) <= 2 THEN grafa
			        ELSE (TRY_CAST(grafa AS INTEGER) + 1)::TEXT END`;
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

/**
 * Every rule in one round trip: the rule queries are tiny (a few rows of one scope), so their
 * cost is DuckDB's per-statement overhead; a UNION ALL pays it once per validation.
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
	const parts = rules
		.map((rule, i) => `SELECT ${i} AS rule_index, * FROM (${sumRuleSql(rule, 'rule_rows')})`)
		.join('\nUNION ALL\n');
	const breaches = await rowsOf<Breach & { rule_index: number }>(
		conn,
		`WITH rule_rows AS MATERIALIZED (
			SELECT * FROM ${REAL_CELLS} c
			WHERE c.form = $form AND c.region_code = $region AND c.period = $period AND (${wanted}))
		 SELECT * FROM (${parts}) ORDER BY rule_index, TRY_CAST(grafa AS INTEGER), grafa`,
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
	const breaches = await rowsOf<Breach>(conn, sumRuleSql(rule), {
		form: rule.form,
		region: regionCode,
		period
	});
	return toFindings(rule, breaches, regionCode, period);
}

function toFindings(
	rule: SumRule,
	breaches: Breach[],
	regionCode: string,
	period: string
): Finding[] {
	const ref = `${rule.refSection} row${rule.refRows.length > 1 ? 's' : ''} ${rule.refRows.join(' + ')}`;
	return breaches.map((b) => ({
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
		message:
			`${rule.section} row ${rule.rows.join('+')} графа ${b.grafa}` +
			`${b.cell ? ` (cell ${b.cell})` : ''} is ${fmt(b.found)}, but ${ref} графа ${b.ref_grafa} ` +
			`sum to ${fmt(b.expected)} (${rule.description}); kept as published`,
		source_sha256: b.sha
	}));
}
