/**
 * Vitest globalSetup for the browser tests: builds the app once if build/ is older than the
 * sources, and the two test warehouses once (to test/output/, gitignored): the embedded
 * default (`etl build-default`) and one from ../shared/data only (Form 1-M and СНГ-1 for
 * 2022, population, court outcomes). A warehouse is rebuilt when the pipelines changed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const OUTPUT = join(REPO_ROOT, 'test/output');
export const DEMO_DB = join(OUTPUT, 'e2e-demo.duckdb');
export const REAL_DB = join(OUTPUT, 'e2e-real.duckdb');
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

export default function setup(): void {
	mkdirSync(join(OUTPUT, 'screenshots'), { recursive: true });
	for (const p of [...REAL_FORMS, ...REAL_OTHER]) {
		if (!existsSync(p))
			throw new Error(`browser tests need ${p} from ../shared/data: it is missing`);
	}
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
		newest(join(REPO_ROOT, 'data'))
	);
	if (mtime(DEMO_DB) < pipelinesNewest) {
		rmSync(DEMO_DB, { force: true });
		run(TSX, ['pipelines/cli.ts', 'build-default'], { SARAPSHY_DB: DEMO_DB });
	}
	if (mtime(REAL_DB) < pipelinesNewest) {
		rmSync(REAL_DB, { force: true });
		run(TSX, ['pipelines/cli.ts', 'import', ...REAL_FORMS, '--period', '2022'], {
			SARAPSHY_DB: REAL_DB
		});
		run(TSX, ['pipelines/cli.ts', 'import', ...REAL_OTHER], { SARAPSHY_DB: REAL_DB });
	}
}
