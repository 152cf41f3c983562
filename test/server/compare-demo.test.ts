/**
 * /compare (issue 17 item 6) on the embedded default warehouse (`build-default`: the seeded
 * synthetic demo, 2015–2025, and the published figures): a time chart of several years,
 * labelled synthetic, where regions that did not exist yet (Abai before 2022, Shymkent before
 * 2018) are gaps with a note — never zeros — and Turkistan before 2018 (South Kazakhstan, with
 * Shymkent) is a line of its own. The demo's figures are synthetic, so the test checks the
 * dataset against the warehouse's own R1-1 rows, not against a workbook.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';
import { onDemoWarehouse } from './demo-warehouse.ts';

const demo = onDemoWarehouse('sarapshy-compare-demo-');
let registered: typeof import('../../src/lib/server/queries/registered-offences');

// after the demo warehouse's beforeAll (hooks run in order): the queries open that warehouse
beforeAll(async () => {
	registered = await import('../../src/lib/server/queries/registered-offences');
});

const build = (s: string, lang: 'ru' | 'en' = 'en') =>
	demo.datasets().DATASETS['compare'](parseViewQuery(new URLSearchParams(s)), translator(lang));

describe('compare on the synthetic demo', () => {
	it('draws one line per territory over the years, marked synthetic', async () => {
		const ds = (await build('regions=KZ-11,KZ-75&indicator=count'))!;
		expect(ds.chart).toMatchObject({ kind: 'timeSeries', series: 'series', color: 'region' });
		expect(ds.source.synthetic).toBe(true);
		const held = (await registered.registeredOffences()).filter((r) => !r.period.includes('-'));
		const akm2020 = held.find((r) => r.region === 'KZ-11' && r.period === '2020')!;
		const row = ds.rows.find((r) => r.code === 'KZ-11' && r.period === '2020')!;
		expect(row).toMatchObject({
			value: akm2020.all,
			status: 'synthetic',
			coverage: 'synthetic data'
		});
		expect(new Set(ds.chartRows!.map((r) => r.region))).toEqual(
			new Set(['Akmola Region', 'Almaty', 'Republic of Kazakhstan'])
		);
		// The demo's country is a sum of its synthetic regions, and its coverage says both.
		expect(ds.rows.find((r) => r.code === 'KZ' && r.period === '2023')!.coverage).toBe(
			'synthetic data, sum of 20 of 20 regions'
		);
		expect(ds.title).toMatch(/^Count: All registered criminal offences — 2015–2025$/);
	});

	it('leaves years before a region existed as gaps with a note, never zeros', async () => {
		const ds = (await build('regions=KZ-10,KZ-79&indicator=count', 'ru'))!;
		const abai = ds.rows.filter((r) => r.code === 'KZ-10');
		const before = abai.filter((r) => Number(r.period) < 2022);
		expect(before.length).toBeGreaterThan(0);
		for (const r of before) expect(r).toMatchObject({ value: null, status: 'absent' });
		expect(
			abai.filter((r) => typeof r.value === 'number' && r.value > 0).map((r) => r.period)
		).toEqual(['2022', '2023', '2024', '2025']);
		// The chart draws only values: no point of Abai before 2022, no zero anywhere.
		expect(ds.chartRows!.filter((r) => r.code === 'KZ-10').map((r) => r.period)).toEqual([
			'2022',
			'2023',
			'2024',
			'2025'
		]);
		expect(ds.chartRows!.some((r) => r.value === 0)).toBe(false);
		expect(ds.note).toContain(
			'Абайская область: нет значений за 2015–2021 (региона ещё не было) — на графике разрыв, а не ноль.'
		);
		expect(ds.note).toContain('г. Шымкент: нет значений за 2015–2017 (региона ещё не было)');
	});

	it('breaks Turkistan at 2018: before it is South Kazakhstan, a line of its own', async () => {
		const ds = (await build('regions=KZ-61&indicator=count'))!;
		const series = (p: string) => ds.chartRows!.find((r) => r.code === 'KZ-61' && r.period === p)!;
		expect(series('2017').series).toBe('Turkistan Region (before 2018, former borders)');
		expect(series('2019').series).toBe('Turkistan Region');
		// One colour (and legend entry) for both lines.
		expect(series('2017').region).toBe(series('2019').region);
		expect(ds.rows.find((r) => r.code === 'KZ-61' && r.period === '2017')!.coverage).toBe(
			'synthetic data, in its former borders'
		);
		expect(ds.note).toContain('Turkistan Region: ');
	});

	it('a range of years narrows the chart and its source line', async () => {
		const ds = (await build('regions=KZ-11&from=2019&to=2021'))!;
		expect([...new Set(ds.rows.map((r) => r.period))]).toEqual(['2019', '2020', '2021']);
		expect(ds.source.period).toBe('2019–2021');
		// Three years of the same coverage read as one range (no published figure per year).
		expect(ds.coverage).toEqual([
			{ period: '2019–2021', regions: 17, of: 17, missing: [], published: [] }
		]);
	});
});
