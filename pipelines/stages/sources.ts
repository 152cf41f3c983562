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

/** Tables whose rows carry `source_sha256` provenance (form values: see removeFormValues). */
const PROVENANCE_TABLES = [
	'form_scope',
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
		await removeFormValues(conn, sha);
		for (const t of PROVENANCE_TABLES) {
			await conn.run(`DELETE FROM ${t} WHERE source_sha256 = $1`, [sha]);
		}
		await conn.run('DELETE FROM source_file WHERE sha256 = $1', [sha]);
	}
}

/**
 * Delete the form values of one source (call before deleting its form_scope rows). The scope
 * ids of a file are few and adjacent, so DuckDB skips the other row groups of form_value by
 * their min/max; layout rows (form_row, form_column) are shared and stay.
 */
export async function removeFormValues(conn: DuckDBConnection, sha: string): Promise<void> {
	const r = await conn.runAndReadAll(
		'SELECT min(id), max(id), count(*)::INTEGER FROM form_scope WHERE source_sha256 = $1',
		[sha]
	);
	const [lo, hi, n] = r.getRowsJS()[0] as [number | null, number | null, number];
	if (!n || lo === null || hi === null) return;
	await conn.run(
		`DELETE FROM form_value WHERE scope_id BETWEEN $lo AND $hi
		   AND scope_id IN (SELECT id FROM form_scope WHERE source_sha256 = $sha)`,
		{ lo, hi, sha }
	);
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
