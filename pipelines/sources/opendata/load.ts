/**
 * Writes portal cells as Form 1-M values (form_cell view); the same rows a workbook import
 * would give, with sheet = section and cell = record/field. The portal's rows have no sheet
 * grid: their address is kept as the row's record and the column's field. Re-loading the same
 * file replaces its rows.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { addFormCell, CellTableBuilder, type FormCellScope } from '../../forms/cell-table.ts';
import { insertFormTable } from '../../stages/load-form.ts';
import { removeFormValues } from '../../stages/source-file.ts';
import type { OpendataCell } from './schema.ts';

export async function loadOpendataCells(
	conn: DuckDBConnection,
	cells: OpendataCell[],
	sha256: string
): Promise<number> {
	await removeFormValues(conn, sha256);
	await conn.run('DELETE FROM form_scope WHERE source_sha256 = $1', [sha256]);
	if (cells.length === 0) return 0;
	const b = new CellTableBuilder();
	const scopes: FormCellScope[] = [];
	const scopeIndex = new Map<string, number>();
	for (const c of cells) {
		const key = `${c.form}|${c.regionCode}|${c.period}`;
		let s = scopeIndex.get(key);
		if (s === undefined) {
			s = scopes.length;
			scopes.push({ form: c.form, regionCode: c.regionCode, period: c.period, sha256 });
			scopeIndex.set(key, s);
		}
		addFormCell(b, c, s);
	}
	return insertFormTable(conn, b.build(), scopes);
}
