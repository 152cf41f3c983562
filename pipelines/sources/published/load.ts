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
	// Staged through a temp table with the appender (one INSERT instead of one per row).
	await conn.run(
		`CREATE OR REPLACE TEMP TABLE published_stage (id TEXT, indicator TEXT, region_code TEXT,
		 region_label TEXT, period_start TEXT, period_end TEXT, value DOUBLE, unit TEXT,
		 source_url TEXT, source_date TEXT, source_quote TEXT, notes TEXT)`
	);
	const appender = await conn.createAppender('published_stage', null, 'temp');
	for (const r of rows) {
		appender.appendVarchar(r.id);
		appender.appendVarchar(r.indicator);
		for (const v of [r.region_code, r.region_label, r.period_start, r.period_end]) {
			if (v === null) appender.appendNull();
			else appender.appendVarchar(v);
		}
		appender.appendDouble(r.value);
		for (const v of [r.unit, r.source_url, r.source_date, r.source_quote, r.notes]) {
			if (v === null) appender.appendNull();
			else appender.appendVarchar(v);
		}
		appender.endRow();
	}
	appender.closeSync();
	await conn.run(
		`INSERT OR REPLACE INTO published_figure
		 SELECT id, indicator, region_code, region_label, period_start::DATE, period_end::DATE, value,
		        unit, source_url, source_date, source_quote, notes, $1
		 FROM published_stage`,
		[sha256]
	);
	await conn.run('DROP TABLE published_stage');
	return rows.length;
}
