/**
 * The web tier's only door to the warehouse: one DuckDB instance opened READ_ONLY, and a
 * `query` helper that takes parameterised SQL only. Nothing here can write.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const DEFAULT_WAREHOUSE = 'data/warehouse/sarapshy.duckdb';

export function warehousePath(): string {
	return resolve(process.env.SARAPSHY_DB || DEFAULT_WAREHOUSE);
}

let connection: Promise<DuckDBConnection> | null = null;

/** Never a silent demo: a warehouse that is not there is an error that says how to get one. */
function missingWarehouse(path: string): string {
	if (process.env.SARAPSHY_DB)
		return (
			`SARAPSHY_DB=${process.env.SARAPSHY_DB} names ${path}, which does not exist. Fix the path, ` +
			`or create that warehouse: \`SARAPSHY_DB=${path} npm run etl -- import <files> --period 2022\` ` +
			`(real forms) or \`SARAPSHY_DB=${path} npm run etl -- build-default\` (the synthetic demo).`
		);
	return `no warehouse at ${path}: run \`npm run etl -- build-default\` (or \`npm start\`, which builds it)`;
}

async function openReadOnly(path: string): Promise<DuckDBConnection> {
	if (!existsSync(path)) throw new Error(missingWarehouse(path));
	const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
	return instance.connect();
}

export function getConnection(): Promise<DuckDBConnection> {
	if (!connection) {
		connection = openReadOnly(warehousePath());
		connection.catch(() => (connection = null));
	}
	return connection;
}

/** Run parameterised SQL ($1, $2 … or $name) and return plain JS rows. */
export async function query<T = Record<string, unknown>>(
	sql: string,
	params: DuckDBValue[] | Record<string, DuckDBValue> = []
): Promise<T[]> {
	const conn = await getConnection();
	const reader = await conn.runAndReadAll(sql, params);
	return reader.getRowObjectsJS() as T[];
}

/**
 * The warehouse is read-only while the server runs, so identical queries give identical
 * rows: keep them (bounded) to serve pages and the API within the latency budget.
 */
const cache = new Map<string, Promise<unknown[]>>();
const CACHE_MAX = 2000;

export function cachedQuery<T = Record<string, unknown>>(
	sql: string,
	params: DuckDBValue[] = []
): Promise<T[]> {
	const key = sql + '\u0000' + JSON.stringify(params);
	let hit = cache.get(key);
	if (!hit) {
		if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
		hit = query<T>(sql, params);
		cache.set(key, hit);
		hit.catch(() => cache.delete(key));
	}
	return hit as Promise<T[]>;
}
