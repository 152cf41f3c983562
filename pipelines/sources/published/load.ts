/**
 * Writes published figures to `published_figure`. An id is the figure's identity: loading a
 * newer version of the table replaces rows with the same id.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { appendText, insertStaged } from '../../stages/append.ts';
import type { PublishedFigure } from './schema.ts';

export async function loadPublishedFigures(
	conn: DuckDBConnection,
	rows: PublishedFigure[],
	sha256: string
): Promise<number> {
	await conn.run('DELETE FROM published_figure WHERE source_sha256 = $1', [sha256]);
	// Staged through a temp table with the appender (one INSERT instead of one per row).
	await insertStaged(
		conn,
		{
			name: 'published_stage',
			columns: `id TEXT, indicator TEXT, region_code TEXT, region_label TEXT, period_start TEXT,
				period_end TEXT, value DOUBLE, unit TEXT, source_url TEXT, source_date TEXT,
				source_quote TEXT, notes TEXT`
		},
		rows,
		(app, r) => {
			app.appendVarchar(r.id);
			app.appendVarchar(r.indicator);
			for (const v of [r.region_code, r.region_label, r.period_start, r.period_end])
				appendText(app, v);
			app.appendDouble(r.value);
			for (const v of [r.unit, r.source_url, r.source_date, r.source_quote, r.notes])
				appendText(app, v);
		},
		`INSERT OR REPLACE INTO published_figure
		 SELECT id, indicator, region_code, region_label, period_start::DATE, period_end::DATE, value,
		        unit, source_url, source_date, source_quote, notes, $1
		 FROM published_stage`,
		[sha256]
	);
	return rows.length;
}
