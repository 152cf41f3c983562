/**
 * Runs the real `etl` command in a child process against a temp warehouse, and fingerprints
 * the warehouse so a test can prove a refused or killed import changed nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DATA = resolve(ROOT, '../shared/data');
export const FORM_1M_2022 = resolve(DATA, 'qamqor/form-1m/2022');
export const FORM_SNG1_2022 = resolve(DATA, 'qamqor/form-sng1/2022');
export const CLI = resolve(ROOT, 'pipelines/cli.ts');

export function requireData(path: string): string {
	if (!existsSync(path))
		throw new Error(`test data missing: ${path} (../shared/data must be beside the checkout)`);
	return path;
}

export interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

export function etl(db: string, args: string[], env: Record<string, string> = {}): Run {
	const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, SARAPSHY_DB: db, ...env },
		maxBuffer: 1 << 26
	});
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `etl` in a child process without blocking this one (a test's HTTP client keeps running). */
export function etlAsync(
	db: string,
	args: string[],
	env: Record<string, string> = {}
): Promise<Run & { ms: number }> {
	const t0 = Date.now();
	const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
		cwd: ROOT,
		env: { ...process.env, SARAPSHY_DB: db, ...env }
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
	child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
	return new Promise((ok) =>
		child.on('close', (status) => ok({ status, stdout, stderr, ms: Date.now() - t0 }))
	);
}

/** Start the command and resolve once `marker` appears on its stderr (for the kill -9 test). */
export function etlUntil(db: string, args: string[], marker: string, env: Record<string, string>) {
	const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
		cwd: ROOT,
		env: { ...process.env, SARAPSHY_DB: db, ...env }
	});
	let stderr = '';
	const reached = new Promise<void>((ok, fail) => {
		child.stderr.on('data', (d: Buffer) => {
			stderr += d.toString();
			if (stderr.includes(marker)) ok();
		});
		child.on('exit', (code) => fail(new Error(`exited (${code}) before «${marker}»:\n${stderr}`)));
	});
	const exited = new Promise<NodeJS.Signals | null>((ok) => child.on('exit', (_c, sig) => ok(sig)));
	return { child, reached, exited };
}

/** Row counts and an order-independent hash of every staging table. */
export async function digest(db: string): Promise<Record<string, string>> {
	const inst = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
	const conn = await inst.connect();
	const out: Record<string, string> = {};
	try {
		for (const t of [
			'source_file',
			'form_cell',
			'finding',
			'population',
			'court_outcome',
			'published_figure'
		]) {
			const r = await conn.runAndReadAll(
				`SELECT count(*)::TEXT, coalesce(bit_xor(hash(x)), 0)::TEXT FROM ${t} x`
			);
			const [n, h] = r.getRows()[0] as [string, string];
			out[t] = `${n}:${h}`;
		}
	} finally {
		conn.closeSync();
		inst.closeSync();
	}
	return out;
}

export interface TempWarehouse {
	dir: string;
	db: string;
	/** The import that filled it (its stderr says what was imported). */
	imported: Run;
	remove(): void;
}

/** A warehouse in a fresh temp folder holding one workbook of 2022; throws when the import fails. */
export function warehouseWith(prefix: string, workbook: string): TempWarehouse {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	const db = join(dir, 'w.duckdb');
	const imported = etl(db, ['import', requireData(workbook), '--period', '2022']);
	if (imported.status !== 0) throw new Error(`import of ${workbook} failed:\n${imported.stderr}`);
	return { dir, db, imported, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `etl import <path> --period 2022 [flags] --json`, which must exit 0: its file's result. */
export function importOne(
	db: string,
	path: string,
	...flags: string[]
): { result: Record<string, unknown>; stderr: string } {
	const r = etl(db, ['import', path, '--period', '2022', ...flags, '--json']);
	if (r.status !== 0) throw new Error(`etl import ${path} exited ${r.status}:\n${r.stderr}`);
	return { result: JSON.parse(r.stdout).files[0], stderr: r.stderr };
}
