/**
 * Setup for the browser tests, called by the harness's `dashboard()` in each e2e file's
 * beforeAll (not a vitest globalSetup: that would run for every unit-test run of every
 * engineer). Builds the app once if build/ is older than the sources, and the two test
 * warehouses once (to test/output/, gitignored): the embedded default (`etl build-default`), one
 * from ../shared/data only (Form 1-M and СНГ-1 for 2022, population, court outcomes), and one
 * built with `etl import` only (Form 1-M 2022, data/published, population, court outcomes). A warehouse is rebuilt when the pipelines changed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const OUTPUT = join(REPO_ROOT, 'test/output');
export const DEMO_DB = join(OUTPUT, 'e2e-demo.duckdb');
export const REAL_DB = join(OUTPUT, 'e2e-real.duckdb');
/** Built with `etl import` only: the 2022 Form 1-M workbooks, data/published, population, courts. */
export const IMPORT_DB = join(OUTPUT, 'e2e-import.duckdb');
const SHARED = resolve(REPO_ROOT, '../shared/data');
const REAL_FORMS = [join(SHARED, 'qamqor/form-1m/2022'), join(SHARED, 'qamqor/form-sng1/2022')];
const REAL_OTHER = [
	join(SHARED, 'population/bns-population-by-region-source.xlsx'),
	join(SHARED, 'courts/sexual-offences-court-outcomes-2016-2023.csv')
];

function newest(path: string): number {
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let m = 0;
	for (const e of readdirSync(path)) m = Math.max(m, newest(join(path, e)));
	return m;
}

const mtime = (p: string) => (existsSync(p) ? statSync(p).mtimeMs : 0);

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
	try {
		execFileSync(cmd, args, {
			cwd: REPO_ROOT,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
			maxBuffer: 256 * 1024 * 1024
		});
	} catch (e) {
		const err = e as { stderr?: Buffer; message: string };
		throw new Error(`${cmd} ${args.join(' ')} failed: ${err.stderr?.toString() || err.message}`);
	}
}

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

/**
 * One setup at a time: several sessions may run the suite at once, and two `vite build`s or
 * two imports into the same file would clobber each other. A directory is the lock.
 */
function withLock(fn: () => void): void {
	const lock = join(OUTPUT, '.setup-lock');
	const deadline = Date.now() + 20 * 60_000;
	for (;;) {
		try {
			mkdirSync(lock);
			break;
		} catch {
			// A lock older than 20 minutes belongs to a run that died.
			if (Date.now() - mtime(lock) > 20 * 60_000) rmSync(lock, { recursive: true, force: true });
			if (Date.now() > deadline) throw new Error(`${lock} held for 20 minutes; remove it if stale`);
			execFileSync('sleep', ['2']);
		}
	}
	try {
		fn();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

/** Build under a temporary name and rename into place: a server holding the old file keeps it. */
function buildWarehouse(db: string, newerThan: number, steps: string[][]): void {
	if (mtime(db) >= newerThan) return;
	const tmp = `${db}.${process.pid}.tmp`;
	rmSync(tmp, { force: true });
	for (const args of steps) run(TSX, ['pipelines/cli.ts', ...args], { SARAPSHY_DB: tmp });
	if (existsSync(`${tmp}.wal`)) renameSync(`${tmp}.wal`, `${db}.wal`);
	renameSync(tmp, db);
}

/**
 * The built app each server of this test process runs: a private copy of build/, taken under
 * the lock. Another session's `vite build` replaces build/ (when src changed), and a server
 * still running from build/ would then fail to load its lazily imported chunks.
 */
let buildCopy: string | null = null;
export function builtApp(): string {
	if (!buildCopy) throw new Error('call ensureTestArtifacts() before starting a server');
	return buildCopy;
}

function copyBuild(): void {
	// Copies of runs that ended long ago are removed.
	for (const e of readdirSync(OUTPUT)) {
		const p = join(OUTPUT, e);
		if (e.startsWith('build-') && Date.now() - mtime(p) > 3 * 3600_000)
			rmSync(p, { recursive: true, force: true });
	}
	const dest = join(OUTPUT, `build-${process.pid}-${Date.now()}`);
	cpSync(join(REPO_ROOT, 'build'), dest, { recursive: true });
	buildCopy = dest;
}

export function ensureTestArtifacts(): void {
	mkdirSync(join(OUTPUT, 'screenshots'), { recursive: true });
	for (const p of [...REAL_FORMS, ...REAL_OTHER]) {
		if (!existsSync(p))
			throw new Error(`browser tests need ${p} from ../shared/data: it is missing`);
	}
	withLock(() => {
		const srcNewest = Math.max(
			newest(join(REPO_ROOT, 'src')),
			mtime(join(REPO_ROOT, 'svelte.config.js')),
			mtime(join(REPO_ROOT, 'vite.config.ts'))
		);
		if (mtime(join(REPO_ROOT, 'build/handler.js')) < srcNewest) {
			run(join(REPO_ROOT, 'node_modules/.bin/vite'), ['build']);
		}
		const pipelinesNewest = Math.max(
			newest(join(REPO_ROOT, 'pipelines')),
			newest(join(REPO_ROOT, 'data')),
			// The findings' stored English is rendered by these (src/lib/i18n/finding-text.ts).
			...['src/lib/i18n/finding-text.ts', 'src/lib/i18n/features/findings.ts'].map((p) =>
				newest(join(REPO_ROOT, p))
			),
			newest(join(REPO_ROOT, 'src/lib/domain/finding-params.ts'))
		);
		buildWarehouse(DEMO_DB, pipelinesNewest, [['build-default']]);
		buildWarehouse(REAL_DB, pipelinesNewest, [
			['import', ...REAL_FORMS, '--period', '2022'],
			['import', ...REAL_OTHER]
		]);
		buildWarehouse(IMPORT_DB, pipelinesNewest, [
			['import', REAL_FORMS[0], '--period', '2022'],
			['import', join(REPO_ROOT, 'data/published'), ...REAL_OTHER]
		]);
		copyBuild();
	});
}
