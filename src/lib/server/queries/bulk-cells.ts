/**
 * Every form cell the warehouse holds, with the columns that say where each came from (form,
 * period, region code and name, section, row, графа, value, sheet and cell, the source file's
 * name, sha256 and import time, and the synthetic flag): the SQL behind the bulk downloads
 * (/api/v1/bulk/cells.csv|parquet). Real and synthetic cells are never in one file: `kind`
 * picks one. The order is the bounded /api/v1/cells endpoint's (CELL_ORDER), by form and period first.
 */
import { z } from 'zod';
import { cachedQuery } from '../db';
import { BadRequest } from '../params';
import { CELL_ORDER } from './form-cells';

export const BULK_FORMATS = ['csv', 'parquet'] as const;
export type BulkFormat = (typeof BULK_FORMATS)[number];

export const BulkQuery = z
	.object({
		kind: z
			.enum(['real', 'synthetic'], { message: 'kind must be real or synthetic' })
			.default('real'),
		/** The language of the region names (the page's language when not given). */
		lang: z.enum(['ru', 'kk', 'en'], { message: 'lang must be ru, kk or en' }).optional()
	})
	.strict();
export type BulkQuery = z.infer<typeof BulkQuery>;

export function parseBulkQuery(raw: Record<string, string>): BulkQuery {
	const r = BulkQuery.safeParse(raw);
	if (!r.success) {
		const message =
			'bulk cells take kind=real|synthetic and lang=ru|kk|en only — ' +
			r.error.issues
				.map((i) =>
					i.code === 'unrecognized_keys'
						? `unknown parameter(s) ${i.keys.join(', ')}`
						: `${i.path.join('.')}: ${i.message}`
				)
				.join('; ');
		const unknown = r.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []));
		if (unknown.length)
			throw new BadRequest(message, 'unknown_parameter', {
				names: unknown.join(', '),
				allowed: 'kind, lang'
			});
		const names = [...new Set(r.error.issues.map((i) => String(i.path[0] ?? 'query')))];
		throw new BadRequest(message, 'invalid_parameter', { names: names.join(',') });
	}
	return r.data;
}

/** FORMULA_CHAR of csv.ts, as an RE2 class: what starts a formula in a spreadsheet. */
const FORMULA_CLASS = '[=+\\-@\uFF1D\uFF0B\uFF0D\uFF20]';

/**
 * neutraliseFormula (csv.ts) in SQL, for the CSV that DuckDB writes itself: a ' before every
 * `;`-separated piece and a start that a spreadsheet would run as a formula.
 */
export function neutralisedSql(expr: string): string {
	const inner = `regexp_replace(${expr}, ';(\\s*)(${FORMULA_CLASS}|[\\t\\r\\n])', ';\\1''\\2', 'g')`;
	const full = `CASE WHEN regexp_matches(${inner}, '^(\\s*${FORMULA_CLASS}|[\\t\\r\\n])') THEN '''' || ${inner} ELSE ${inner} END`;
	// The regular expressions cost seconds over millions of cells: plain string functions
	// first pass the (nearly all) values that hold no `;` and start with no formula character.
	const start = `left(ltrim(${expr}, ' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)), 1)`;
	return `CASE WHEN NOT contains(${expr}, ';') AND ${start} NOT IN ('=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20') AND left(${expr}, 1) NOT IN (chr(9), chr(10), chr(13)) THEN ${expr} ELSE ${full} END`;
}

const TEXT_COLUMNS = [
	'form',
	'period',
	'region_code',
	'region_name',
	'section',
	'row_code',
	'grafa',
	'sheet',
	'cell',
	'source_file',
	'source_sha256'
];

/**
 * The SELECT of the bulk file: no parameters (kind and lang come from zod enums and are
 * mapped to fixed SQL here, never pasted from the request). For CSV the text columns are
 * neutralised and figures written as published (`12`, `0.5`, never `12.0`).
 */
export function bulkCellsSql(q: BulkQuery, format: BulkFormat): string {
	const name = { ru: 'name_ru', kk: 'name_kk', en: 'name_en' }[q.lang ?? 'ru'];
	const synthetic = q.kind === 'synthetic' ? 'true' : 'false';
	const csv = format === 'csv';
	const text = (c: string, as = c) => (csv ? `${neutralisedSql(c)} AS ${as}` : `${c} AS ${as}`);
	const value = csv
		? `CASE WHEN value = trunc(value) AND abs(value) < 1e15 THEN CAST(value AS BIGINT)::VARCHAR
		   ELSE value::VARCHAR END AS value`
		: 'value';
	return `SELECT ${TEXT_COLUMNS.slice(0, 5)
		.map((c) => text(c))
		.join(', ')},
		${text('row_code', '"row"')}, ${text('grafa')}, ${value},
		${TEXT_COLUMNS.slice(7)
			.map((c) => text(c))
			.join(', ')}, imported_at, synthetic
	FROM (
		SELECT fc.form, fc.period, fc.region_code, r.${name} AS region_name, fc.section, fc.row_code,
		       fc.grafa, fc.value, fc.sheet, fc.cell, sf.original_name AS source_file,
		       fc.source_sha256, sf.imported_at, fc.synthetic
		FROM v_form_cell fc
		JOIN source_file sf ON sf.sha256 = fc.source_sha256
		LEFT JOIN region r ON r.code = fc.region_code
		WHERE fc.synthetic = ${synthetic}
	)
	ORDER BY form, period, ${CELL_ORDER}`;
}

/** How many real and synthetic cells the warehouse holds (what /data offers to download). */
export async function bulkCellCounts(): Promise<{ real: number; synthetic: number }> {
	const rows = await cachedQuery<{ synthetic: boolean; n: number }>(
		`SELECT synthetic, count(*)::INTEGER AS n FROM v_form_cell GROUP BY synthetic`
	);
	return {
		real: rows.find((r) => !r.synthetic)?.n ?? 0,
		synthetic: rows.find((r) => r.synthetic)?.n ?? 0
	};
}
