/**
 * The typed views on small invented data: demo hidden where a real import exists for the same
 * form/region/period, registered offences pivot, de-cumulation, mean population and rates.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addSource, all, tempWarehouse, type TempWarehouse } from '../validate/fixture.ts';

let wh: TempWarehouse;
afterEach(() => wh?.dispose());

const r11 = (v: number) => [{ section: 'R1-1', code: '1', values: [v] }];

describe('v_form_cell', () => {
	it('shows the demo only where no real source exists for the same form, region and period', async () => {
		wh = await tempWarehouse();
		await addSource(
			wh,
			{ sha: 'demo', form: '1-M', region: 'KZ-11', period: '2022', synthetic: true },
			r11(999)
		);
		await addSource(
			wh,
			{ sha: 'demo2', form: '1-M', region: 'KZ-15', period: '2022', synthetic: true },
			r11(888)
		);
		await addSource(wh, { sha: 'real', form: '1-M', region: 'KZ-11', period: '2022' }, r11(5317));
		const rows = await all<{ region_code: string; value: number; synthetic: boolean }>(
			wh,
			`SELECT region_code, value, synthetic FROM v_form_cell ORDER BY region_code`
		);
		expect(rows).toEqual([
			{ region_code: 'KZ-11', value: 5317, synthetic: false },
			{ region_code: 'KZ-15', value: 888, synthetic: true }
		]);
	});
});

describe('v_registered_offences and v_monthly', () => {
	it('pivots R1-1 графа 1 and de-cumulates consecutive reports', async () => {
		wh = await tempWarehouse();
		await addSource(wh, { sha: 'j', form: '1-M', region: 'KZ-11', period: '2023-01' }, r11(40));
		await addSource(wh, { sha: 'f', form: '1-M', region: 'KZ-11', period: '2023-02' }, r11(90));
		await addSource(wh, { sha: 'a', form: '1-M', region: 'KZ-11', period: '2023-04' }, r11(200));
		const reg = await all<{ period: string; month_to: number; registered_all: number }>(
			wh,
			`SELECT period, month_to, registered_all FROM v_registered_offences ORDER BY month_to`
		);
		expect(reg).toEqual([
			{ period: '2023-01', month_to: 1, registered_all: 40 },
			{ period: '2023-02', month_to: 2, registered_all: 90 },
			{ period: '2023-04', month_to: 4, registered_all: 200 }
		]);
		const m = await all<{
			period: string;
			month_from: number;
			month_to: number;
			decumulated: number;
		}>(wh, `SELECT period, month_from, month_to, decumulated FROM v_monthly ORDER BY month_to`);
		// March is missing: the April report's difference covers March and April.
		expect(m).toEqual([
			{ period: '2023-01', month_from: 1, month_to: 1, decumulated: 40 },
			{ period: '2023-02', month_from: 2, month_to: 2, decumulated: 50 },
			{ period: '2023-04', month_from: 3, month_to: 4, decumulated: 110 }
		]);
	});
});

describe('v_population and v_rates', () => {
	it('takes the mean of two consecutive 1 January populations and rates per 10,000', async () => {
		wh = await tempWarehouse();
		await wh.conn
			.run(`INSERT INTO source_file (sha256, original_name, form, imported_at, status, synthetic)
			VALUES ('p', 'pop.xlsx', 'population', now()::TIMESTAMP, 'imported', false),
			       ('demo-pop', 'demo', 'population', now()::TIMESTAMP, 'imported', true)`);
		await wh.conn.run(`INSERT INTO population VALUES
			('KZ-11', 2022, 'all', 700000, 'Акмолинская', 'p', 'all', 'B2'),
			('KZ-11', 2023, 'all', 740000, 'Акмолинская', 'p', 'all', 'C2'),
			('KZ-11', 2021, 'all', NULL, 'Акмолинская', 'p', 'all', 'A2'),
			('KZ-11', 2022, 'all', 1, 'demo', 'demo-pop', 'all', 'x'),
			('KZ-15', 2022, 'all', 2, 'demo', 'demo-pop', 'all', 'x')`);
		await addSource(wh, { sha: 'y', form: '1-M', region: 'KZ-11', period: '2022' }, r11(7200));
		const pop = await all<{ year: number; population_mean: number | null }>(
			wh,
			`SELECT year, population_mean FROM v_population WHERE region_code = 'KZ-11' ORDER BY year`
		);
		// the demo's 2022 figure for KZ-11 is hidden by the real one; KZ-15 keeps its demo row
		expect(pop).toEqual([
			{ year: 2021, population_mean: null },
			{ year: 2022, population_mean: 720000 },
			{ year: 2023, population_mean: null }
		]);
		const demo = await all<{ region_code: string; synthetic: boolean }>(
			wh,
			`SELECT region_code, synthetic FROM v_population WHERE population_start < 10`
		);
		expect(demo).toEqual([{ region_code: 'KZ-15', synthetic: true }]);
		const rates = await all<{ year: number; registered_per_10k: number; synthetic: boolean }>(
			wh,
			`SELECT year, registered_per_10k, synthetic FROM v_rates`
		);
		expect(rates).toEqual([{ year: 2022, registered_per_10k: 100, synthetic: false }]);
	});
});
