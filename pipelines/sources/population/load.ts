/**
 * Writes population rows to `population` with the appender; re-loading the same file
 * replaces its rows.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PopulationRow } from './schema.ts';

export async function loadPopulation(
	conn: DuckDBConnection,
	rows: PopulationRow[],
	sha256: string
): Promise<number> {
	await conn.run('DELETE FROM population WHERE source_sha256 = $1', [sha256]);
	const appender = await conn.createAppender('population');
	for (const r of rows) {
		appender.appendVarchar(r.regionCode);
		appender.appendInteger(r.year);
		appender.appendVarchar(r.sex);
		if (r.value === null) appender.appendNull();
		else appender.appendDouble(r.value);
		appender.appendVarchar(r.label);
		appender.appendVarchar(sha256);
		appender.appendVarchar(r.sheet);
		appender.appendVarchar(r.cell);
		appender.endRow();
	}
	appender.closeSync();
	return rows.length;
}
