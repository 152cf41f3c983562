/**
 * The `source_file` table: one row per imported file, the provenance every figure points to.
 * One row shape for every writer (imports, the demo build); replacing a file removes
 * everything that came from it (cells, rows of other sources, findings) inside the caller's
 * transaction and keeps its row as import history.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { parsePeriod } from '../../src/lib/domain/periods.ts';
import { appendBigIntOrNull, appendText, insertStaged } from './append.ts';

export interface SourceFileRow {
	sha256: string;
	name: string;
	form: string;
	regionCode: string | null;
	period: string | null;
	title: string | null;
	/** Workbook modified date as written in its properties; null when the source has none. */
	modified: string | null;
	cells: number;
	/** File size; null for generated sources (the demo). */
	bytes: number | null;
	synthetic?: boolean;
}

/** Tables whose rows carry `source_sha256` provenance (form values: see removeFormValues). */
export const PROVENANCE_TABLES = [
	'form_scope',
	'population',
	'court_outcome',
	'published_figure',
	'finding'
];

/**
 * Everything that came from one source except its source_file row: what a replaced file
 * leaves behind in the import history (its row stays, marked `replaced`).
 */
export async function removeSourceRows(conn: DuckDBConnection, sha: string): Promise<void> {
	await removeFormValues(conn, sha);
	for (const t of PROVENANCE_TABLES) {
		await conn.run(`DELETE FROM ${t} WHERE source_sha256 = $1`, [sha]);
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

/**
 * A file replaced by a newer one for the same scope: everything that came from it goes, its
 * row stays in the import history with status 'replaced' and the sha256 of its successor.
 */
export async function markReplaced(
	conn: DuckDBConnection,
	sha: string,
	replacedBy: string
): Promise<void> {
	await removeSourceRows(conn, sha);
	await conn.run(`UPDATE source_file SET status = 'replaced', replaced_by = $2 WHERE sha256 = $1`, [
		sha,
		replacedBy
	]);
}

/** One imported file's row (a source reader may have written its own already: ours wins). */
export async function insertSourceFile(conn: DuckDBConnection, row: SourceFileRow): Promise<void> {
	await insertSourceFiles(conn, [row]);
}

/**
 * Insert or replace source_file rows in one statement, staged with the appender (fast for the
 * demo's ~800 rows; row-by-row INSERTs made the default build take ~15 s), and make sure the
 * period dimension knows every period they name.
 */
export async function insertSourceFiles(
	conn: DuckDBConnection,
	rows: readonly SourceFileRow[]
): Promise<void> {
	if (rows.length === 0) return;
	await insertStaged(
		conn,
		{
			name: 'source_file_stage',
			columns: `sha TEXT, name TEXT, form TEXT, region TEXT, period TEXT, title TEXT,
				modified TEXT, cells BIGINT, bytes BIGINT, synthetic BOOLEAN`
		},
		rows,
		(app, r) => {
			app.appendVarchar(r.sha256);
			app.appendVarchar(r.name);
			app.appendVarchar(r.form);
			for (const v of [r.regionCode, r.period, r.title, r.modified]) appendText(app, v);
			app.appendBigInt(BigInt(r.cells));
			appendBigIntOrNull(app, r.bytes);
			app.appendBoolean(r.synthetic ?? false);
		},
		// Every column named: INSERT OR REPLACE keeps the columns it does not set, and a file
		// imported again after it was replaced is current again (no replaced_by).
		`INSERT OR REPLACE INTO source_file (sha256, original_name, form, region_code, period, title,
		   workbook_modified, imported_at, status, cells, bytes, synthetic, replaced_by)
		 SELECT sha, name, form, region, period, title, TRY_CAST(modified AS TIMESTAMP),
		        now()::TIMESTAMP, 'imported', cells, bytes, synthetic, NULL
		 FROM source_file_stage`
	);
	await insertPeriods(
		conn,
		rows.map((r) => r.period)
	);
}

/** Add the periods the period dimension lacks (null and non-period keys are skipped). */
async function insertPeriods(
	conn: DuckDBConnection,
	keys: readonly (string | null)[]
): Promise<void> {
	const periods = [...new Set(keys)].flatMap((key) => {
		if (!key || !/^\d{4}(-\d{2})?$/.test(key)) return [];
		try {
			return [parsePeriod(key)];
		} catch {
			return []; // a year outside parsePeriod's range: nothing to add
		}
	});
	if (periods.length === 0) return;
	const values = periods.map((_, i) => `($k${i}, $y${i}, $m${i}, $s${i}::DATE, $e${i}::DATE)`);
	const params: Record<string, string | number> = {};
	periods.forEach((p, i) => {
		params[`k${i}`] = p.key;
		params[`y${i}`] = p.year;
		params[`m${i}`] = p.monthTo;
		params[`s${i}`] = p.start;
		params[`e${i}`] = p.end;
	});
	await conn.run(`INSERT INTO period VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`, params);
}
