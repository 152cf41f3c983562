// Kazakhstan's annual series for the forecast bench, read from a warehouse built the way the
// tests build one: `etl build-default` (published figures + the SYNTHETIC demo panel) and
// `etl import` of the Bureau's population workbook from ../shared/data, in a temp directory.
//   - national registered criminal offences, whole years 2017–2025 (published figures, real);
//   - registered offences by region, whole years 2015–2025 (synthetic demo panel: NOT real);
//   - population by region at the beginning of the year 2000–2023 (BNS workbook, real).
// Splits: expanding window from 6 points, h = 1..3 (fewer at the last origins).

import { DuckDBInstance } from '@duckdb/node-api';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA } from './forecast-data.ts';
import type { Split } from './forecast-eval.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const POPULATION = path.join(DATA, 'population/bns-population-by-region-source.xlsx');

export interface KzSets {
	national: Split[];
	regional: Split[];
	population: Split[];
	/** What each set is, for the output. */
	notes: Record<'national' | 'regional' | 'population', string>;
	buildSeconds: number;
}

function etl(db: string, args: string[]): void {
	try {
		execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['pipelines/cli.ts', ...args], {
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

/** Expanding-window splits of one annual series: train on the first o points, test the next ≤ h. */
export function expandingSplits(
	id: string,
	years: number[],
	values: number[],
	h = 3,
	minTrain = 6
): Split[] {
	const out: Split[] = [];
	for (let o = minTrain; o < values.length; o++)
		out.push({
			id: `${id}@${years[o - 1]}`,
			group: String(years[o - 1]),
			x: values.slice(0, o),
			xx: values.slice(o, o + h)
		});
	return out;
}

type Row = Record<string, unknown>;

export async function kzAnnual(): Promise<KzSets> {
	if (!fs.existsSync(POPULATION)) throw new Error(`bench data missing: ${POPULATION}`);
	const t0 = performance.now();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sarapshy-bench-'));
	const db = path.join(dir, 'warehouse.duckdb');
	try {
		etl(db, ['build-default']);
		etl(db, ['import', POPULATION]);
		const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
		const conn = await instance.connect();
		const rows = async (sql: string): Promise<Row[]> =>
			(await conn.runAndReadAll(sql)).getRowObjectsJS() as Row[];
		// national: one whole-year published figure per year, the first source (by id) when
		// several disagree (as the dashboard's nationalYearly does)
		const nat = await rows(`
			SELECT year(period_start)::INTEGER AS year, arg_min(value, id) AS value
			FROM published_figure
			WHERE indicator = 'registered_criminal_offences' AND region_code = 'KZ'
			  AND month(period_start) = 1 AND day(period_start) = 1
			  AND month(period_end) = 12 AND day(period_end) = 31
			  AND year(period_start) = year(period_end)
			GROUP BY 1 ORDER BY 1`);
		const reg = await rows(`
			SELECT region_code, year::INTEGER AS year, registered_all::DOUBLE AS value,
			       synthetic
			FROM v_registered_offences
			WHERE month_to = 12 AND region_code <> 'KZ' AND registered_all IS NOT NULL
			ORDER BY region_code, year`);
		const pop = await rows(`
			SELECT region_code, year::INTEGER AS year, population_start::DOUBLE AS value
			FROM v_population
			WHERE sex = 'all' AND NOT synthetic AND population_start IS NOT NULL
			ORDER BY region_code, year`);
		conn.closeSync();
		instance.closeSync();
		if (nat.length < 7)
			throw new Error(`warehouse: only ${nat.length} national whole-year figures found`);
		if (!reg.every((r) => r.synthetic === true))
			throw new Error('warehouse: regional annual series expected to be the synthetic demo panel');
		if (pop.length === 0) throw new Error('warehouse: no real population rows after the import');
		const national = expandingSplits(
			'KZ registered offences',
			nat.map((r) => Number(r.year)),
			nat.map((r) => Number(r.value))
		);
		const byRegion = (rs: Row[]) => {
			const m = new Map<string, { years: number[]; values: number[] }>();
			for (const r of rs) {
				const s = m.get(String(r.region_code)) ?? { years: [], values: [] };
				s.years.push(Number(r.year));
				s.values.push(Number(r.value));
				m.set(String(r.region_code), s);
			}
			return m;
		};
		const regional: Split[] = [];
		for (const [code, s] of byRegion(reg)) {
			// a region's own consecutive years only (regions created in 2018/2022 start then)
			if (s.years.some((y, i) => i > 0 && y !== s.years[i - 1] + 1))
				throw new Error(`warehouse: ${code} has a gap in its synthetic years`);
			regional.push(...expandingSplits(code, s.years, s.values));
		}
		const population: Split[] = [];
		for (const [code, s] of byRegion(pop))
			for (const origin of [2017, 2018, 2019, 2020]) {
				const i = s.years.indexOf(origin);
				if (i < 9 || i + 3 >= s.years.length) continue;
				if (s.years[i - 9] !== origin - 9 || s.years[i + 3] !== origin + 3) continue;
				population.push({
					id: `${code}@${origin}`,
					group: String(origin),
					x: s.values.slice(i - 9, i + 1),
					xx: s.values.slice(i + 1, i + 4)
				});
			}
		return {
			national,
			regional,
			population,
			notes: {
				national: `published national registered criminal offences, whole years ${nat[0].year}–${nat[nat.length - 1].year} (data/published, first source per year)`,
				regional:
					'SYNTHETIC: registered offences (R1-1 row 1) by region from the demo panel (data/demo) — invented numbers calibrated to the national totals, not official statistics',
				population:
					'BNS population by region, beginning of year (bns-population-by-region-source.xlsx imported into the warehouse), last 10 years before 2017…2020'
			},
			buildSeconds: (performance.now() - t0) / 1000
		};
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}
