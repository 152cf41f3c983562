/**
 * Test helper: a real DuckDB warehouse in a fresh temp directory, with the project schema.
 * Also the path to the shared real data, failing loudly when a file is missing.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applySchema } from '../../../pipelines/warehouse.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const SHARED_DATA = resolve(REPO_ROOT, '../shared/data');

export function sharedFile(relative: string): { path: string; bytes: Uint8Array } {
	const path = resolve(SHARED_DATA, relative);
	if (!existsSync(path)) {
		throw new Error(`real data file missing: ${path} (the tests need ../shared/data)`);
	}
	return { path, bytes: new Uint8Array(readFileSync(path)) };
}

export interface TempWarehouse {
	conn: DuckDBConnection;
	close(): void;
}

export async function openTempWarehouse(): Promise<TempWarehouse> {
	const dir = mkdtempSync(join(tmpdir(), 'sarapshy-test-'));
	const instance = await DuckDBInstance.create(join(dir, 'test.duckdb'));
	const conn = await instance.connect();
	await applySchema(conn);
	return {
		conn,
		close() {
			conn.closeSync();
			instance.closeSync();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

export async function rows<T = Record<string, unknown>>(
	conn: DuckDBConnection,
	sql: string,
	params: (string | number | null)[] = []
): Promise<T[]> {
	const reader = await conn.runAndReadAll(sql, params);
	return reader.getRowObjectsJS() as T[];
}

/** The one row of a query of counts and figures (`SELECT count(*) … AS n, …`), by column. */
export async function counts(
	conn: DuckDBConnection,
	sql: string,
	params: (string | number | null)[] = []
): Promise<Record<string, number>> {
	const [row] = await rows<Record<string, number>>(conn, sql, params);
	return row;
}
