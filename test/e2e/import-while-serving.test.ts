/**
 * Issue 14.1: the data is updated while the dashboard serves. The BUILT server runs on a
 * warehouse of the real 2022 Form 1-M workbooks (imported here); a client requests pages and
 * API datasets in a loop while `etl import` writes the next generation and publishes it
 * (pipelines/publish.ts); the server picks it up between requests (src/lib/server/db.ts). A
 * killed import publishes nothing; `report` and `cell` read at any time; one writer at a time.
 * Real processes, real HTTP on 127.0.0.1, real DuckDB, real workbooks from ../shared/data.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_REGIONS } from '../../src/lib/domain/regions';
import {
	DATA,
	etl,
	etlAsync,
	etlUntil,
	FORM_1M_2022,
	FORM_SNG1_2022,
	requireData
} from '../pipelines/cli/helpers';
import { ensureTestArtifacts } from './artifacts';
import { startServer, type RunningServer } from './harness';

const POPULATION = resolve(DATA, 'population/bns-population-by-region-source.xlsx');
const COURTS = resolve(DATA, 'courts/sexual-offences-court-outcomes-2016-2023.csv');

let dir: string;
let db: string;
let server: RunningServer;

interface Health {
	generation: number;
	publishedAt: string | null;
	sources: { form: string; files: number; synthetic: boolean }[];
}

async function health(): Promise<Health> {
	const res = await fetch(`${server.url}/api/v1/health`);
	expect(res.status).toBe(200);
	return (await res.json()) as Health;
}

const filesOf = (h: Health, form: string) => h.sources.find((s) => s.form === form)?.files ?? 0;

/** What a killed or running writer leaves beside the warehouse. */
const leftovers = () => readdirSync(dir).filter((n) => n.startsWith('.w.duckdb.'));

beforeAll(async () => {
	for (const p of [FORM_1M_2022, FORM_SNG1_2022, POPULATION, COURTS]) requireData(p);
	ensureTestArtifacts(); // the built app
	dir = mkdtempSync(join(tmpdir(), 'sarapshy-serve-'));
	db = join(dir, 'w.duckdb');
	const built = etl(db, ['import', FORM_1M_2022, '--period', '2022']);
	expect(built.status, built.stderr).toBe(0);
	// two server processes (node:cluster, build/index.js): each must move to the new generation
	server = await startServer(db, { SARAPSHY_WORKERS: '2' });
}, 1_200_000);

afterAll(async () => {
	await server?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an import killed mid-way', () => {
	it('changes nothing served, and leaves only what the next import removes', async () => {
		const before = await health();
		// ../shared/data/qamqor/form-1m/2022 holds 16 Form 1-M workbooks: one import, generation 1
		expect(before.generation).toBe(1);
		expect(filesOf(before, '1-M')).toBe(16);
		const run = etlUntil(db, ['import', FORM_SNG1_2022, '--period', '2022'], 'pausing', {
			SARAPSHY_ETL_PAUSE_BEFORE_COMMIT_MS: '120000'
		});
		await run.reached; // the first СНГ-1 workbook is written in the copy, not yet committed
		expect(leftovers()).toEqual(
			expect.arrayContaining(['.w.duckdb.lock', `.w.duckdb.next-${run.child.pid}`])
		);
		run.child.kill('SIGKILL');
		expect(await run.exited).toBe('SIGKILL');
		await new Promise((r) => setTimeout(r, 1500)); // past the server's 500 ms check
		expect(await health()).toEqual(before);
	}, 300_000);
});

describe('importing while the dashboard serves', () => {
	it('publishes the СНГ-1 workbooks with no failed request; health shows them within 10 s', async () => {
		const before = await health();
		const regions = CURRENT_REGIONS.map((r) => r.code);
		const paths = (i: number) => [
			'/',
			`/regions/${regions[i % regions.length]}`,
			'/api/v1/data/overview-kpis.json',
			`/api/v1/cells.json?form=1-M&period=2022&region=${regions[(i + 7) % regions.length]}&section=R1&row=1`,
			'/api/v1/health'
		];
		const failures: string[] = [];
		let requests = 0;
		let stop = false;
		const client = async (offset: number) => {
			for (let i = offset; !stop; i++) {
				for (const p of paths(i)) {
					const res = await fetch(server.url + p).catch((e: Error) => e);
					requests += 1;
					if (res instanceof Error) failures.push(`${p}: ${res.message}`);
					else {
						if (res.status !== 200) failures.push(`${p}: ${res.status} ${await res.text()}`);
						else await res.arrayBuffer();
					}
				}
			}
		};
		const clients = [client(0), client(3)];
		const imported = await etlAsync(db, ['import', FORM_SNG1_2022, '--period', '2022']);
		const exitedAt = Date.now();
		expect(imported.status, imported.stderr).toBe(0);
		// the killed run's lock and copy were removed; nothing is left beside the warehouse
		expect(leftovers()).toEqual([]);
		let after = before;
		while (Date.now() - exitedAt < 10_000) {
			after = await health();
			if (after.generation > before.generation) break;
			await new Promise((r) => setTimeout(r, 200));
		}
		const seenAfter = Date.now() - exitedAt;
		// a few more rounds on the new generation
		await new Promise((r) => setTimeout(r, 2000));
		stop = true;
		await Promise.all(clients);
		expect(failures).toEqual([]);
		expect(requests).toBeGreaterThan(20);
		expect(seenAfter).toBeLessThan(10_000);
		expect(after.generation).toBe(before.generation + 1);
		expect(Date.parse(after.publishedAt!)).toBeGreaterThan(Date.parse(before.publishedAt!));
		// ../shared/data/qamqor/form-sng1/2022 holds 16 СНГ-1 workbooks
		expect(filesOf(after, 'СНГ-1')).toBe(16);
		expect(filesOf(after, '1-M')).toBe(16);
	}, 600_000);
});

describe('report, cell and a second import while an import holds the lock', () => {
	it('report and cell read; a second import refuses with --wait 0, or waits and succeeds', async () => {
		const gen = (await health()).generation;
		const holder = etlUntil(db, ['import', POPULATION], 'pausing', {
			SARAPSHY_ETL_PAUSE_BEFORE_COMMIT_MS: '30000'
		});
		await holder.reached;
		const [report, cell, refused, waited] = await Promise.all([
			etlAsync(db, ['report', '--json']),
			etlAsync(db, ['cell', '1-M', 'KZ-11', '2022', 'R1-1', '3', '1', '--json']),
			etlAsync(db, ['import', COURTS, '--wait', '0']),
			etlAsync(db, ['import', COURTS, '--wait', '300'])
		]);
		expect(report.status, report.stderr).toBe(0);
		const rep = JSON.parse(report.stdout);
		expect(rep.summary.find((s: { form: string }) => s.form === 'СНГ-1').imported).toBe(16);
		expect(cell.status, cell.stderr).toBe(0);
		// Akmola Region.XLSX, sheet R1-1 (xl/worksheets/sheet2.xml), row code 3 «преступлений»,
		// графа 1: cell E9 = 4535 (= row 1, 5317, minus row 2, 782)
		expect(JSON.parse(cell.stdout)).toMatchObject({
			file: 'Akmola Region.XLSX',
			sheet: 'R1-1',
			cell: 'E9',
			value: 4535
		});
		expect(refused.status).toBe(75);
		expect(refused.stderr).toMatch(
			/another import \(pid \d+, started \d{4}-\d\d-\d\dT[\d:.]+Z\) is still running; run this command again when it has finished/
		);
		expect(refused.stderr).not.toMatch(/lock on file|Conflicting lock/);
		expect(waited.stderr).toMatch(/another import \(pid \d+, started .*\) is running; waiting/);
		expect(waited.status, waited.stderr).toBe(0);
		expect(await holder.exited).toBe(null); // it finished on its own
		// both published: the population, then the court outcomes
		let h = await health();
		for (let i = 0; i < 20 && h.generation < gen + 2; i++) {
			await new Promise((r) => setTimeout(r, 250));
			h = await health();
		}
		expect(h.generation).toBe(gen + 2);
		expect(h.sources.map((s) => s.form)).toEqual(expect.arrayContaining(['population', 'courts']));
		expect(existsSync(join(dir, '.w.duckdb.lock'))).toBe(false);
	}, 600_000);
});
