/**
 * Opening the warehouse for writing (pipelines only; the web tier opens it read-only) and
 * applying the schema. Region and period dimensions are seeded from src/lib/domain.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGIONS } from '../src/lib/domain/regions.ts';

export const DEFAULT_WAREHOUSE = 'data/warehouse/sarapshy.duckdb';
const SQL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'sql');

export function warehousePath(): string {
	return resolve(process.env.SARAPSHY_DB || DEFAULT_WAREHOUSE);
}

export interface Warehouse {
	instance: DuckDBInstance;
	conn: DuckDBConnection;
	close(): void;
}

export async function openWarehouse(path = warehousePath()): Promise<Warehouse> {
	mkdirSync(dirname(path), { recursive: true });
	const wh = await connect(await DuckDBInstance.create(path));
	await applySchema(wh.conn);
	return wh;
}

async function connect(instance: DuckDBInstance): Promise<Warehouse> {
	const conn = await instance.connect();
	return {
		instance,
		conn,
		close() {
			conn.closeSync();
			instance.closeSync();
		}
	};
}

/**
 * The published warehouse, read-only (`report`, `cell`): no lock is taken and nothing written,
 * so it opens while the dashboard runs and while an import writes the next generation.
 */
export async function openPublishedWarehouse(path = warehousePath()): Promise<Warehouse> {
	if (!existsSync(path))
		throw new Error(
			`no warehouse at ${path}: import workbooks (\`npm run etl -- import <files> --period P\`) ` +
				'or build the default one (`npm run etl -- build-default`) first'
		);
	return connect(await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' }));
}

export function readSql(name: string): string {
	return readFileSync(resolve(SQL_DIR, name), 'utf8');
}

export async function applySchema(conn: DuckDBConnection): Promise<void> {
	await migrateWideFormCell(conn);
	await migrateFirstNarrowLayout(conn);
	await conn.run(readSql('schema.sql'));
	await seedRegions(conn);
	await conn.run(readSql('views.sql'));
}

/**
 * Warehouses built before form cells were stored narrow have a `form_cell` TABLE where
 * schema.sql now creates a view: move its rows into form_scope/form_row/form_column/form_value
 * (one transaction) so that the view shows exactly what the table held.
 */
async function migrateWideFormCell(conn: DuckDBConnection): Promise<void> {
	const kind = await conn.runAndReadAll(
		`SELECT table_type FROM information_schema.tables
		 WHERE table_schema = 'main' AND table_name = 'form_cell'`
	);
	if (kind.getRowsJS()[0]?.[0] !== 'BASE TABLE') return;
	const a1 = `regexp_matches(cell, '^[A-Z]+[0-9]+$')`;
	await conn.run('BEGIN TRANSACTION');
	try {
		await conn.run('ALTER TABLE form_cell RENAME TO form_cell_wide');
		await conn.run(readSql('schema.sql'));
		await conn.run(`
			CREATE TEMP TABLE wide AS
			SELECT *, CASE WHEN ${a1} THEN regexp_extract(cell, '[0-9]+$')::INTEGER END AS sheet_row,
			       CASE WHEN ${a1} THEN NULL ELSE cell END AS record,
			       CASE WHEN ${a1} THEN regexp_extract(cell, '^[A-Z]+') END AS column_ref
			FROM form_cell_wide;
			INSERT INTO form_scope SELECT nextval('form_scope_id'), * FROM
				(SELECT DISTINCT source_sha256, form, region_code, period FROM wide);
			INSERT INTO form_row SELECT nextval('form_row_id'), * FROM
				(SELECT DISTINCT section, sheet, sheet_row, record, row_code, row_label, article, chapter FROM wide);
			INSERT INTO form_column SELECT nextval('form_column_id'), * FROM
				(SELECT DISTINCT section, column_ref, grafa, column_label FROM wide);
			INSERT INTO form_value
			SELECT s.id, r.id, c.id, w.value FROM wide w
			JOIN form_scope s ON s.source_sha256 = w.source_sha256 AND s.form = w.form
				AND s.region_code = w.region_code AND s.period = w.period
			JOIN form_row r ON r.section = w.section AND r.sheet = w.sheet
				AND r.sheet_row IS NOT DISTINCT FROM w.sheet_row AND r.record IS NOT DISTINCT FROM w.record
				AND r.row_code = w.row_code AND r.row_label = w.row_label
				AND r.article IS NOT DISTINCT FROM w.article AND r.chapter IS NOT DISTINCT FROM w.chapter
			JOIN form_column c ON c.section = w.section AND c.column_ref IS NOT DISTINCT FROM w.column_ref
				AND c.grafa = w.grafa AND c.column_label = w.column_label;
			DROP TABLE wide;
			DROP TABLE form_cell_wide;`);
		await conn.run('COMMIT');
	} catch (err) {
		await conn.run('ROLLBACK');
		throw err;
	}
}

/** The first narrow layout (one day of development) kept addresses per value: move them. */
async function migrateFirstNarrowLayout(conn: DuckDBConnection): Promise<void> {
	const cols = await conn.runAndReadAll(
		`SELECT 1 FROM information_schema.columns
		 WHERE table_schema = 'main' AND table_name = 'form_value' AND column_name = 'cell'`
	);
	if (cols.getRowsJS().length === 0) return;
	await conn.run(`
		BEGIN TRANSACTION;
		ALTER TABLE form_column RENAME COLUMN column_letters TO column_ref;
		ALTER TABLE form_row ADD COLUMN record TEXT;
		ALTER TABLE form_value DROP COLUMN cell;
		DROP VIEW IF EXISTS form_cell;
		COMMIT;`);
}

async function seedRegions(conn: DuckDBConnection): Promise<void> {
	const successors = new Map<string, string[]>();
	for (const r of REGIONS) {
		if (r.predecessor)
			successors.set(r.predecessor, [...(successors.get(r.predecessor) ?? []), r.code]);
	}
	await conn.run('BEGIN TRANSACTION');
	await conn.run('DELETE FROM region');
	const stmt = await conn.prepare(
		'INSERT INTO region VALUES ($1, $2, $3, $4, $5, $6::DATE, $7::DATE, $8, $9, $10)'
	);
	for (const r of REGIONS) {
		stmt.bind([
			r.code,
			r.ru,
			r.kk,
			r.en,
			r.kind,
			r.validFrom,
			r.validTo,
			r.predecessor,
			successors.get(r.code)?.join(',') ?? null,
			r.note
		]);
		await stmt.run();
	}
	await conn.run('COMMIT');
}
