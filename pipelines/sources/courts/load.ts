/**
 * Writes court-outcome rows to `court_outcome` with DuckDB's appender. Re-loading the same
 * file (same sha256) replaces its rows, so an import can be repeated.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CourtOutcomeRow } from './schema.ts';

export async function loadCourtOutcomes(
	conn: DuckDBConnection,
	rows: CourtOutcomeRow[],
	sha256: string
): Promise<number> {
	await conn.run('DELETE FROM court_outcome WHERE source_sha256 = $1', [sha256]);
	const appender = await conn.createAppender('court_outcome');
	for (const r of rows) {
		appender.appendVarchar(r.article);
		appender.appendVarchar(r.offence);
		appender.appendInteger(r.year);
		appender.appendVarchar(r.measure);
		if (r.value === null) appender.appendNull();
		else appender.appendDouble(r.value);
		appender.appendVarchar(r.sourceKey);
		appender.appendVarchar(sha256);
		appender.appendInteger(r.sourceRow);
		appender.endRow();
	}
	appender.closeSync();
	return rows.length;
}
