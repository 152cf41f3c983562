/**
 * Writes court-outcome rows to `court_outcome` with DuckDB's appender. Re-loading the same
 * file (same sha256) replaces its rows, so an import can be repeated.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { appendDoubleOrNull, appendRows } from '../../stages/append.ts';
import type { CourtOutcomeRow } from './schema.ts';

export async function loadCourtOutcomes(
	conn: DuckDBConnection,
	rows: CourtOutcomeRow[],
	sha256: string
): Promise<number> {
	await conn.run('DELETE FROM court_outcome WHERE source_sha256 = $1', [sha256]);
	await appendRows(conn, 'court_outcome', rows, (app, r) => {
		app.appendVarchar(r.article);
		app.appendVarchar(r.offence);
		app.appendInteger(r.year);
		app.appendVarchar(r.measure);
		appendDoubleOrNull(app, r.value);
		app.appendVarchar(r.sourceKey);
		app.appendVarchar(sha256);
		app.appendInteger(r.sourceRow);
	});
	return rows.length;
}
