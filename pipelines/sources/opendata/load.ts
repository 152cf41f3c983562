/**
 * Writes portal cells to `form_cell` (form '1-M'); the same rows a workbook import would give,
 * with sheet = section and cell = record/field. Re-loading the same file replaces its rows.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { OpendataCell } from './schema.ts';

export async function loadOpendataCells(
	conn: DuckDBConnection,
	cells: OpendataCell[],
	sha256: string
): Promise<number> {
	await conn.run('DELETE FROM form_cell WHERE source_sha256 = $1', [sha256]);
	const appender = await conn.createAppender('form_cell');
	for (const c of cells) {
		appender.appendVarchar(c.form);
		appender.appendVarchar(c.section);
		appender.appendVarchar(c.rowCode);
		appender.appendVarchar(c.rowLabel);
		if (c.article === null) appender.appendNull();
		else appender.appendVarchar(c.article);
		if (c.chapter === null) appender.appendNull();
		else appender.appendVarchar(c.chapter);
		appender.appendVarchar(c.grafa);
		appender.appendVarchar('');
		appender.appendVarchar(c.regionCode);
		appender.appendVarchar(c.period);
		appender.appendDouble(c.value);
		appender.appendVarchar(sha256);
		appender.appendVarchar(c.section);
		appender.appendVarchar(c.cell);
		appender.endRow();
	}
	appender.closeSync();
	return cells.length;
}
