/**
 * The private directory: accounts, sessions, login throttling and the import audit log live
 * here, never in the warehouse file that the public site and the notebooks read, and never
 * under a path the server serves. SARAPSHY_ADMIN_DIR names it; by default it is
 * `.<warehouse name>-private/` beside the warehouse (SARAPSHY_DB; not `.<name>.…`,
 * the prefix of a writer's leftovers). Mode 0700, files 0600.
 * Every file is replaced whole (temp + rename, fsync) under one lock file, so that the server,
 * `npm run users` and `npm run etl` can change it at the same time without tearing a file.
 * Node only and free of SvelteKit: the server, the users command and the etl command share it.
 */
import {
	chmodSync,
	closeSync,
	fsyncSync,
	mkdirSync,
	openSync,
	readFileSync,
	renameSync,
	statSync,
	unlinkSync,
	writeSync
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const DEFAULT_WAREHOUSE = 'data/warehouse/sarapshy.duckdb';

/** Where the private files live (the directory may not exist yet). */
export function privateDir(): string {
	if (process.env.SARAPSHY_ADMIN_DIR) return resolve(process.env.SARAPSHY_ADMIN_DIR);
	const db = resolve(process.env.SARAPSHY_DB || DEFAULT_WAREHOUSE);
	return join(dirname(db), `.${basename(db)}-private`);
}

/** The directory, created 0700 when missing (and tightened when it is looser). */
export function ensurePrivateDir(): string {
	const dir = privateDir();
	mkdirSync(dir, { recursive: true, mode: 0o700 });
	if ((statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
	return dir;
}

/** A JSON file of the private directory, or `fallback` when it is not there. */
export function readJson<T>(name: string, fallback: T): T {
	try {
		return JSON.parse(readFileSync(join(privateDir(), name), 'utf8')) as T;
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
		throw new Error(`${name} in the private directory cannot be read: ${(e as Error).message}`);
	}
}

/** Replace a file whole: written 0600 to a temp name, fsynced, renamed over (atomic). */
export function writeJson(name: string, value: unknown): void {
	const dir = ensurePrivateDir();
	const tmp = join(dir, `.${name}.${process.pid}.tmp`);
	const fd = openSync(tmp, 'w', 0o600);
	try {
		writeSync(fd, JSON.stringify(value, null, '\t') + '\n');
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	renameSync(tmp, join(dir, name));
}

/** A file's identity (inode, mtime, size): changes whenever it is replaced or appended to. */
export function fileVersion(name: string): string {
	try {
		const st = statSync(join(privateDir(), name));
		return `${st.ino}:${st.mtimeMs}:${st.size}`;
	} catch {
		return 'none';
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Run `fn` holding the private directory's lock (`.lock`, O_EXCL, the holder's pid): read,
 * change and write back without losing another process's change. Every holder is quick (a few
 * small files), so waiting is synchronous and short; a dead holder's lock is taken over.
 */
export function withPrivateLock<T>(fn: () => T): T {
	const path = join(ensurePrivateDir(), '.lock');
	const deadline = Date.now() + 10_000;
	for (;;) {
		try {
			const fd = openSync(path, 'wx', 0o600);
			writeSync(fd, String(process.pid));
			closeSync(fd);
			break;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
		}
		let holder = 0;
		try {
			holder = Number(readFileSync(path, 'utf8'));
		} catch {
			continue; // released meanwhile
		}
		const age = (() => {
			try {
				return Date.now() - statSync(path).mtimeMs;
			} catch {
				return 0;
			}
		})();
		if ((holder > 0 && !alive(holder)) || (!holder && age > 2000)) {
			try {
				unlinkSync(path);
			} catch {
				/* another waiter took it over */
			}
			continue;
		}
		if (Date.now() > deadline)
			throw new Error(`the private directory is locked by pid ${holder} for over 10 s`);
		sleep(20);
	}
	try {
		return fn();
	} finally {
		try {
			unlinkSync(path);
		} catch {
			/* gone */
		}
	}
}
