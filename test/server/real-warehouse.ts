/**
 * A warehouse built from real files only, for the server-level tests of the datasets: Form
 * 1-M and СНГ-1 for 2022 from ../shared/data (16 of the 20 regions: no workbook for г. Алматы,
 * Туркестанская обл., область Улытау, Жетысуская обл.), the Bureau's population, the court
 * outcomes and the transcribed published figures (data/published/kz-published-figures.csv,
 * where the republic's 157,473 registered offences of 2022 are, and founding-papers.csv, the
 * convictions and acquittals of 2015–2022). Built with the project's own
 * `etl` command (test/pipelines/cli/helpers.ts) into test/output/ (gitignored), and again only
 * when the pipelines or data/ changed; a lock file keeps two test files from building at once.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync } from 'node:fs';
import { rmSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
	DATA,
	FORM_1M_2022,
	FORM_SNG1_2022,
	ROOT,
	etl,
	requireData
} from '../pipelines/cli/helpers';

export const SERVER_REAL_DB = join(ROOT, 'test/output/server-real.duckdb');

const INPUTS = [
	[FORM_1M_2022, FORM_SNG1_2022, '--period', '2022'],
	[
		join(DATA, 'population/bns-population-by-region-source.xlsx'),
		join(DATA, 'courts/sexual-offences-court-outcomes-2016-2023.csv'),
		join(ROOT, 'data/published/kz-published-figures.csv'),
		join(ROOT, 'data/published/founding-papers.csv')
	]
];

/** Source modules the import runs besides pipelines/: the findings' stored English is rendered by them. */
const WRITTEN_BY = [
	'src/lib/i18n/finding-text.ts',
	'src/lib/i18n/features/findings.ts',
	'src/lib/domain/finding-params.ts'
].map((p) => join(ROOT, p));

const mtime = (p: string) => (existsSync(p) ? statSync(p).mtimeMs : 0);
const newest = (p: string): number =>
	statSync(p).isDirectory()
		? readdirSync(p).reduce((m, e) => Math.max(m, newest(join(p, e))), 0)
		: mtime(p);

/** Run `fn` holding test/output/<name>.lock (created exclusively; waits up to 10 minutes). */
function holding(lock: string, fn: () => void): void {
	const until = Date.now() + 600_000;
	let fd: number | null = null;
	while (fd === null) {
		try {
			fd = openSync(lock, 'wx');
		} catch {
			if (Date.now() > until) throw new Error(`${lock} held for 10 minutes; remove it if stale`);
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
		}
	}
	try {
		fn();
	} finally {
		closeSync(fd);
		unlinkSync(lock);
	}
}

/** Build (if stale) and return the path of the real-only warehouse. */
export function realWarehouse(): string {
	for (const p of INPUTS.flat().filter((a) => a.includes('/'))) requireData(p);
	mkdirSync(join(ROOT, 'test/output'), { recursive: true });
	holding(`${SERVER_REAL_DB}.lock`, () => {
		if (
			mtime(SERVER_REAL_DB) >=
			Math.max(
				newest(join(ROOT, 'pipelines')),
				newest(join(ROOT, 'data')),
				...WRITTEN_BY.map(newest)
			)
		)
			return;
		const tmp = `${SERVER_REAL_DB}.${process.pid}.tmp`;
		rmSync(tmp, { force: true });
		for (const args of INPUTS) {
			const r = etl(tmp, ['import', ...args]);
			if (r.status !== 0) throw new Error(`etl import ${args.join(' ')} failed:\n${r.stderr}`);
		}
		if (existsSync(`${tmp}.wal`)) renameSync(`${tmp}.wal`, `${SERVER_REAL_DB}.wal`);
		renameSync(tmp, SERVER_REAL_DB);
	});
	return SERVER_REAL_DB;
}
