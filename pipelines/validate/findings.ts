/**
 * Findings are facts about the sources (a control sum that does not hold, a negative
 * de-cumulated value), never corrections: the numbers stay as published. This module is the
 * one place that writes and clears the `finding` table.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Severity } from './rules.ts';

export interface Finding {
	rule: string;
	severity: Severity;
	form: string | null;
	region_code: string | null;
	period: string | null;
	section: string | null;
	row_code: string | null;
	grafa: string | null;
	expected: number | null;
	found: number | null;
	message: string;
	source_sha256: string | null;
}

export async function insertFindings(
	conn: DuckDBConnection,
	findings: readonly Finding[]
): Promise<void> {
	if (findings.length === 0) return;
	const app = await conn.createAppender('finding');
	try {
		for (const f of findings) {
			app.appendVarchar(f.rule);
			app.appendVarchar(f.severity);
			for (const v of [f.form, f.region_code, f.period, f.section, f.row_code, f.grafa]) {
				if (v === null) app.appendNull();
				else app.appendVarchar(v);
			}
			for (const v of [f.expected, f.found]) {
				if (v === null) app.appendNull();
				else app.appendDouble(v);
			}
			app.appendVarchar(f.message);
			if (f.source_sha256 === null) app.appendNull();
			else app.appendVarchar(f.source_sha256);
			app.endRow();
		}
	} finally {
		app.closeSync();
	}
}

/** Run a query and return plain JS row objects. */
export async function rowsOf<T>(
	conn: DuckDBConnection,
	sql: string,
	params: Record<string, string | number | null> = {}
): Promise<T[]> {
	const reader = await conn.runAndReadAll(sql, params);
	return reader.getRowObjectsJS() as unknown as T[];
}

/**
 * The cells the rules read: real (not synthetic) sources only — findings describe what the
 * sources say — of one region and year, copied once per validation into a temp table so each
 * rule scans a few thousand rows instead of the whole warehouse (see loadValidationScope).
 */
export const REAL_CELLS = 'temp.main.validation_scope';

/** Sections any rule reads (rules.ts, cross-form.ts, monthly.ts). */
const RULE_SECTIONS = [
	'R1',
	'R1-1',
	'PRIL5',
	'PRIL6',
	'PRIL7',
	'PRIL8',
	'PRIL9',
	'PRIL10',
	'PRIL11'
];

export async function loadValidationScope(
	conn: DuckDBConnection,
	regionCode: string,
	year: number
): Promise<void> {
	await conn.run(
		`CREATE OR REPLACE TEMP TABLE validation_scope AS
		 SELECT fc.form, fc.section, fc.row_code, fc.row_label, fc.article, fc.chapter, fc.grafa,
		        fc.region_code, fc.period, fc.value, fc.source_sha256, fc.cell
		 FROM form_cell fc
		 JOIN source_file sf ON sf.sha256 = fc.source_sha256 AND NOT sf.synthetic
		 WHERE fc.region_code = $region AND substr(fc.period, 1, 4) = $year
		   AND fc.form IN ('1-M', 'СНГ-1')
		   AND fc.section IN (${RULE_SECTIONS.map((s) => `'${s}'`).join(', ')})`,
		{ region: regionCode, year: String(year) }
	);
}

/** Free the scope's memory once the rules have run. */
export async function dropValidationScope(conn: DuckDBConnection): Promise<void> {
	await conn.run('DROP TABLE IF EXISTS temp.main.validation_scope');
}

export function fmt(n: number): string {
	return Number.isInteger(n) ? String(n) : n.toFixed(3);
}
