/**
 * The validation stage: runs every control sum for one form/region/period and replaces that
 * scope's findings. Runs inside the import's transaction (so a refused import leaves the old
 * findings), and on its own (`validateAll`) to re-check a whole warehouse.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { parsePeriod } from '../../src/lib/domain/periods.ts';
import { checkChapterSums } from './chapter-sums.ts';
import { checkCrossForm } from './cross-form.ts';
import {
	dropValidationScope,
	insertFindings,
	loadValidationScope,
	rowsOf,
	type Finding
} from './findings.ts';
import { fileRuleFindings, type FileRuleBreaches } from './file-rules.ts';
import { checkNegativeMonthly } from './monthly.ts';
import { CELL_RULES, CROSS_FORM_RULE, NEGATIVE_MONTHLY_RULE, SUM_RULES } from './rules.ts';
import { checkSumRules } from './sum-rules.ts';

export type { Finding } from './findings.ts';
export { cellIssueFindings } from './cell-findings.ts';
export * from './rules.ts';

/**
 * The sum rules and chapter sums of the one file just written into a scope, evaluated on its
 * cell table (file-rules.ts, on the import thread). Used only when that file is the scope's only
 * real source; otherwise the SQL path runs.
 */
export interface FileRules {
	sha256: string;
	breaches: FileRuleBreaches;
}

/** Delete and recompute the findings of one form/region/period; returns the new findings. */
export async function validateRegionPeriod(
	conn: DuckDBConnection,
	form: string,
	regionCode: string,
	period: string,
	fileRules?: FileRules
): Promise<Finding[]> {
	// Negative de-cumulated values are checked for the whole year (any report can change the
	// differences of its neighbours), so that rule's findings are replaced for the whole year.
	// The reader's cell findings (CELL_RULES) stay: they belong to their file, which the
	// warehouse cannot re-read, and go with it (stages/sources.ts, removeSources).
	await conn.run(
		`DELETE FROM finding WHERE region_code = $region AND (
			(period = $period AND (form = $form OR rule = $cross) AND rule <> $monthly)
			OR (form = $form AND rule = $monthly AND substr(period, 1, 4) = $year))
			AND rule NOT IN (${Object.values(CELL_RULES)
				.map((r) => `'${r}'`)
				.join(', ')})`,
		{
			form,
			region: regionCode,
			period,
			year: String(parsePeriod(period).year),
			cross: CROSS_FORM_RULE,
			monthly: NEGATIVE_MONTHLY_RULE
		}
	);
	await loadValidationScope(conn, regionCode, parsePeriod(period).year);
	const findings: Finding[] = [];
	const present = await scopesPresent(conn, regionCode, period, fileRules?.sha256 ?? '');
	const onlyThisFile = fileRules !== undefined && present.m1 === 1 && present.m1Own === 1;
	if (form === '1-M') {
		// The per-file rules read only the scope's cells: when the file is all the scope holds
		// (one real 1-M report, its own), its table gives the same findings as the SQL.
		if (onlyThisFile) {
			findings.push(
				...fileRuleFindings(
					fileRules!.breaches,
					SUM_RULES,
					form,
					regionCode,
					period,
					fileRules!.sha256
				)
			);
		} else {
			findings.push(...(await checkSumRules(conn, SUM_RULES, regionCode, period)));
			findings.push(...(await checkChapterSums(conn, form, regionCode, period)));
		}
		// The year's only real report, one cell per series: no previous value to fall below.
		const nothingToCompare =
			onlyThisFile && present.m1Year === 1 && fileRules!.breaches.cumulativeUnique;
		if (!nothingToCompare)
			findings.push(...(await checkNegativeMonthly(conn, form, regionCode, period)));
	}
	// The cross-form rule pairs СНГ-1 and 1-M cells of the period: skipped when either form has
	// no real report there, which is exactly when its query returns no row (same findings).
	if ((form === '1-M' || form === 'СНГ-1') && present.m1 > 0 && present.sng > 0) {
		findings.push(...(await checkCrossForm(conn, regionCode, period)));
	}
	await dropValidationScope(conn);
	await insertFindings(conn, findings);
	return findings;
}

/**
 * Real (not synthetic) reports of each form for the region and period, counted as the
 * validation view (findings.ts, loadValidationScope) selects its scopes; `m1Own`: those of the
 * file `sha`; `m1Year`: Form 1-M reports of the region in the period's year.
 */
async function scopesPresent(
	conn: DuckDBConnection,
	regionCode: string,
	period: string,
	sha: string
): Promise<{ m1: number; sng: number; m1Own: number; m1Year: number }> {
	const [row] = await rowsOf<{ m1: number; sng: number; m1Own: number; m1Year: number }>(
		conn,
		`SELECT count(*) FILTER (WHERE s.form = '1-M' AND s.period = $period)::INTEGER AS m1,
		        count(*) FILTER (WHERE s.form = 'СНГ-1' AND s.period = $period)::INTEGER AS sng,
		        count(*) FILTER (WHERE s.form = '1-M' AND s.period = $period
		                         AND s.source_sha256 = $sha)::INTEGER AS "m1Own",
		        count(*) FILTER (WHERE s.form = '1-M')::INTEGER AS "m1Year"
		 FROM form_scope s JOIN source_file sf ON sf.sha256 = s.source_sha256 AND NOT sf.synthetic
		 WHERE s.region_code = $region AND substr(s.period, 1, 4) = $year`,
		{ region: regionCode, period, sha, year: String(parsePeriod(period).year) }
	);
	return row;
}

/** Re-validate every imported (real) form/region/period. */
export async function validateAll(conn: DuckDBConnection): Promise<number> {
	const scopes = await rowsOf<{ form: string; region_code: string; period: string }>(
		conn,
		`SELECT DISTINCT form, region_code, period FROM source_file
		 WHERE NOT synthetic AND status <> 'replaced' AND form IN ('1-M', 'СНГ-1') AND region_code IS NOT NULL AND period IS NOT NULL
		 ORDER BY period, form, region_code`
	);
	let n = 0;
	for (const s of scopes)
		n += (await validateRegionPeriod(conn, s.form, s.region_code, s.period)).length;
	return n;
}
