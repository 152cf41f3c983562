/**
 * Writers never touch the warehouse the dashboard (and `report`, `cell`) read. Under the writer
 * lock (import-lock.ts) a writer copies the published file to `.<name>.next-<pid>` beside it,
 * does its work in the copy (each file still in its own transaction), records the generation
 * (meta `generation` + 1, `published_at`), checkpoints and closes it (no .wal), fsyncs it and
 * renames it over the warehouse: atomic on POSIX, so a reader sees the old generation or the
 * new one, never a mix. A refused or failed run publishes nothing and removes its copy; a killed
 * one leaves the copy and the lock, which the next writer removes. Readers that still have the
 * old file open keep reading its inode until they reopen (src/lib/server/db.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import {
	closeSync,
	constants,
	copyFileSync,
	existsSync,
	fsyncSync,
	mkdirSync,
	openSync,
	readdirSync,
	renameSync,
	rmSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { acquireImportLock, type LockOptions } from './import-lock.ts';
import { openWarehouse } from './warehouse.ts';

export interface Generation {
	generation: number;
	publishedAt: string;
}

export interface PublishOptions extends LockOptions {
	/** Whether the work changed anything worth a new generation (default: always). */
	changed?: (result: unknown) => boolean;
}

const nextPrefix = (warehouse: string) => `.${basename(warehouse)}.next-`;

/** Copies left by killed writers (only a lock holder may call this: no live writer has one). */
function removeLeftovers(warehouse: string): void {
	const dir = dirname(warehouse);
	const prefix = nextPrefix(warehouse);
	for (const name of readdirSync(dir))
		if (name.startsWith(prefix)) rmSync(join(dir, name), { recursive: true, force: true });
}

function fsyncPath(path: string): void {
	const fd = openSync(path, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

async function recordGeneration(conn: DuckDBConnection): Promise<Generation> {
	const r = await conn.runAndReadAll(`SELECT value FROM meta WHERE key = 'generation'`);
	const generation = Number(r.getRowsJS()[0]?.[0] ?? 0) + 1;
	const publishedAt = new Date().toISOString();
	await conn.run(`INSERT OR REPLACE INTO meta VALUES ('generation', $1), ('published_at', $2)`, [
		String(generation),
		publishedAt
	]);
	return { generation, publishedAt };
}

/**
 * Run `work` on a copy of the warehouse and publish it as the next generation. Returns the
 * work's result and the generation published (null when `changed` said nothing changed).
 */
export async function writeNextGeneration<T>(
	warehouse: string,
	work: (conn: DuckDBConnection) => Promise<T>,
	opts: PublishOptions
): Promise<{ result: T; published: Generation | null }> {
	mkdirSync(dirname(warehouse), { recursive: true });
	const release = await acquireImportLock(warehouse, opts);
	const next = join(dirname(warehouse), `${nextPrefix(warehouse)}${process.pid}`);
	try {
		removeLeftovers(warehouse);
		if (existsSync(warehouse)) {
			// Published files are checkpointed; a .wal beside one (a file written by an older
			// version, or in place) is copied too, so the copy opens with every commit.
			copyFileSync(warehouse, next, constants.COPYFILE_FICLONE);
			if (existsSync(`${warehouse}.wal`)) copyFileSync(`${warehouse}.wal`, `${next}.wal`);
		}
		const wh = await openWarehouse(next);
		let result: T;
		let published: Generation | null = null;
		try {
			result = await work(wh.conn);
			if (opts.changed?.(result) ?? true) {
				published = await recordGeneration(wh.conn);
				await wh.conn.run('CHECKPOINT');
			}
		} finally {
			wh.close();
		}
		if (!published) return { result, published };
		if (existsSync(`${next}.wal`))
			throw new Error(`${basename(next)} kept a .wal after CHECKPOINT; nothing was published`);
		fsyncPath(next);
		rmSync(`${warehouse}.wal`, { force: true }); // its commits are in the new generation
		renameSync(next, warehouse);
		fsyncPath(dirname(warehouse));
		return { result, published };
	} finally {
		rmSync(next, { force: true });
		rmSync(`${next}.wal`, { force: true });
		rmSync(`${next}.tmp`, { recursive: true, force: true });
		release();
	}
}
