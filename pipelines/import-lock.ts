/**
 * One writer at a time: `etl import` and `build-default` hold a lock file beside the warehouse
 * (`.<name>.lock`, created with O_EXCL, holding the writer's pid and start time) while they
 * write the next generation. A second writer waits for it (up to `--wait` seconds) and then
 * refuses with a message that says who holds it; it never meets DuckDB's raw lock error. A lock
 * whose pid is dead belongs to a killed run and is taken over. Readers (the server, `report`,
 * `cell`) take no lock: they read the published file, which no writer opens.
 */
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface LockHolder {
	pid: number;
	startedAt: string;
}

/** Exit status of a writer that gave up waiting for another one (EX_TEMPFAIL: try again later). */
export const BUSY_EXIT = 75;

export class ImportBusy extends Error {
	constructor(
		readonly holder: LockHolder,
		waited: number
	) {
		super(
			`another import (pid ${holder.pid}, started ${holder.startedAt}) is still running` +
				(waited > 0 ? ` after waiting ${waited} s` : '') +
				'; run this command again when it has finished, or give it longer with --wait SECONDS'
		);
	}
}

export function lockPath(warehouse: string): string {
	return join(dirname(warehouse), `.${basename(warehouse)}.lock`);
}

function readHolder(path: string): LockHolder | null {
	try {
		const h = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
		return Number.isInteger(h.pid) && h.pid > 0 ? h : null;
	} catch {
		return null; // gone, or being written this instant
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, another user's
	}
}

function tryCreate(path: string, me: LockHolder): boolean {
	let fd: number;
	try {
		fd = openSync(path, 'wx');
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw e;
	}
	try {
		writeSync(fd, JSON.stringify(me));
	} finally {
		closeSync(fd);
	}
	return true;
}

/**
 * Move a dead writer's lock aside (rename is atomic, so of two waiters only one gets it) and
 * put it back if, read again, it turns out to be a live writer's that replaced it meanwhile.
 */
function removeStale(path: string, stale: LockHolder): void {
	const aside = `${path}.stale-${process.pid}`;
	try {
		renameSync(path, aside);
	} catch {
		return; // another waiter took it
	}
	const moved = readHolder(aside);
	if (moved && (moved.pid !== stale.pid || moved.startedAt !== stale.startedAt)) {
		try {
			renameSync(aside, path);
		} catch {
			/* the live writer's lock is lost only if it finished meanwhile */
		}
		return;
	}
	unlinkSync(aside);
}

export interface LockOptions {
	/** Seconds to wait for another writer (0: refuse at once). */
	waitSeconds: number;
	/** Told once when this writer starts waiting. */
	onWait?: (holder: LockHolder) => void;
}

/** Take the warehouse's writer lock, waiting for a live holder; returns the release function. */
export async function acquireImportLock(
	warehouse: string,
	{ waitSeconds, onWait }: LockOptions
): Promise<() => void> {
	const path = lockPath(warehouse);
	const me: LockHolder = { pid: process.pid, startedAt: new Date().toISOString() };
	const deadline = Date.now() + waitSeconds * 1000;
	let told = false;
	let unreadableSince = 0;
	for (;;) {
		if (tryCreate(path, me)) break;
		const holder = readHolder(path);
		if (holder && !alive(holder.pid)) {
			removeStale(path, holder);
			continue;
		}
		if (!holder) {
			// Created but not yet written by its writer, or left empty by a crash right there.
			unreadableSince ||= Date.now();
			if (Date.now() - unreadableSince > 2000) {
				removeStale(path, { pid: 0, startedAt: '' });
				unreadableSince = 0;
			}
		} else unreadableSince = 0;
		const shown = holder ?? { pid: 0, startedAt: 'just now' };
		if (Date.now() >= deadline) throw new ImportBusy(shown, waitSeconds);
		if (!told && holder) {
			onWait?.(holder);
			told = true;
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return () => {
		if (readHolder(path)?.pid === me.pid) unlinkSync(path);
	};
}
