/**
 * The web tier's only door to the warehouse: DuckDB opened READ_ONLY, and a `query` helper that
 * takes parameterised SQL only. Nothing here can write.
 *
 * The warehouse changes while the server runs: `etl import` publishes a new generation by
 * renaming a new file over it (pipelines/publish.ts). At most every CHECK_MS a request stats the
 * path (inode, mtime, size); when it changed, the new file is opened read-only and becomes
 * current. Each request keeps the generation it started with (AsyncLocalStorage, set in
 * hooks.server.ts), so its queries never mix two generations; the old instance keeps reading
 * the old inode and is closed once its last request is done. Queries of concurrent requests
 * run on a few connections (POOL), not queued on one. Every cache keyed on the
 * warehouse includes `generationKey()`.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { error } from '@sveltejs/kit';
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { withoutPaths } from './redact';

export const DEFAULT_WAREHOUSE = 'data/warehouse/sarapshy.duckdb';

let resolvedFor: string | undefined;
let resolved = '';

export function warehousePath(): string {
	// asked on every request and query: resolve only when SARAPSHY_DB changes
	const named = process.env.SARAPSHY_DB || DEFAULT_WAREHOUSE;
	if (named !== resolvedFor) {
		resolved = resolve(named);
		resolvedFor = named;
	}
	return resolved;
}

/** One opened file: a generation as the server sees it. */
interface Opened {
	path: string;
	/** inode, mtime and size when it was opened: a change means a new file. */
	identity: string;
	instance: DuckDBInstance;
	/** A few connections: concurrent requests' queries do not queue on one (query picks the least busy). */
	conns: DuckDBConnection[];
	/** Queries in flight per connection. */
	busy: number[];
	generation: number;
	publishedAt: string | null;
	/** Unique per opened file: what caches key on. */
	key: string;
	/** Requests still using it. */
	users: number;
	retired: boolean;
	closing: boolean;
}

/** How often (at most) a request looks whether a new generation was published. */
const CHECK_MS = 500;
/**
 * Connections per opened generation (SARAPSHY_DB_CONNECTIONS, default 4): one would queue every
 * concurrent request's queries behind each other (/api/v1/cells was the worst under load).
 */
const POOL = Math.max(1, Math.min(16, Number(process.env.SARAPSHY_DB_CONNECTIONS) || 4));
/** An old generation is closed this long after its last request (stray promises finish). */
const CLOSE_GRACE_MS = 5000;

let current: Promise<Opened> | null = null;
let opened: Opened | null = null;
let lastCheck = 0;
let opens = 0;
const pinned = new AsyncLocalStorage<Opened>();

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

function identityOf(path: string): string | null {
	try {
		const st = statSync(path);
		return `${st.dev}:${st.ino}:${st.mtimeMs}:${st.size}`;
	} catch {
		return null;
	}
}

async function openReadOnly(path: string): Promise<Opened> {
	// Stat before opening: if a new file lands in between, the next check reopens (never the
	// other way round, which would keep an old file under a new file's identity).
	const identity = identityOf(path);
	if (!identity) {
		console.error(`sarapshy: ${missingWarehouse(path)}`);
		throw new Error(missingWarehouse(basename(path)));
	}
	const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
	const conns: DuckDBConnection[] = [];
	for (let i = 0; i < POOL; i++) conns.push(await instance.connect());
	const conn = conns[0];
	let generation = 0;
	let publishedAt: string | null = null;
	try {
		const r = await conn.runAndReadAll(
			`SELECT key, value FROM meta WHERE key IN ('generation', 'published_at')`
		);
		const meta = Object.fromEntries(r.getRowsJS() as [string, string][]);
		generation = Number(meta.generation ?? 0) || 0;
		publishedAt = meta.published_at ?? null;
	} catch {
		// No meta (a warehouse built before generations were recorded): generation 0.
	}
	opens += 1;
	const key = `g${generation}.${opens}`;
	return {
		path,
		identity,
		instance,
		conns,
		busy: conns.map(() => 0),
		generation,
		publishedAt,
		key,
		users: 0,
		retired: false,
		closing: false
	};
}

function closeWhenUnused(old: Opened): void {
	old.retired = true;
	if (old.users > 0 || old.closing) return; // the last request to finish closes it
	old.closing = true;
	setTimeout(() => {
		old.closing = false;
		if (old.users > 0) return;
		old.closing = true;
		try {
			for (const c of old.conns) c.closeSync();
			old.instance.closeSync();
		} catch {
			/* already closed */
		}
	}, CLOSE_GRACE_MS).unref();
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

function openCurrent(path: string): Promise<Opened> {
	const next = openReadOnly(path).then((o) => {
		const old = opened;
		opened = o;
		cache.clear(); // the old generation's rows (keys hold the generation; this frees memory)
		if (old && old !== o) closeWhenUnused(old);
		return o;
	});
	const shown = next.catch((e) => unavailable(path, e));
	shown.catch(() => {
		if (current === shown) current = null;
	});
	return shown;
}

/**
 * The current generation, opened if needed; at most every CHECK_MS the path is looked at again
 * and a new file (renamed over it, or rewritten in place) is opened and becomes current. A
 * path that is gone drops the open file, so the next request is the missing-warehouse 503.
 */
export function currentWarehouse(): Promise<Opened> {
	const path = warehousePath();
	const now = Date.now();
	if (current && opened && (opened.path !== path || now - lastCheck >= CHECK_MS)) {
		lastCheck = now;
		const identity = opened.path === path ? identityOf(path) : null;
		if (identity !== opened.identity) {
			const old = opened;
			opened = null;
			closeWhenUnused(old);
			current = null;
		}
	}
	if (!current) {
		lastCheck = now;
		current = openCurrent(path);
	}
	return current;
}

/**
 * The current generation's key without waiting, when it is known to be current: the file is
 * open and was looked at within CHECK_MS, or a stat now shows it unchanged. Null when a switch
 * may be due or nothing is open: the caller goes the usual way (currentWarehouse), which opens
 * the new file. For answers that need no query (health's body, computed once per generation).
 */
export function currentKeyNow(): string | null {
	const path = warehousePath();
	if (!current || !opened || opened.path !== path) return null;
	const now = Date.now();
	if (now - lastCheck < CHECK_MS) return opened.key;
	if (identityOf(path) !== opened.identity) return null;
	lastCheck = now;
	return opened.key;
}

/**
 * Run one request with the generation current when it starts (hooks.server.ts): its queries and
 * cache keys all use that generation even if a newer one is published meanwhile. A warehouse
 * that cannot be opened pins nothing: the request's first query gives the 503.
 */
export async function withRequestGeneration<T>(handle: () => Promise<T>): Promise<T> {
	let wh: Opened;
	try {
		wh = await currentWarehouse();
	} catch {
		return handle();
	}
	wh.users += 1;
	try {
		return await pinned.run(wh, handle);
	} finally {
		wh.users -= 1;
		if (wh.retired && wh.users === 0) closeWhenUnused(wh);
	}
}

/** The generation this request reads (or the current one): its number and when it was published. */
export function warehouseGeneration(): { generation: number; publishedAt: string | null } | null {
	const wh = pinned.getStore() ?? opened;
	return wh ? { generation: wh.generation, publishedAt: wh.publishedAt } : null;
}

/** What every cache keyed on the warehouse adds to its key: unique per opened file. */
export function generationKey(): string {
	return (pinned.getStore() ?? opened)?.key ?? 'unopened';
}

export async function getConnection(): Promise<DuckDBConnection> {
	return (pinned.getStore() ?? (await currentWarehouse())).conns[0];
}

/** Run parameterised SQL ($1, $2 … or $name) and return plain JS rows. */
export async function query<T = Record<string, unknown>>(
	sql: string,
	params: DuckDBValue[] | Record<string, DuckDBValue> = []
): Promise<T[]> {
	const wh = pinned.getStore() ?? (await currentWarehouse());
	let i = 0;
	for (let j = 1; j < wh.conns.length; j++) if (wh.busy[j] < wh.busy[i]) i = j;
	wh.busy[i] += 1;
	try {
		const reader = await wh.conns[i].runAndReadAll(sql, params).catch((e) => {
			// The file went away or became unreadable under the open instance.
			if (IO_FAILURE.test(e instanceof Error ? e.message : String(e)))
				unavailable(warehousePath(), e);
			throw e;
		});
		return reader.getRowObjectsJS() as T[];
	} finally {
		wh.busy[i] -= 1;
	}
}

/**
 * A generation never changes, so identical queries on it give identical rows: keep them
 * (bounded, keyed with the generation) to serve pages and the API within the latency budget.
 */
const cache = new Map<string, Promise<unknown[]>>();
const CACHE_MAX = 2000;

export function cachedQuery<T = Record<string, unknown>>(
	sql: string,
	params: DuckDBValue[] = []
): Promise<T[]> {
	const key = generationKey() + '\u0000' + sql + '\u0000' + JSON.stringify(params);
	let hit = cache.get(key);
	if (!hit) {
		if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
		hit = query<T>(sql, params);
		cache.set(key, hit);
		hit.catch(() => cache.delete(key));
	}
	return hit as Promise<T[]>;
}
