/**
 * Load stage for official forms: writes parsed cells into the narrow storage of schema.sql
 * (form_scope, form_row, form_column, form_value; `form_cell` is the view that joins them),
 * inside the caller's transaction.
 *
 * Why narrow: a Form 1-M workbook has ~217,000 numeric cells but only ~9,000 distinct sheet
 * rows and ~600 columns, and every workbook of a form shares the template. Writing 14 text
 * columns per cell made each import ~1.5 s of inserts on 3.5 M wide rows, slower as the table
 * grew; now the layout is stored once — deduplicated by content across workbooks, never by
 * assuming a template — and each cell is four numbers, appended as whole data chunks (2,048
 * rows per native call) instead of one appender call per value.
 */
import { DOUBLE, DuckDBDataChunk, INTEGER, type DuckDBConnection } from '@duckdb/node-api';
import {
	LABEL_SEPARATOR,
	layoutHash,
	tableFromCells,
	type FormCellScope,
	type FormCellTable
} from '../forms/cell-table.ts';
import type { FormCell } from '../forms/types.ts';
import { appendRows, appendText } from './append.ts';

export type { FormCellScope } from '../forms/cell-table.ts';
export { layoutHash } from '../forms/cell-table.ts';

/** Rows per data chunk: DuckDB's vector size, the most one chunk holds. */
const CHUNK = 2048;
const TYPES = [INTEGER, INTEGER, INTEGER, DOUBLE];

/** What @duckdb/node-api 1.5's numeric vectors hold: a typed array flushed whole to DuckDB. */
interface NumericVectorInternals {
	items?: unknown;
	validity?: { data?: unknown };
	flush?: () => void;
}

/**
 * Column `i` of `chunk` ← `values` (no nulls). setColumnValues checks and stores each value
 * through setItem (~0.3 s of the 2022 import); when the vector is the 1.5.x kind that keeps
 * its values in a typed array of the same type, all valid (no validity mask), the array is
 * copied in at once and flushed, which is what setItem + flush amount to for valid integers
 * and doubles. Anything else (another version of the package) takes setColumnValues.
 */
function fillColumn(chunk: DuckDBDataChunk, i: number, values: Int32Array | Float64Array): void {
	const v = chunk.getColumnVector(i) as unknown as NumericVectorInternals;
	const items = v.items;
	if (
		(items instanceof Int32Array || items instanceof Float64Array) &&
		items.constructor === values.constructor &&
		items.length === values.length &&
		v.validity?.data === null &&
		typeof v.flush === 'function'
	) {
		items.set(values);
		v.flush();
		return;
	}
	// Typed arrays are read by index like arrays: no per-value conversion objects.
	chunk.setColumnValues(i, values as unknown as number[]);
}

/**
 * Ids of the table's rows and columns in the warehouse. A layout seen before (same hash: in
 * practice every later workbook of a template) is one lookup; a new one is staged and matched
 * row by row on content, so a workbook that differs in a few rows still shares the rest.
 */
async function resolveLayout(
	conn: DuckDBConnection,
	t: FormCellTable
): Promise<{ rowIds: Int32Array; columnIds: Int32Array }> {
	// The parse worker hashes the layout while this thread writes the previous workbook.
	const hash = t.layoutHash ?? layoutHash(t);
	const known = await conn.runAndReadAll(
		'SELECT row_ids, column_ids FROM form_layout WHERE hash = $1 LIMIT 1',
		[hash]
	);
	const hit = known.getRowsJS()[0] as [number[], number[]] | undefined;
	if (hit && hit[0].length === t.rows.length && hit[1].length === t.columns.length)
		return { rowIds: Int32Array.from(hit[0]), columnIds: Int32Array.from(hit[1]) };
	const ids = await stageLayout(conn, t);
	await conn.run(
		`INSERT INTO form_layout SELECT $hash, string_split($rows, ',')::INTEGER[],
		   string_split($cols, ',')::INTEGER[]`,
		{ hash, rows: ids.rowIds.join(','), cols: ids.columnIds.join(',') }
	);
	return ids;
}

async function stageLayout(
	conn: DuckDBConnection,
	t: FormCellTable
): Promise<{ rowIds: Int32Array; columnIds: Int32Array }> {
	await conn.run(`
		CREATE OR REPLACE TEMP TABLE stage_row (local INTEGER, section TEXT, sheet TEXT,
			sheet_row INTEGER, record TEXT, row_code TEXT, row_label TEXT, article TEXT, chapter TEXT);
		CREATE OR REPLACE TEMP TABLE stage_column (local INTEGER, section TEXT,
			column_ref TEXT, grafa TEXT, column_label TEXT);`);
	await appendRows(conn, 'temp.stage_row', t.rows, (app, r, i) => {
		app.appendInteger(i);
		app.appendVarchar(r.section);
		app.appendVarchar(r.sheet);
		if (r.sheetRow === null) app.appendNull();
		else app.appendInteger(r.sheetRow);
		appendText(app, r.record);
		app.appendVarchar(r.rowCode);
		app.appendVarchar(r.rowLabel.join(LABEL_SEPARATOR));
		appendText(app, r.article);
		appendText(app, r.chapter);
	});
	await appendRows(conn, 'temp.stage_column', t.columns, (app, c, i) => {
		app.appendInteger(i);
		app.appendVarchar(c.section);
		appendText(app, c.columnRef);
		app.appendVarchar(c.grafa);
		app.appendVarchar(c.columnLabel.join(LABEL_SEPARATOR));
	});
	// Equality on every content column (IS NOT DISTINCT FROM where a column may be NULL). Both
	// sides are a few thousand rows: hash joins, no index needed.
	const rowMatch = `r.section = s.section AND r.sheet = s.sheet
		AND r.sheet_row IS NOT DISTINCT FROM s.sheet_row AND r.record IS NOT DISTINCT FROM s.record
		AND r.row_code = s.row_code AND r.row_label = s.row_label
		AND r.article IS NOT DISTINCT FROM s.article AND r.chapter IS NOT DISTINCT FROM s.chapter`;
	const colMatch = `c.section = s.section AND c.column_ref IS NOT DISTINCT FROM s.column_ref
		AND c.grafa = s.grafa AND c.column_label = s.column_label`;
	await conn.run(`
		INSERT INTO form_row
		SELECT nextval('form_row_id'), s.* FROM (
			SELECT DISTINCT section, sheet, sheet_row, record, row_code, row_label, article, chapter
			FROM temp.main.stage_row s
			WHERE NOT EXISTS (SELECT 1 FROM form_row r WHERE ${rowMatch})) s;
		INSERT INTO form_column
		SELECT nextval('form_column_id'), s.* FROM (
			SELECT DISTINCT section, column_ref, grafa, column_label
			FROM temp.main.stage_column s
			WHERE NOT EXISTS (SELECT 1 FROM form_column c WHERE ${colMatch})) s;`);
	const rowIds = await readIdMap(
		conn,
		`SELECT s.local, min(r.id) FROM temp.main.stage_row s JOIN form_row r ON ${rowMatch} GROUP BY s.local`,
		t.rows.length
	);
	const columnIds = await readIdMap(
		conn,
		`SELECT s.local, min(c.id) FROM temp.main.stage_column s JOIN form_column c ON ${colMatch} GROUP BY s.local`,
		t.columns.length
	);
	await conn.run('DROP TABLE temp.main.stage_row; DROP TABLE temp.main.stage_column;');
	return { rowIds, columnIds };
}

async function readIdMap(conn: DuckDBConnection, sql: string, n: number): Promise<Int32Array> {
	const out = new Int32Array(n).fill(-1);
	const reader = await conn.runAndReadAll(sql);
	const [locals, ids] = reader.getColumnsJS() as [number[], number[]];
	for (let i = 0; i < locals.length; i++) out[locals[i]] = ids[i];
	if (out.includes(-1)) throw new Error('load-form: a staged layout row found no warehouse id');
	return out;
}

/** One form_scope row per scope; returns their ids in order. */
async function insertScopes(
	conn: DuckDBConnection,
	scopes: readonly FormCellScope[]
): Promise<Int32Array> {
	const ids = new Int32Array(scopes.length);
	const reader = await conn.runAndReadAll(
		`SELECT nextval('form_scope_id')::INTEGER FROM range(${scopes.length})`
	);
	(reader.getColumnsJS()[0] as number[]).forEach((id, i) => (ids[i] = id));
	await appendRows(conn, 'form_scope', scopes, (app, s, i) => {
		app.appendInteger(ids[i]);
		app.appendVarchar(s.sha256);
		app.appendVarchar(s.form);
		app.appendVarchar(s.regionCode);
		app.appendVarchar(s.period);
	});
	return ids;
}

/**
 * Insert every cell of `table` for the given scope(s); returns the number of cells written.
 * Rows and columns keep their sheet position (sheet row, column letters), so the A1 address
 * the view shows is exactly the cell the reader took the value from.
 */
export async function insertFormTable(
	conn: DuckDBConnection,
	table: FormCellTable,
	scopes: FormCellScope | readonly FormCellScope[]
): Promise<number> {
	const scopeList = Array.isArray(scopes) ? scopes : [scopes as FormCellScope];
	if (scopeList.length === 0) throw new Error('load-form: no scope for the cells');
	const scopeIds = await insertScopes(conn, scopeList);
	const { rowIds, columnIds } = await resolveLayout(conn, table);
	const app = await conn.createAppender('form_value');
	try {
		const scope = new Int32Array(CHUNK);
		const row = new Int32Array(CHUNK);
		const column = new Int32Array(CHUNK);
		// One chunk for every full batch: the appender copies what it is given, so the chunk and
		// its (cached) vectors are refilled instead of allocated ~100 times per workbook.
		let chunk: DuckDBDataChunk | null = null;
		for (let from = 0; from < table.length; from += CHUNK) {
			const n = Math.min(CHUNK, table.length - from);
			for (let k = 0; k < n; k++) {
				scope[k] = scopeIds[table.scope ? table.scope[from + k] : 0];
				row[k] = rowIds[table.row[from + k]];
				column[k] = columnIds[table.column[from + k]];
			}
			if (!chunk || chunk.rowCount !== n) chunk = DuckDBDataChunk.create(TYPES, n);
			fillColumn(chunk, 0, scope.subarray(0, n));
			fillColumn(chunk, 1, row.subarray(0, n));
			fillColumn(chunk, 2, column.subarray(0, n));
			fillColumn(chunk, 3, table.value.subarray(from, from + n));
			app.appendDataChunk(chunk);
		}
	} finally {
		app.closeSync();
	}
	return table.length;
}

/** FormCell objects (small fixtures, tests) for one scope. */
export async function insertFormCells(
	conn: DuckDBConnection,
	cells: readonly FormCell[],
	scope: FormCellScope
): Promise<number> {
	return insertFormTable(conn, tableFromCells(cells), scope);
}
