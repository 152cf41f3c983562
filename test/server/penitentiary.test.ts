/**
 * The /penitentiary datasets on the real-only warehouse (test/server/real-warehouse.ts: the 16
 * regional Form 1-M workbooks of 2022, population, courts, data/published/kz-published-figures.csv).
 *
 * Figures checked by hand in ../shared/data/qamqor/form-1m/2022/*.XLSX, sheet R5 (графы row 6:
 * E = графа 1, F = графа 2 … N = графа 10), read with a zip/XML reader of our own outside the
 * project and with `npm run etl -- cell 1-M KZ-59 2022 R5 105 2`:
 *  - row 1 (sheet row 7), F7 summed over the 16 files = 194: West Kazakhstan 82, North
 *    Kazakhstan 59, Zhambyl 10, Akmola 7, Astana 6, Aktobe 5, Almaty Region 5, East Kazakhstan
 *    5, Karagandy 3, Kyzylorda 3, Pavlodar 3, Kostanay 2, Mangystau 2, Shymkent 2, Abai 0,
 *    Atyrau 0. N7 (графа 10, probation services) summed = 137; G7…M7 (графы 3–9) = 12.
 *  - theft, art. 188: row 105, F111 = 64 (West Kazakhstan 35, North Kazakhstan 25, Akmola 2,
 *    Astana 1, Mangystau 1); North-Kazakhstan Region.XLSX F111 = 25.
 *  - art. 429 threats to an institution's officer: row 366, F372 = 7 (Zhambyl 5, Pavlodar 2).
 *  - art. 427 evasion of a sentence of imprisonment: row 364, F370 = 6 (Almaty Region 4,
 *    Akmola 1, East Kazakhstan 1).
 *  - art. 367 giving a bribe: row 298, F304 = 4 (Karagandy, Mangystau, North Kazakhstan,
 *    Zhambyl, 1 each).
 * Published: kz-published-figures.csv kzpf-153 (line 154), prison population 2018 = 30,798
 * (astanatimes.com); population of the republic on 1 January 2018 = 18,157,337 and 2019 =
 * 18,395,567 (bns-population-by-region-source.xlsx, as the warehouse's `population` holds it).
 * No prison population is published for 2022 in either CSV.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realWarehouse } from './real-warehouse';
import { translator, type Lang } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';
import type { Dataset } from '../../src/lib/dataset';

let DATASETS: typeof import('../../src/lib/server/datasets').DATASETS;

beforeAll(async () => {
	process.env.SARAPSHY_DB = realWarehouse();
	({ DATASETS } = await import('../../src/lib/server/datasets'));
}, 600_000);

const build = async (id: string, query = '', lang: Lang = 'ru'): Promise<Dataset> =>
	(await DATASETS[id](parseViewQuery(new URLSearchParams(query)), translator(lang)))!;

describe('penitentiary-articles: R5 by chapter and article', () => {
	it('sums the 16 regions of 2022 per article row, as the workbooks have them', async () => {
		const ds = await build('penitentiary-articles', 'period=2022');
		const byArticle = (a: string) => ds.rows.find((r) => r.article === a && !r.isChapter);
		expect(byArticle('188')).toMatchObject({ row: '105', label: 'Кража (ст.188)', registered: 64 });
		expect(byArticle('429')).toMatchObject({ row: '366', registered: 7 });
		expect(byArticle('427')).toMatchObject({ row: '364', registered: 6 });
		expect(byArticle('367')).toMatchObject({
			row: '298',
			label: 'Дача взятки (ст.367)',
			registered: 4
		});
		// Chapter rows add up to R5 row 1 (F7 = 194), the share's whole.
		const chapters = ds.rows.filter((r) => r.isChapter);
		expect(chapters.reduce((a, r) => a + Number(r.registered), 0)).toBe(194);
		expect(byArticle('188')!.share).toBeCloseTo((64 / 194) * 100, 6);
		// A national sum says which regions it holds.
		expect(ds.coverage).toEqual([
			expect.objectContaining({
				period: '2022',
				regions: 16,
				of: 20,
				missing: ['KZ-33', 'KZ-61', 'KZ-62', 'KZ-75']
			})
		]);
		expect(ds.rows.every((r) => Number(r.registered) > 0 || Number(r.probation) > 0)).toBe(true);
		expect(ds.source.forms).toEqual(['1-M']);
	});

	it('reads one region’s workbook with the region filter', async () => {
		const ds = await build('penitentiary-articles', 'period=2022&region=KZ-59');
		// North-Kazakhstan Region.XLSX, R5 F111 (row 105, графа 2) = 25.
		expect(ds.rows.find((r) => r.article === '188')!.registered).toBe(25);
		expect(ds.coverage).toBeUndefined();
	});

	it('translates chapter titles, keeps article names as in the form and says so once', async () => {
		const ds = await build('penitentiary-articles', 'period=2022', 'en');
		const ch6 = ds.rows.find((r) => r.row === '103')!;
		expect(ch6.label).toBe('Chapter 6. Criminal offences against property');
		expect(ds.rows.find((r) => r.article === '188')!.label).toBe('Кража (ст.188)');
		expect(ds.note!.match(/official language of the form/g)).toHaveLength(1);
	});
});

describe('penitentiary-r5: types of institution named in the page’s language', () => {
	it('names графы 3–12 from the glossary in kk and en, the form’s label in ru', async () => {
		const [ru, kk, en] = await Promise.all(
			(['ru', 'kk', 'en'] as const).map((l) => build('penitentiary-r5', 'period=2022', l))
		);
		const name = (ds: Dataset, g: string) => ds.rows.find((r) => r.grafa === g)!.institution;
		expect(name(ru, '10')).toBe('службы пробации');
		expect(name(kk, '10')).toBe('пробация қызметтері');
		expect(name(en, '10')).toBe('probation services');
		expect(name(en, '11')).toMatch(/temporary detention/);
		// N7 summed over the 16 workbooks.
		expect(en.rows.find((r) => r.grafa === '10')!.value).toBe(137);
		// No Russian label is left untranslated (Kazakh is Cyrillic too: compared, not pattern-matched).
		for (const ds of [kk, en])
			for (const r of ds.rows)
				expect(r.institution, String(r.grafa)).not.toBe(name(ru, String(r.grafa)));
	});
});

describe('penitentiary-rate: per 1,000 prisoners of the same year only', () => {
	it('computes no rate for 2022 (no prison population published for it) and says why', async () => {
		const ds = await build('penitentiary-rate', '', 'en');
		expect(ds.rows).toEqual([
			expect.objectContaining({
				year: 2022,
				registered: 194,
				institutions: 12,
				regions: '16 / 20',
				prisoners: null,
				rate: null
			})
		]);
		expect(ds.note).toContain('No prison population is published for 2022');
		// Nearest published: kzpf-157, 34,000 on 3 Nov 2021 (new.arasha.kz).
		expect(ds.note).toContain('34,000 (3 Nov 2021, new.arasha.kz)');
		expect(ds.coverage?.[0]).toMatchObject({ period: '2022', regions: 16, of: 20 });
		expect(ds.chart).toBeUndefined();
	});

	it('has no rate for a region: prisoners are published for the country only', async () => {
		const ds = await build('penitentiary-rate', 'region=KZ-59', 'ru');
		expect(ds.rows).toEqual([]);
		expect(ds.note).toMatch(/только по стране/);
	});
});

describe('penitentiary-trend and penitentiary-probation', () => {
	it('gives R5 per year: all, penal institutions, probation services', async () => {
		const ds = await build('penitentiary-trend');
		expect(ds.rows.map((r) => [r.year, r.value])).toEqual([
			[2022, 194],
			[2022, 12],
			[2022, 137]
		]);
		// One year: a sentence, not a chart of one dot.
		expect(ds.chart).toBeUndefined();
		expect(ds.note).toMatch(/один период \(2022\)/);
	});

	it('puts the published caseload beside R5 графа 10, the chart drawing the caseload only', async () => {
		const ds = await build('penitentiary-probation', '', 'en');
		const offences = ds.rows.filter((r) => String(r.measure).includes('column 10'));
		expect(offences).toEqual([expect.objectContaining({ date: '2022', value: 137 })]);
		// kzpf-170 (line 171): 12,300 in 2015; kzpf-172 (line 173): about 32,000 on 3 Nov 2021.
		const caseload = ds.rows.filter((r) => !String(r.measure).includes('column 10'));
		expect(caseload.map((r) => [r.date, r.value])).toEqual(
			expect.arrayContaining([
				['2015-12-31', 12300],
				['2021-11-03', 32000]
			])
		);
		expect(ds.chartRows!.every((r) => r.category === 'Registered with probation services')).toBe(
			true
		);
		expect(ds.source.forms).toEqual(['published', '1-M']);
	});
});

describe('penitentiary-prison: the prison population rate per 100,000', () => {
	it('divides by the mean population of the figure’s year', async () => {
		const ds = await build('penitentiary-prison');
		const y2018 = ds.rows.find((r) => r.value === 30798)!;
		expect(y2018.rate).toBeCloseTo((30798 / ((18157337 + 18395567) / 2)) * 100_000, 6);
		// Undated figures (kzpf-159 … 163) have no rate.
		expect(ds.rows.filter((r) => !r.date).every((r) => r.rate === null)).toBe(true);
		expect(ds.source.forms).toEqual(['published', 'population']);
	});
});
