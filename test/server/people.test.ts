/**
 * The offenders-and-victims datasets on the warehouse built from real files only
 * (test/server/real-warehouse.ts: the 16 regional Form 1-M workbooks of 2022, population …).
 * Expected figures read by hand from ../shared/data/qamqor/form-1m/2022/Astana.XLSX (title
 * «1-M  Астана (Свод)», KZ-71), row 1 «Всего правонарушений» = sheet row 7, row code 1 in D7,
 * and cross-checked with `npm run etl -- cell 1-M KZ-71 2022 <section> 1 <графа>`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realWarehouse } from './real-warehouse';
import { translator } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';
import type { Dataset, Row } from '../../src/lib/dataset';
import { PEOPLE_DATASETS } from '../../src/lib/server/datasets/people';

let datasets: typeof import('../../src/lib/server/datasets');
let query: typeof import('../../src/lib/server/db').query;

beforeAll(async () => {
	process.env.SARAPSHY_DB = realWarehouse();
	datasets = await import('../../src/lib/server/datasets');
	query = (await import('../../src/lib/server/db')).query;
}, 600_000);

const q = (s = '') => parseViewQuery(new URLSearchParams(s));
const ru = translator('ru');
const build = async (id: string, s: string, tr = ru) =>
	(await datasets.DATASETS[id](q(s), tr)) as Dataset;
const row = (ds: Dataset, ref: string): Row => {
	const r = ds.rows.find((x) => x.ref === ref);
	if (!r) throw new Error(`${ds.id}: no row ${ref} in ${ds.rows.map((x) => x.ref).join(', ')}`);
	return r;
};
/** Mean 2022 population of KZ-71 (Bureau file through v_population), by sex. */
const population = async (sex: string) =>
	(
		await query<{ p: number }>(
			`SELECT population_mean AS p FROM v_population WHERE region_code = 'KZ-71' AND year = 2022 AND sex = $1`,
			[sex]
		)
	)[0].p;

describe('people-victims (R3-1, persons) for Astana 2022', () => {
	it('shows the workbook cells, their shares and rates per 10,000', async () => {
		const ds = await build('people-victims', 'region=KZ-71&period=2022');
		// Astana.XLSX, sheet R3-1, row 1: E7 графа 1 = 13967 victims; T7 графа 16 = 6718 women;
		// U7 графа 17 = 137 minors; F7 графа 2 = 13484 citizens of RK; O7 графа 11 = 3248 aged 21–29.
		expect(row(ds, 'R3-1 гр. 1').value).toBe(13967);
		expect(row(ds, 'R3-1 гр. 16')).toMatchObject({ category: 'Женщины', value: 6718 });
		expect(row(ds, 'R3-1 гр. 17').value).toBe(137);
		expect(row(ds, 'R3-1 гр. 2').value).toBe(13484);
		expect(row(ds, 'R3-1 гр. 11')).toMatchObject({ category: '21–29 лет', value: 3248 });
		// Men are computed, and say so: 13967 − 6718.
		expect(row(ds, 'R3-1 гр. 1 − 16').value).toBe(13967 - 6718);
		expect(row(ds, 'R3-1 гр. 16').share).toBeCloseTo((6718 / 13967) * 100, 6);
		// Women per 10,000 women; all others per 10,000 residents.
		expect(row(ds, 'R3-1 гр. 16').rate).toBeCloseTo(
			(6718 * 10_000) / (await population('female')),
			6
		);
		expect(row(ds, 'R3-1 гр. 17').rate).toBeCloseTo((137 * 10_000) / (await population('all')), 6);
		expect(ds.source.forms).toEqual(['1-M', 'population']);
		expect(ds.note).toContain('среднегодовой численности');
	});

	it('puts the country beside it as the sum of the 16 regional workbooks, and says so', async () => {
		const ds = await build('people-victims', 'region=KZ-71&period=2022');
		// Sheet R3-1, E7 of the 16 workbooks of 2022 summed by hand (openpyxl): 90887.
		expect(row(ds, 'R3-1 гр. 1').country_value).toBe(90887);
		expect(ds.coverage).toHaveLength(1);
		expect(ds.coverage![0]).toMatchObject({ period: '2022', regions: 16, of: 20 });
		// No 2022 workbook for Jetisu, Turkistan, Ulytau and Almaty city.
		expect(ds.coverage![0].missing).toEqual(['KZ-33', 'KZ-61', 'KZ-62', 'KZ-75']);
		// The chart compares shares, region against the country, without the 100 % total.
		expect(ds.chart).toMatchObject({ kind: 'groupedBars', value: 'value', group: 'who' });
		expect(ds.chartRows!.some((r) => r.category === 'Всего жертв (лиц)')).toBe(false);
		expect(new Set(ds.chartRows!.map((r) => r.who))).toEqual(new Set(['г. Астана', 'Республика']));
	});
});

describe('people-victims-r3 (R3, victims per offence) for Astana 2022', () => {
	it('shows the workbook cells and no shares', async () => {
		const ds = await build('people-victims-r3', 'region=KZ-71&period=2022');
		// Astana.XLSX, sheet R3, row 1: E7 графа 1 = 14169 offences against individuals;
		// F7 графа 2 = 7011 women; G7 графа 3 = 93 minors; AC7 графа 25 = 1136 offences against
		// legal entities; AD7 графа 26 = 71 offences causing the victim's death.
		expect(row(ds, 'R3 гр. 1').value).toBe(14169);
		expect(row(ds, 'R3 гр. 2')).toMatchObject({ category: 'Женщины', value: 7011, share: null });
		expect(row(ds, 'R3 гр. 3').value).toBe(93);
		expect(row(ds, 'R3 гр. 25').value).toBe(1136);
		expect(row(ds, 'R3 гр. 26').value).toBe(71);
		expect(ds.chart).toMatchObject({ kind: 'groupedBars', xLabel: ru.t('ind.rate') });
	});
});

describe('people-offenders (R6) for Astana 2022', () => {
	it('shows the workbook cells, shares of all offenders and the country', async () => {
		const ds = await build('people-offenders', 'region=KZ-71&period=2022');
		// Astana.XLSX, sheet R6, row 1: E7 графа 1 = 5376 persons; M7 графа 9 = 710 women;
		// N7 графа 10 = 96 juveniles; S7 графа 15 = 2046 aged 21–29; J7 графа 6 = 5080 citizens of RK.
		expect(row(ds, 'R6 гр. 1').value).toBe(5376);
		expect(row(ds, 'R6 гр. 9')).toMatchObject({ value: 710 });
		expect(row(ds, 'R6 гр. 9').share).toBeCloseTo((710 / 5376) * 100, 6);
		expect(row(ds, 'R6 гр. 10').value).toBe(96);
		expect(row(ds, 'R6 гр. 15').value).toBe(2046);
		expect(row(ds, 'R6 гр. 6').value).toBe(5080);
		expect(row(ds, 'R6 гр. 1 − 9').value).toBe(5376 - 710);
		// Sheet R6, E7 of the 16 workbooks of 2022 summed by hand (openpyxl): 47761.
		expect(row(ds, 'R6 гр. 1').country_value).toBe(47761);
	});

	it('reads the state (R9), occupation (R7), place (R1) and deaths (R11) as shares', async () => {
		const [state, occ, place, deaths] = await Promise.all(
			['people-state', 'people-occupation', 'people-place', 'people-deaths'].map((id) =>
				build(id, 'region=KZ-71&period=2022')
			)
		);
		// Astana.XLSX, sheet R9, row 1: I7 графа 5 = 735 under alcohol; M7 графа 9 = 2796
		// previously offending — shares of R6 E7 = 5376.
		expect(row(state, 'R9 гр. 5').value).toBe(735);
		expect(row(state, 'R9 гр. 9').share).toBeCloseTo((2796 / 5376) * 100, 6);
		// Sheet R7, row 1: L7 графа 8 = 4344 unemployed.
		expect(row(occ, 'R7 гр. 8').value).toBe(4344);
		// Sheet R1, row 1: F7 графа 2 = 17144 registered; AD7 графа 26 = 5349 in public places.
		expect(row(place, 'R1 гр. 26').value).toBe(5349);
		expect(row(place, 'R1 гр. 26').share).toBeCloseTo((5349 / 17144) * 100, 6);
		// Sheet R11, row 1: F7 графа 2 = 37 crimes causing death; G7 графа 3 = 29 dead; H7 графа 4 = 9 women.
		expect(row(deaths, 'R11 гр. 3').value).toBe(29);
		expect(row(deaths, 'R11 гр. 4').share).toBeCloseTo((9 / 29) * 100, 6);
	});
});

describe('people-officials (R8) and people-juveniles (R10) for Astana 2022', () => {
	it('shows the workbook cells', async () => {
		const [off, juv] = await Promise.all(
			['people-officials', 'people-juveniles'].map((id) => build(id, 'region=KZ-71&period=2022'))
		);
		// Astana.XLSX, sheet R8, row 1: E7 графа 1 = 21 interior ministry staff.
		expect(row(off, 'R8 гр. 1').value).toBe(21);
		// Sheet R10, row 1: E7 графа 1 = 96 juveniles (= R6 N7 графа 10); F7 графа 2 = 14 girls.
		expect(row(juv, 'R10 гр. 1').value).toBe(96);
		expect(row(juv, 'R10 гр. 2').share).toBeCloseTo((14 / 96) * 100, 6);
	});
});

describe('the country alone and the languages', () => {
	it('shows only the country columns without a region, with its coverage', async () => {
		const ds = await build('people-offenders', 'period=2022');
		expect(ds.columns.map((c) => c.key)).toEqual([
			'category',
			'ref',
			'country_value',
			'country_share',
			'country_rate'
		]);
		expect(row(ds, 'R6 гр. 1').country_value).toBe(47761);
		expect(ds.coverage![0]).toMatchObject({ regions: 16, of: 20 });
	});

	it('names every category in Kazakh and English, and says the form’s labels are Russian', async () => {
		for (const lang of ['kk', 'en'] as const) {
			const tr = translator(lang);
			for (const id of PEOPLE_DATASETS) {
				const ds = await build(id, 'region=KZ-71&period=2022', tr);
				for (const r of ds.rows)
					expect(String(r.category), `${lang} ${id}`).not.toMatch(/people\.cat/);
				expect(ds.note).toContain(tr.t('people.labels_note'));
			}
		}
		const en = await build('people-victims', 'region=KZ-71&period=2022', translator('en'));
		// The form reference in the page's language too (en «col.», kk «баған»).
		expect(row(en, 'R3-1 col. 16').category).toBe('Women');
		const kk = await build('people-victims', 'region=KZ-71&period=2022', translator('kk'));
		expect(row(kk, 'R3-1 баған 16').value).toBe(6718);
	});

	it('refuses a period the warehouse does not hold, naming it', async () => {
		await expect(build('people-victims', 'region=KZ-71&period=2021')).rejects.toThrow(
			/period 2021 is not in the warehouse/
		);
	});
});
