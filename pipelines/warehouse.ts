/**
 * Opening the warehouse for writing (pipelines only; the web tier opens it read-only) and
 * applying the schema. Region and period dimensions are seeded from src/lib/domain.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, readFileSync } from 'node:fs';
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
	const instance = await DuckDBInstance.create(path);
	const conn = await instance.connect();
	await applySchema(conn);
	return {
		instance,
		conn,
		close() {
			conn.closeSync();
			instance.closeSync();
		}
	};
}

export function readSql(name: string): string {
	return readFileSync(resolve(SQL_DIR, name), 'utf8');
}

export async function applySchema(conn: DuckDBConnection): Promise<void> {
	await conn.run(readSql('schema.sql'));
	await seedRegions(conn);
	await conn.run(readSql('views.sql'));
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
