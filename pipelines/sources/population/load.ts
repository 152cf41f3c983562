/**
 * Writes population rows to `population` with the appender; re-loading the same file
 * replaces its rows.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { appendDoubleOrNull, appendRows } from '../../stages/append.ts';
import type { PopulationRow } from './schema.ts';

export async function loadPopulation(
	conn: DuckDBConnection,
	rows: PopulationRow[],
	sha256: string
): Promise<number> {
	await conn.run('DELETE FROM population WHERE source_sha256 = $1', [sha256]);
	await appendRows(conn, 'population', rows, (app, r) => {
		app.appendVarchar(r.regionCode);
		app.appendInteger(r.year);
		app.appendVarchar(r.sex);
		appendDoubleOrNull(app, r.value);
		app.appendVarchar(r.label);
		app.appendVarchar(sha256);
		app.appendVarchar(r.sheet);
		app.appendVarchar(r.cell);
	});
	return rows.length;
}
