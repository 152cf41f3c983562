/**
 * A warehouse built from real files only, for the server-level tests of the datasets: Form
 * 1-M and СНГ-1 for 2022 from ../shared/data (16 of the 20 regions: no workbook for г. Алматы,
 * Туркестанская обл., область Улытау, Жетысуская обл.), the Bureau's population, the court
 * outcomes and the transcribed published figures (data/published/kz-published-figures.csv,
 * where the republic's 157,473 registered offences of 2022 are). Built with the project's own
 * `etl` command into test/output/ (gitignored), once, and again only when the pipelines or
 * data/ changed; a directory lock keeps two test files from building it at once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = resolve(ROOT, '../shared/data');
const OUTPUT = join(ROOT, 'test/output');
export const SERVER_REAL_DB = join(OUTPUT, 'server-real.duckdb');

const FORMS = [join(SHARED, 'qamqor/form-1m/2022'), join(SHARED, 'qamqor/form-sng1/2022')];
const OTHER = [
	join(SHARED, 'population/bns-population-by-region-source.xlsx'),
	join(SHARED, 'courts/sexual-offences-court-outcomes-2016-2023.csv'),
	join(ROOT, 'data/published/kz-published-figures.csv')
];

const mtime = (p: string) => (existsSync(p) ? statSync(p).mtimeMs : 0);
function newest(path: string): number {
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	return readdirSync(path).reduce((m, e) => Math.max(m, newest(join(path, e))), 0);
}

function etl(db: string, args: string[]): void {
	try {
		execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['pipelines/cli.ts', ...args], {
			cwd: ROOT,
			env: { ...process.env, SARAPSHY_DB: db },
			stdio: ['ignore', 'pipe', 'pipe'],
			maxBuffer: 64 * 1024 * 1024
		});
	} catch (e) {
		const err = e as { stderr?: Buffer; message: string };
		throw new Error(`etl ${args.join(' ')} failed: ${err.stderr?.toString() || err.message}`);
	}
}

/** Build (if stale) and return the path of the real-only warehouse. */
export function realWarehouse(): string {
	for (const p of [...FORMS, ...OTHER]) {
		if (!existsSync(p))
			throw new Error(`the server tests need ${p} from ../shared/data: it is missing`);
	}
	mkdirSync(OUTPUT, { recursive: true });
	const lock = join(OUTPUT, '.server-real-lock');
	const deadline = Date.now() + 10 * 60_000;
	for (;;) {
		try {
			mkdirSync(lock);
			break;
		} catch {
			if (Date.now() - mtime(lock) > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
			if (Date.now() > deadline) throw new Error(`${lock} held for 10 minutes; remove it if stale`);
			execFileSync('sleep', ['1']);
		}
	}
	try {
		const inputs = Math.max(newest(join(ROOT, 'pipelines')), newest(join(ROOT, 'data')));
		if (mtime(SERVER_REAL_DB) < inputs) {
			const tmp = `${SERVER_REAL_DB}.${process.pid}.tmp`;
			rmSync(tmp, { force: true });
			etl(tmp, ['import', ...FORMS, '--period', '2022']);
			etl(tmp, ['import', ...OTHER]);
			if (existsSync(`${tmp}.wal`)) renameSync(`${tmp}.wal`, `${SERVER_REAL_DB}.wal`);
			renameSync(tmp, SERVER_REAL_DB);
		}
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
	return SERVER_REAL_DB;
}
