/**
 * The `source_file` table: one row per imported file, the provenance every figure points to.
 * Replacing a file removes everything that came from it (cells, rows of other sources,
 * findings) inside the caller's transaction.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

export interface SourceFileRow {
	sha256: string;
	name: string;
	form: string;
	regionCode: string | null;
	period: string | null;
	title: string | null;
	modified: string | null;
	cells: number;
	bytes: number;
	synthetic?: boolean;
}

/** Tables whose rows carry `source_sha256` provenance. */
const PROVENANCE_TABLES = [
	'form_cell',
	'population',
	'court_outcome',
	'published_figure',
	'finding'
];

export async function removeSources(
	conn: DuckDBConnection,
	shas: readonly string[]
): Promise<void> {
	for (const sha of shas) {
		for (const t of PROVENANCE_TABLES) {
			await conn.run(`DELETE FROM ${t} WHERE source_sha256 = $1`, [sha]);
		}
		await conn.run('DELETE FROM source_file WHERE sha256 = $1', [sha]);
	}
}

export async function insertSourceFile(conn: DuckDBConnection, row: SourceFileRow): Promise<void> {
	// A source reader may have written its own row already: keep one, ours wins.
	await conn.run('DELETE FROM source_file WHERE sha256 = $1', [row.sha256]);
	await conn.run(
		`INSERT INTO source_file (sha256, original_name, form, region_code, period, title,
			workbook_modified, imported_at, status, cells, bytes, synthetic)
		 VALUES ($sha, $name, $form, $region, $period, $title, TRY_CAST($modified AS TIMESTAMP),
			now()::TIMESTAMP, 'imported', $cells, $bytes, $synthetic)`,
		{
			sha: row.sha256,
			name: row.name,
			form: row.form,
			region: row.regionCode,
			period: row.period,
			title: row.title,
			modified: row.modified,
			cells: row.cells,
			bytes: row.bytes,
			synthetic: row.synthetic ?? false
		}
	);
	if (row.period && /^\d{4}(-\d{2})?$/.test(row.period)) {
		const year = Number(row.period.slice(0, 4));
		const month = row.period.length === 4 ? 12 : Number(row.period.slice(5, 7));
		await conn.run(
			`INSERT INTO period SELECT $p, $y, $m, make_date($y, 1, 1), last_day(make_date($y, $m, 1))
			 WHERE NOT EXISTS (SELECT 1 FROM period WHERE period = $p)`,
			{ p: row.period, y: year, m: month }
		);
	}
}
