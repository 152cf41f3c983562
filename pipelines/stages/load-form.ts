/**
 * Load stage for official forms: writes a parsed workbook's cells into `form_cell`, inside the
 * caller's transaction. A workbook holds ~240,000 numeric cells whose labels repeat on every
 * row and column, so we do not append 14 columns per cell (≈1.2 s per workbook): we append the
 * distinct sheet rows and columns once, the cells as three numbers, and let DuckDB join them
 * into the long table with one INSERT … SELECT (≈0.1 s per workbook).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { FormCell } from '../forms/types.ts';

export interface FormCellScope {
	form: string;
	regionCode: string;
	period: string;
	sha256: string;
}

const A1 = /^([A-Z]+)(\d+)$/;

/** Temporary staging tables, created once per connection (they live in DuckDB's temp catalog). */
async function ensureStagingTables(conn: DuckDBConnection): Promise<void> {
	await conn.run(`
		CREATE TEMP TABLE IF NOT EXISTS stage_row (
			id INTEGER, section TEXT, sheet_row INTEGER, row_code TEXT, row_label TEXT,
			article TEXT, chapter TEXT);
		CREATE TEMP TABLE IF NOT EXISTS stage_col (
			id INTEGER, col_letters TEXT, grafa TEXT, column_label TEXT);
		CREATE TEMP TABLE IF NOT EXISTS stage_value (row_id INTEGER, col_id INTEGER, value DOUBLE);
		DELETE FROM stage_row; DELETE FROM stage_col; DELETE FROM stage_value;`);
}

function appendText(app: { appendVarchar(v: string): void; appendNull(): void }, v: string | null) {
	if (v === null) app.appendNull();
	else app.appendVarchar(v);
}

/**
 * Insert every cell of one workbook as `form_cell` rows for the given scope; returns the number
 * of cells written. Rows and columns are identified by their sheet position (sheet row number,
 * column letters), so the stored A1 address is exactly the cell the reader took the value from.
 */
export async function insertFormCells(
	conn: DuckDBConnection,
	cells: readonly FormCell[],
	scope: FormCellScope,
	/** Called while DuckDB runs the big INSERT on its own threads (import.ts parses the next file). */
	whileInserting?: () => void
): Promise<number> {
	await ensureStagingTables(conn);
	const rowIds = new Map<string, number>();
	const colIds = new Map<string, number>();
	const rowApp = await conn.createAppender('stage_row', 'main', 'temp');
	const colApp = await conn.createAppender('stage_col', 'main', 'temp');
	const valApp = await conn.createAppender('stage_value', 'main', 'temp');
	try {
		for (const c of cells) {
			const m = A1.exec(c.cell);
			if (!m)
				throw new Error(`reader returned a malformed cell address «${c.cell}» (${c.section})`);
			const rowKey = c.section + '\u0001' + m[2];
			let rowId = rowIds.get(rowKey);
			if (rowId === undefined) {
				rowId = rowIds.size;
				rowIds.set(rowKey, rowId);
				rowApp.appendInteger(rowId);
				rowApp.appendVarchar(c.section);
				rowApp.appendInteger(Number(m[2]));
				rowApp.appendVarchar(c.rowCode);
				rowApp.appendVarchar(c.rowLabel.join(' / '));
				appendText(rowApp, c.article);
				appendText(rowApp, c.chapter);
				rowApp.endRow();
			}
			const colKey = c.section + '\u0001' + m[1];
			let colId = colIds.get(colKey);
			if (colId === undefined) {
				colId = colIds.size;
				colIds.set(colKey, colId);
				colApp.appendInteger(colId);
				colApp.appendVarchar(m[1]);
				colApp.appendVarchar(c.grafa);
				colApp.appendVarchar(c.columnLabel.join(' / '));
				colApp.endRow();
			}
			valApp.appendInteger(rowId);
			valApp.appendInteger(colId);
			valApp.appendDouble(c.value);
			valApp.endRow();
		}
	} finally {
		rowApp.closeSync();
		colApp.closeSync();
		valApp.closeSync();
	}
	const insert = conn.run(
		`INSERT INTO form_cell
		 SELECT $form, r.section, r.row_code, r.row_label, r.article, r.chapter, c.grafa,
		        c.column_label, $region, $period, v.value, $sha, r.section,
		        c.col_letters || r.sheet_row::TEXT
		 FROM temp.main.stage_value v
		 JOIN temp.main.stage_row r ON r.id = v.row_id
		 JOIN temp.main.stage_col c ON c.id = v.col_id`,
		{ form: scope.form, region: scope.regionCode, period: scope.period, sha: scope.sha256 }
	);
	whileInserting?.();
	await insert;
	// Dropped, not emptied: the staged cells' memory is released before validation runs.
	await conn.run(
		'DROP TABLE temp.main.stage_row; DROP TABLE temp.main.stage_col; DROP TABLE temp.main.stage_value;'
	);
	return cells.length;
}
