/**
 * Writes published figures to `published_figure`. An id is the figure's identity: loading a
 * newer version of the table replaces rows with the same id.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PublishedFigure } from './schema.ts';

export async function loadPublishedFigures(
	conn: DuckDBConnection,
	rows: PublishedFigure[],
	sha256: string
): Promise<number> {
	await conn.run('DELETE FROM published_figure WHERE source_sha256 = $1', [sha256]);
	const stmt = await conn.prepare(
		`INSERT OR REPLACE INTO published_figure VALUES
		 ($1, $2, $3, $4, $5::DATE, $6::DATE, $7, $8, $9, $10, $11, $12, $13)`
	);
	for (const r of rows) {
		stmt.bind([
			r.id,
			r.indicator,
			r.region_code,
			r.region_label,
			r.period_start,
			r.period_end,
			r.value,
			r.unit,
			r.source_url,
			r.source_date,
			r.source_quote,
			r.notes,
			sha256
		]);
		await stmt.run();
	}
	return rows.length;
}
