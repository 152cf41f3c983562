/**
 * /compare (issue 17 item 6) on the warehouse built from real files only
 * (test/server/real-warehouse.ts: Form 1-M 2022 for 16 of the 20 regions, the Bureau's
 * population). Figures checked by hand in the workbooks (cells read from the XLSX):
 *   ../shared/data/qamqor/form-1m/2022/Akmola Region.XLSX, sheet R1-1, row code 1 (sheet row 7),
 *     графа 1 (E7) = 5317 registered criminal offences; row code 3 (row 9) графа 1 (E9) = 4535.
 *   …/Abay Region.XLSX, sheet R1-1, row code 1 (row 7), графа 1 (E7) = 2474.
 *   The 16 workbooks' R1-1 row 1 графа 1 (E7) sum to 111 288 (Abay 2474, Akmola 5317, Aktobe
 *   6824, Almaty Region 12571, Astana 17144, Atyrau 4875, East Kazakhstan 7764, Karaganda 9771,
 *   Kostanay 7091, Kyzylorda 3164, Mangystau 3716, North Kazakhstan 4583, Pavlodar 5022,
 *   Shymkent 9791, West Kazakhstan 5908, Jambyl 5273).
 *   ../shared/data/population/bns-population-by-region-source.xlsx, sheet «Все население»:
 *     Akmola row 4, X4 (2022) = 785708, Y4 (2023) = 788023 → mean 786865.5 → rate
 *     5317 / 786865.5 × 10 000 = 67.5719…; Abai row 3, X3 = 611888, Y3 = 610205 → 40.4879….
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realWarehouse } from './real-warehouse';
import { translator } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';

let datasets: typeof import('../../src/lib/server/datasets');

beforeAll(async () => {
	process.env.SARAPSHY_DB = realWarehouse();
	datasets = await import('../../src/lib/server/datasets');
}, 600_000);

const q = (s = '') => parseViewQuery(new URLSearchParams(s));
const ru = translator('ru');
const build = (s: string, tr = ru) => datasets.DATASETS['compare'](q(s), tr);

describe('compare on the real 2022 warehouse', () => {
	it('reads the counts of the chosen regions and the country as in the workbooks', async () => {
		const ds = (await build('regions=KZ-11,KZ-10&indicator=count'))!;
		const v = (code: string) => ds.rows.find((r) => r.code === code && r.period === '2022');
		expect(v('KZ-11')).toMatchObject({ value: 5317, status: 'real', coverage: 'данные формы' });
		expect(v('KZ-10')).toMatchObject({ value: 2474, status: 'real' });
		// No republic workbook: the country is the sum of the 16 regions held, and says so.
		expect(v('KZ')).toMatchObject({
			value: 111288,
			status: 'sum',
			coverage: 'сумма 16 из 20 регионов'
		});
		expect(ds.coverage).toEqual([expect.objectContaining({ period: '2022', regions: 16, of: 20 })]);
		expect(ds.source.synthetic).toBe(false);
		expect(ds.source.forms).toEqual(['1-M']);
	});

	it('one year: bars of the year and a sentence instead of a one-point line', async () => {
		const ds = (await build('regions=KZ-11,KZ-75'))!;
		expect(ds.chart).toMatchObject({ kind: 'barRanking', highlight: 'isCountry' });
		expect(ds.note).toContain('В хранилище один год (2022)');
		// г. Алматы has no 2022 workbook in ../shared/data: no value, no zero, and a note.
		const almaty = ds.rows.find((r) => r.code === 'KZ-75')!;
		expect(almaty).toMatchObject({ value: null, status: 'no_workbook' });
		expect(ds.note).toContain('г. Алматы: нет значений за 2022 (нет рабочей книги)');
		expect(ds.chartRows!.find((r) => r.code === 'KZ-75')!.value).toBeNull();
	});

	it('computes the rate per 10,000 mean residents (Bureau population)', async () => {
		const ds = (await build('regions=KZ-11,KZ-10'))!;
		const v = (code: string) => ds.rows.find((r) => r.code === code)!.value as number;
		expect(v('KZ-11')).toBeCloseTo((5317 / ((785708 + 788023) / 2)) * 1e4, 9);
		expect(v('KZ-10')).toBeCloseTo((2474 / ((611888 + 610205) / 2)) * 1e4, 9);
		expect(ds.source.forms).toEqual(['1-M', 'population']);
		expect(ds.note).toContain('Коэффициент республики, пока она — сумма регионов');
	});

	it('follows the offence group: crimes read R1-1 row 3', async () => {
		const ds = (await build('regions=KZ-11&indicator=count&group=crimes'))!;
		expect(ds.rows.find((r) => r.code === 'KZ-11')!.value).toBe(4535);
		expect(ds.title).toBe('Количество: Преступления — 2022');
	});

	it('a range without years is an empty panel that says so', async () => {
		const ds = (await build('regions=KZ-11&from=2015&to=2016'))!;
		expect(ds.rows).toEqual([]);
		expect(ds.chart).toBeUndefined();
	});
});

describe('compare parameters', () => {
	it('refuses a sixth region, naming the limit', () => {
		expect(() => q('regions=KZ-11,KZ-15,KZ-19,KZ-23,KZ-27,KZ-31')).toThrow(
			/regions: at most 5 regions can be compared at once \(6 given\); remove 1/
		);
	});

	it('refuses unknown and repeated codes, indicators other than count and rate, from after to', async () => {
		expect(() => q('regions=KZ-11,KZ-99')).toThrow(/KZ-99 is not a region code/);
		expect(() => q('regions=KZ-11,KZ-11')).toThrow(/KZ-11 is listed twice/);
		await expect(build('regions=KZ-11&indicator=change')).rejects.toThrow(
			/indicator must be count or rate on compare/
		);
		await expect(build('from=2022&to=2018')).rejects.toThrow(/from \(2022\) must not be after to/);
	});

	it('the dataset query reproduces the view (the permalink of the API)', async () => {
		const ds = (await build('regions=KZ-75,KZ-11&indicator=count&from=2020'))!;
		expect(new URLSearchParams(ds.query).get('regions')).toBe('KZ-75,KZ-11');
		expect(q(ds.query.slice(1))).toMatchObject({
			regions: ['KZ-75', 'KZ-11'],
			indicator: 'count',
			from: 2020
		});
	});
});
