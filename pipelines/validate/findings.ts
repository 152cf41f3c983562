/**
 * Findings are facts about the sources (a control sum that does not hold, a negative
 * de-cumulated value), never corrections: the numbers stay as published. This module is the
 * one place that writes and clears the `finding` table.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { CHAPTER_SECTIONS, type Severity } from './rules.ts';
import { appendDoubleOrNull, appendRows, appendText } from '../stages/append.ts';
import type { FindingParams } from '../../src/lib/domain/finding-params.ts';
import { renderFinding, type FindingLike } from '../../src/lib/i18n/finding-text.ts';

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
	/** The English sentence: the `en` rendering of the rule, columns and params (withMessage). */
	message: string;
	source_sha256: string | null;
	/** What the columns do not hold (the A1 cell, the reference графа, the file…): finding-params.ts. */
	params: FindingParams | null;
}

/** A finding's columns as the renderer reads them (FindingLike of finding-text.ts). */
export function findingLike(f: Omit<Finding, 'message'> & { message?: string }): FindingLike {
	return {
		rule: f.rule,
		section: f.section,
		rowCode: f.row_code,
		grafa: f.grafa,
		period: f.period,
		expected: f.expected,
		found: f.found,
		params: f.params,
		message: f.message ?? ''
	};
}

/**
 * A finding with its stored English `message`: the same rendering the pages use in English
 * ($lib/i18n/finding-text.ts), so the CLI, the exports and the pages say one wording. A
 * finding that does not render is a validator's bug (its params do not fit its rule): thrown.
 */
export function withMessage(f: Omit<Finding, 'message'>): Finding {
	const message = renderFinding(findingLike(f), 'en');
	if (message === null)
		throw new Error(
			`finding of rule ${f.rule} does not render: its params ${JSON.stringify(f.params)} or columns do not fit the rule`
		);
	return { ...f, message };
}

export async function insertFindings(
	conn: DuckDBConnection,
	findings: readonly Finding[]
): Promise<void> {
	if (findings.length === 0) return;
	await appendRows(conn, 'finding', findings, (app, f) => {
		app.appendVarchar(f.rule);
		app.appendVarchar(f.severity);
		for (const v of [f.form, f.region_code, f.period, f.section, f.row_code, f.grafa])
			appendText(app, v);
		for (const v of [f.expected, f.found]) appendDoubleOrNull(app, v);
		app.appendVarchar(f.message);
		appendText(app, f.source_sha256);
		appendText(app, f.params === null ? null : JSON.stringify(f.params));
	});
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
 * sources say — of one region and year, a temp view over the narrow tables so each rule reads
 * that region's few reports instead of the whole warehouse (see loadValidationScope).
 */
export const REAL_CELLS = 'temp.main.validation_scope';

/** The sheet rows of the rule sections with the label depth and leaf (one row per form_row). */
export const VALIDATION_ROWS = 'temp.main.validation_rows';

/**
 * Sections any rule reads (rules.ts, cross-form.ts, monthly.ts): R1, R1-1 and the appendices
 * compared with them, the same sections whose chapters are checked.
 */
export const RULE_SECTIONS: readonly string[] = CHAPTER_SECTIONS;

export async function loadValidationScope(
	conn: DuckDBConnection,
	regionCode: string,
	year: number
): Promise<void> {
	// A temp VIEW, not a table: copying ~100,000 cells with their text columns into a temp table
	// cost ~0.5 s of CPU per workbook, while each rule query joining the narrow tables afresh
	// costs a few ms — the region/year filter picks a handful of form_scope ids first, and
	// DuckDB pushes those ids into the form_value scan as a dynamic filter. The view's filter
	// values are literals (a view takes no parameters): a region code and a year, quoted.
	// The per-row text work (label depth and leaf, used by the chapter rule) is done on the
	// distinct sheet rows, not per cell.
	const sections = RULE_SECTIONS.map(quote).join(', ');
	await conn.run(
		`CREATE OR REPLACE TEMP VIEW validation_rows AS
		 SELECT id, section, row_code, article, chapter, sheet_row, record,
		        len(string_split(row_label, ' / ')) AS depth,
		        trim(string_split(row_label, ' / ')[-1]) AS leaf
		 FROM form_row WHERE section IN (${sections});
		 CREATE OR REPLACE TEMP VIEW validation_scope AS
		 WITH sc AS (
			SELECT s.id, s.form, s.region_code, s.period, s.source_sha256 FROM form_scope s
			JOIN source_file sf ON sf.sha256 = s.source_sha256 AND NOT sf.synthetic
			WHERE s.region_code = ${quote(regionCode)} AND substr(s.period, 1, 4) = ${quote(String(year))}
			  AND s.form IN ('1-M', 'СНГ-1')),
		 c AS (SELECT id, grafa, column_ref FROM form_column WHERE section IN (${sections}))
		 SELECT sc.form, r.section, r.row_code, r.article, r.chapter, c.grafa,
		        sc.region_code, sc.period, v.value, sc.source_sha256,
		        CASE WHEN r.record IS NULL THEN c.column_ref || r.sheet_row::TEXT
		             ELSE r.record || coalesce('.' || c.column_ref, '') END AS cell,
		        v.row_id, r.depth, r.leaf
		 FROM form_value v
		 JOIN sc ON sc.id = v.scope_id
		 JOIN temp.main.validation_rows r ON r.id = v.row_id
		 JOIN c ON c.id = v.column_id`
	);
}

function quote(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

/** Free the scope's memory once the rules have run. */
export async function dropValidationScope(conn: DuckDBConnection): Promise<void> {
	await conn.run(
		'DROP VIEW IF EXISTS temp.main.validation_scope; DROP VIEW IF EXISTS temp.main.validation_rows'
	);
}
