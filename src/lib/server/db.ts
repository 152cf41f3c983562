/**
 * The web tier's only door to the warehouse: one DuckDB instance opened READ_ONLY, and a
 * `query` helper that takes parameterised SQL only. Nothing here can write.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { error } from '@sveltejs/kit';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { withoutPaths } from './redact';

export const DEFAULT_WAREHOUSE = 'data/warehouse/sarapshy.duckdb';

export function warehousePath(): string {
	return resolve(process.env.SARAPSHY_DB || DEFAULT_WAREHOUSE);
}

let connection: Promise<DuckDBConnection> | null = null;

/**
 * Never a silent demo: a warehouse that is not there is an error that says how to get one.
 * `shown` is the name the message may show: the base name in responses (no response says where
 * the server's files are), the full path in the server's log.
 */
function missingWarehouse(shown: string): string {
	const fix =
		`create that warehouse: \`SARAPSHY_DB=${shown} npm run etl -- import <files> --period 2022\` ` +
		`(real forms) or \`SARAPSHY_DB=${shown} npm run etl -- build-default\` (the synthetic demo)`;
	if (process.env.SARAPSHY_DB)
		return `SARAPSHY_DB names ${shown}, which does not exist. Fix the path, or ${fix}.`;
	return `no warehouse at ${shown}: run \`npm run etl -- build-default\` (or \`npm start\`, which builds it)`;
}

async function openReadOnly(path: string): Promise<DuckDBConnection> {
	if (!existsSync(path)) {
		console.error(`sarapshy: ${missingWarehouse(path)}`);
		throw new Error(missingWarehouse(basename(path)));
	}
	const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
	return instance.connect();
}

/**
 * The warehouse cannot be opened or read (missing, not a DuckDB file, unreadable, locked by a
 * writer): a 503 — the page or the API says so and what to do — never a 500. The message names
 * the file by its base name only; no response says where the server's files are.
 */
function unavailable(path: string, cause: unknown): never {
	if (!existsSync(path))
		error(503, `${missingWarehouse(basename(path))} The server tries again on the next request.`);
	const why = withoutPaths(cause instanceof Error ? cause.message : String(cause));
	error(
		503,
		`The warehouse ${basename(path)} cannot be read (${why}). Build it with ` +
			'`npm run etl -- build-default` or import workbooks with `npm run etl -- import <files>`, ' +
			'or set SARAPSHY_DB to a warehouse; the server tries again on the next request.'
	);
}

const IO_FAILURE = /IO Error|Could not set lock|not a valid DuckDB database/i;

export function getConnection(): Promise<DuckDBConnection> {
	if (!connection) {
		const path = warehousePath();
		connection = openReadOnly(path).catch((e) => unavailable(path, e));
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
	const reader = await conn.runAndReadAll(sql, params).catch((e) => {
		// The file went away or became unreadable under the open instance.
		if (IO_FAILURE.test(e instanceof Error ? e.message : String(e)))
			unavailable(warehousePath(), e);
		throw e;
	});
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
