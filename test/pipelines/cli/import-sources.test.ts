/**
 * `etl import` of the non-form sources next to an official form, through the real CLI: the
 * population workbook and the court-outcomes CSV are recognised by their readers (no period
 * needed), and the rate view joins them with the form's figure.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA, etl, FORM_1M_2022, requireData, type Run } from './helpers.ts';

let dir: string;
let db: string;
let run: Run;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'sarapshy-src-'));
	db = join(dir, 'w.duckdb');
	const population = requireData(resolve(DATA, 'population/bns-population-by-region-source.xlsx'));
	const courts = requireData(resolve(DATA, 'courts/sexual-offences-court-outcomes-2016-2023.csv'));
	etl(db, ['import', population, courts, '--json']);
	run = etl(db, ['import', resolve(FORM_1M_2022, 'Akmola Region.XLSX'), '--period', '2022']);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query<T>(sql: string): Promise<T[]> {
	const inst = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
	const conn = await inst.connect();
	try {
		return (await conn.runAndReadAll(sql)).getRowObjectsJS() as unknown as T[];
	} finally {
		conn.closeSync();
		inst.closeSync();
	}
}

describe('etl import of population, courts and a form', () => {
	it('imports each source once and refuses an unknown CSV with a clear message', async () => {
		expect(run.status, run.stderr).toBe(0);
		const kinds = await query<{ form: string }>(`SELECT form FROM source_file ORDER BY form`);
		expect(kinds.map((k) => k.form)).toEqual(['1-M', 'courts', 'population']);
		const odd = join(dir, 'figures.csv');
		writeFileSync(odd, 'region,value\nАкмолинская,1\n');
		const r = etl(db, ['import', odd]);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(
			/figures\.csv: not an official form workbook .* none of the source readers/
		);
	});

	it('holds the figures as published', async () => {
		// bns-population-by-region-source.xlsx, sheet «Все население», row 4 «Акмолинская»:
		// X4 (2022) = 785708, Y4 (2023) = 788023
		const pop = await query<{
			year: number;
			population_start: number;
			population_mean: number | null;
		}>(
			`SELECT year, population_start, population_mean FROM v_population
			 WHERE region_code = 'KZ-11' AND sex = 'all' AND year IN (2022, 2023) ORDER BY year`
		);
		expect(pop).toEqual([
			{ year: 2022, population_start: 785708, population_mean: (785708 + 788023) / 2 },
			{ year: 2023, population_start: 788023, population_mean: null }
		]);
		// sexual-offences-court-outcomes-2016-2023.csv, line 2: rape120, …, amnt_osuzhden = 160, 2016
		const convicted = await query<{ value: number }>(
			`SELECT value FROM court_outcome WHERE source_key = 'rape120' AND year = 2016 AND measure = 'amnt_osuzhden'`
		);
		expect(convicted).toEqual([{ value: 160 }]);
	});

	it('computes the crime rate per 10,000 mean population', async () => {
		// Akmola Region.XLSX R1-1 E7 = 5317 registered; mean population (785708 + 788023) / 2
		const [rate] = await query<{ registered_per_10k: number }>(
			`SELECT registered_per_10k FROM v_rates WHERE region_code = 'KZ-11' AND year = 2022`
		);
		expect(rate.registered_per_10k).toBeCloseTo((5317 * 10000) / 786865.5, 9);
	});
});
