/**
 * Test helper: builds the warehouses the notebooks are checked against, with the project's
 * own `etl` command in child processes — (a) the embedded default plus every real file in
 * ../shared/data (Form 1-M and СНГ-1 for 2022, the Bureau's population, court outcomes),
 * (b) the embedded default alone, (c) the real 2022 Form 1-M workbooks alone (no published
 * figures, no population, no courts) and (d) an empty warehouse (the schema and the region
 * table, nothing imported) — and builds the notebooks against each.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openWarehouse } from '../../pipelines/warehouse.ts';

const run = promisify(execFile);

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED_DATA = resolve(REPO_ROOT, '../shared/data');
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

export const REAL_SOURCES = {
	form1m: join(SHARED_DATA, 'qamqor/form-1m/2022'),
	formSng1: join(SHARED_DATA, 'qamqor/form-sng1/2022'),
	population: join(SHARED_DATA, 'population/bns-population-by-region-source.xlsx'),
	courts: join(SHARED_DATA, 'courts/sexual-offences-court-outcomes-2016-2023.csv')
};

export function requireSharedData(): void {
	for (const [name, path] of Object.entries(REAL_SOURCES)) {
		if (!existsSync(path)) {
			throw new Error(
				`the notebook test needs ${path} (${name}) from ../shared/data: it is missing`
			);
		}
	}
}

async function etl(warehouse: string, args: string[]): Promise<void> {
	try {
		await run(TSX, ['pipelines/cli.ts', ...args], {
			cwd: REPO_ROOT,
			env: { ...process.env, SARAPSHY_DB: warehouse },
			maxBuffer: 64 * 1024 * 1024
		});
	} catch (error) {
		const e = error as { stderr?: string; message: string };
		throw new Error(`etl ${args.join(' ')} failed for ${warehouse}: ${e.stderr || e.message}`);
	}
}

export async function buildDefaultWarehouse(warehouse: string): Promise<void> {
	await etl(warehouse, ['build-default']);
}

export async function buildRealWarehouse(warehouse: string): Promise<void> {
	requireSharedData();
	await etl(warehouse, ['build-default']);
	await etl(warehouse, ['import', REAL_SOURCES.form1m, REAL_SOURCES.formSng1, '--period', '2022']);
	await etl(warehouse, ['import', REAL_SOURCES.population, REAL_SOURCES.courts]);
}

/** The README's first real step alone: `etl import <the 2022 Form 1-M workbooks> --period 2022`. */
export async function buildRealFormsWarehouse(warehouse: string): Promise<void> {
	requireSharedData();
	await etl(warehouse, ['import', REAL_SOURCES.form1m, '--period', '2022']);
}

/** A warehouse with the schema and the region table (seeded on opening) and nothing imported. */
export async function buildEmptyWarehouse(warehouse: string): Promise<void> {
	const wh = await openWarehouse(warehouse);
	wh.close();
}

export interface NotebookBuild {
	warehouse: string;
	out: string;
	pages: string[];
	queries: { notebook: string; cell: number; rows: number }[];
	inputs: { name: string; path: string; present: boolean; sha256: string | null }[];
}

/** `npm run notebooks -- --db … --out … --json [extra]`; resolves with the JSON summary. */
export async function buildNotebooks(
	warehouse: string,
	out: string,
	extra: string[] = []
): Promise<NotebookBuild> {
	const { stdout } = await run(
		TSX,
		['notebooks/build.ts', '--db', warehouse, '--out', out, '--json', ...extra],
		{ cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 }
	);
	return JSON.parse(stdout) as NotebookBuild;
}

/** Like buildNotebooks, but for builds that must fail: resolves with the exit code and stderr. */
export async function buildNotebooksExpectingFailure(
	warehouse: string,
	out: string,
	notebooks: string[]
): Promise<{ code: number; stderr: string }> {
	try {
		await run(TSX, ['notebooks/build.ts', '--db', warehouse, '--out', out, ...notebooks], {
			cwd: REPO_ROOT
		});
		return { code: 0, stderr: '' };
	} catch (error) {
		const e = error as { code?: number; stderr?: string };
		return { code: e.code ?? -1, stderr: e.stderr ?? '' };
	}
}
