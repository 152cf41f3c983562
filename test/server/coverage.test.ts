/**
 * Coverage of national sums and findings marks (issue 13, items 3 and 7) on a warehouse built
 * from real files only (test/server/real-warehouse.ts). Figures checked by hand:
 *  - ../shared/data/qamqor/form-1m/2022 holds 16 workbooks; sheet R1-1, row code 1 (D7),
 *    графа 1 (E7) summed over them = 111,288 (Astana 17,144, Almaty Region 12,571, … Akmola
 *    5,317). No workbook for г. Алматы (KZ-75), Туркестанская область (KZ-61), область Улытау
 *    (KZ-62), Жетысуская область (KZ-33): 16 of the 20 regions that exist since June 2022.
 *  - data/published/kz-published-figures.csv, id kzpf-207 (line 208): registered criminal
 *    offences, KZ, 2022-01-01…2022-12-31, 157,473, astanatimes.com (the rounded 157,500 of
 *    kzpf-208/209 is not preferred).
 *  - Akmola Region.XLSX, sheet R1-1: row code 3 (E9) = 4,535 while rows 4–7 (E10:E13) give
 *    610 + 2,668 + 1,161 + 95 = 4,534 — the control sum R1-1.row3=row4+5+6+7 fails in графы
 *    1, 2, 3, 4 and 14 (5 findings in R1-1; 3 more in R1). Shymkent's 7 findings are in PRIL11.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsvRows } from './spreadsheet-formula';
import { realWarehouse } from './real-warehouse';
import { translator, type Lang } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';
import { formatCoverage } from '../../src/lib/charts';
import type { Dataset } from '../../src/lib/dataset';
import { formatCell } from '../../src/lib/cell-format';
import { coverageOf, mergeRuns, regionsOf } from '../../src/lib/server/datasets/coverage';

let DATASETS: typeof import('../../src/lib/server/datasets').DATASETS;
let exportsOf: (ds: Dataset, lang: Lang) => Promise<Record<string, string>>;

beforeAll(async () => {
	process.env.SARAPSHY_DB = realWarehouse();
	({ DATASETS } = await import('../../src/lib/server/datasets'));
	const api = await import('../../src/lib/server/api');
	exportsOf = async (ds, lang) => {
		const body = async (f: 'json' | 'csv' | 'xlsx' | 'svg') =>
			api.datasetResponse(ds, f, lang, 10_000);
		const xlsx = new Uint8Array(await (await body('xlsx')).arrayBuffer());
		return {
			json: await (await body('json')).text(),
			csv: await (await body('csv')).text(),
			xlsx: strFromU8(unzipSync(xlsx)['xl/worksheets/sheet1.xml']),
			svg: ds.chart ? await (await body('svg')).text() : ''
		};
	};
}, 600_000);

const q = (s = '') => parseViewQuery(new URLSearchParams(s));
const build = async (id: string, s: string, lang: Lang = 'ru') =>
	(await DATASETS[id](q(s), translator(lang)))!;

const MISSING = ['KZ-33', 'KZ-61', 'KZ-62', 'KZ-75'];

/** The mark of Akmola's 5 R1-1 findings of 2022 (see the header), linking to them on /data. */
const AKMOLA_R1_1 = {
	section: 'R1-1',
	period: '2022',
	regions: ['KZ-11'],
	count: 5,
	href: '/data?period=2022&section=R1-1&region=KZ-11#data-findings'
};

describe('coverage of the national sum, 2022', () => {
	it('is a field of the overview KPIs: 16 of 20 regions, the four missing, 157,473 beside', async () => {
		const ds = await build('overview-kpis', 'period=2022');
		expect(ds.coverage).toHaveLength(1);
		const [c] = ds.coverage!;
		expect(c).toMatchObject({ period: '2022', regions: 16, of: 20, missing: MISSING });
		expect(c.published[0]).toMatchObject({ id: 'kzpf-207', value: 157473 });
		expect(c.published[0].url).toContain('astanatimes.com');
		const all = ds.rows.find((r) => r.key === 'all')!;
		expect(all.value).toBe(111288);
		expect(all.published).toBe(157473);
	});

	it.each([
		[
			'ru' as const,
			'Республика Казахстан, 2022: сумма 16 из 20 регионов; не загружены: Жетысуская область, Туркестанская область, область Улытау, г. Алматы.',
			'Опубликованный итог по республике: Всего уголовных правонарушений 157 473'
		],
		[
			'kk' as const,
			'Қазақстан Республикасы, 2022: 20 өңірдің 16 өңірінің сомасы; жүктелмегендер: Жетісу облысы, Түркістан облысы, Ұлытау облысы, Алматы.',
			'Республика бойынша жарияланған жиынтық: '
		],
		[
			'en' as const,
			'Republic of Kazakhstan, 2022: sum of 16 of 20 regions; not imported: Jetisu Region, Turkistan Region, Ulytau Region, Almaty.',
			'Published republic figure: All registered criminal offences 157,473'
		]
	])('is worded in %s in the caption and every export', async (lang, sentence, published) => {
		const ds = await build('overview-structure', 'period=2022', lang);
		const line = formatCoverage(ds.coverage![0], translator(lang));
		// Intl groups thousands with a (narrow) no-break space in ru and kk.
		const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
		expect(plain(line)).toContain(sentence);
		expect(plain(line)).toContain(published);
		const out = await exportsOf(ds, lang);
		// One `# ` line of the CSV, parsed as CSV (it is quoted: the line holds commas).
		expect(parseCsvRows(out.csv, ',')).toContainEqual([`# ${line}`]);
		expect(out.xlsx).toContain(line.replace(/&/g, '&amp;'));
		// The SVG caption wraps long lines: every word of the sentence is there.
		for (const word of ['16', '20', ...MISSING.map((c) => translator(lang).region(c))])
			expect(out.svg).toContain(word);
		const json = JSON.parse(out.json);
		expect(json.coverage[0]).toMatchObject({ regions: 16, of: 20, missing: MISSING });
	});

	it('is named on every panel that sums regions, and on none that does not', async () => {
		for (const [id, s] of [
			['overview-kpis', 'period=2022'],
			['overview-severity', 'period=2022'],
			['overview-trend', ''],
			['overview-structure', 'period=2022'],
			['regions-indicator', 'period=2022'],
			['profile-kpis', 'period=2022&region=KZ-11'],
			['profile-structure', 'period=2022&region=KZ-11'],
			['priorities-regions', 'period=2022'],
			['offences-table', 'period=2022'],
			['penitentiary-r5', 'period=2022'],
			['penitentiary-recidivism', 'period=2022'],
			// The national forecast of crimes is the same sum of Form 1-M (refused on one year: its
			// observed year stays in the table with the coverage). «All» is the published series.
			['forecast-series', 'series=crimes']
		]) {
			const ds = await build(id, s);
			expect(ds.coverage?.[0], id).toMatchObject({ regions: 16, of: 20, missing: MISSING });
		}
		for (const [id, s] of [
			['offences-table', 'period=2022&region=KZ-11'],
			['penitentiary-r5', 'period=2022&region=KZ-11'],
			['profile-dynamics', 'region=KZ-11'],
			['courts-articles', ''],
			['forecast-series', 'series=crimes&region=KZ-11']
		]) {
			expect((await build(id, s)).coverage, id).toBeUndefined();
		}
		// The articles that changed most against 2021 need 2021, which this warehouse lacks: the
		// panel has no rows and says only why (no coverage of figures it does not show).
		const changed = await build('overview-changed', 'period=2022');
		expect(changed.rows).toEqual([]);
		expect(changed.coverage).toBeUndefined();
		expect(changed.note).toBe('АППГ: в хранилище нет данных за 2021');
	});
});

describe('findings marked where the figure is', () => {
	it('marks the Akmola profile figures read from R1-1, linking to them on /data', async () => {
		const ds = await build('profile-kpis', 'period=2022&region=KZ-11');
		expect(ds.findings).toEqual([AKMOLA_R1_1]);
		const check = Object.fromEntries(ds.rows.map((r) => [r.key, r.check]));
		expect(check).toEqual({
			count: '⚑ R1-1',
			rate: '⚑ R1-1',
			change: '⚑ R1-1',
			grave_share: '⚑ R1-1',
			recidivism: null,
			juveniles: null,
			damage_recovery: null
		});
	});

	it('marks nothing on a profile whose findings are in a section it does not show', async () => {
		// Shymkent's findings are all PRIL11 (= R1 rows 6 + 7), a sheet the profile does not read.
		const ds = await build('profile-kpis', 'period=2022&region=KZ-79');
		expect(ds.findings).toBeUndefined();
		expect(ds.rows.every((r) => r.check === null)).toBe(true);
	});

	it('marks the overview figures: R1-1 of the summed regions has findings (Akmola)', async () => {
		const ds = await build('overview-kpis', 'period=2022');
		expect(ds.findings).toEqual([AKMOLA_R1_1]);
		expect(ds.rows.every((r) => r.check === '⚑ R1-1')).toBe(true);
	});

	it('lists on /data exactly the findings a mark links to', async () => {
		const ds = await build('data-findings', 'period=2022&section=R1-1&region=KZ-11');
		expect(ds.rows).toHaveLength(5);
		expect(new Set(ds.rows.map((r) => `${r.region} ${r.section} ${r.period}`))).toEqual(
			new Set(['KZ-11 R1-1 2022'])
		);
		// Графа 1: row 3 = 4,535, rows 4–7 = 4,534 (see the header).
		const g1 = ds.rows.find((r) => r.grafa === '1')!;
		expect([g1.expected, g1.found]).toEqual([4534, 4535]);
		expect(ds.note).toContain('R1-1');
		// Unfiltered, the Shymkent PRIL11 and the Akmola R1 findings are there too, and the one
		// published check that fails: founding-papers.csv fp-acquitted-2015-2022 states 4,947,
		// its yearly rows (lines 11–18) add up to 4,907.
		const every = await build('data-findings', '');
		expect(every.rows.length).toBe(16);
		expect(every.rows.filter((r) => r.rule === 'published.total≠sum')).toHaveLength(1);
	});

	it('says every finding in the page language, the stored English kept in message_en', async () => {
		// Akmola R1-1 графа 1 (sheet R1-1, cell E9 = 4,535; E10:E13 = 4,534), see the header.
		const ru = await build('data-findings', 'period=2022&section=R1-1&region=KZ-11');
		const g1 = ru.rows.find((r) => r.grafa === '1')!;
		expect(g1.message).toBe(
			'R1-1, строка 3, графа 1 (ячейка E9): 4\u00a0535, но R1-1, строки 4 + 5 + 6 + 7, графа 1 ' +
				'в сумме дают 4\u00a0534 (R1-1: преступления (строка 3) = небольшой + средней тяжести + ' +
				'тяжкие + особо тяжкие (строки 4–7)); сохранено как опубликовано'
		);
		expect(g1.message_en).toBe(
			'R1-1 row 3 графа 1 (cell E9) is 4,535, but R1-1 rows 4 + 5 + 6 + 7 графа 1 sum to 4,534 ' +
				'(R1-1: crimes (row 3) = minor + medium + grave + especially grave (rows 4–7)); kept as published'
		);
		expect(ru.columns.map((c) => c.key)).toContain('message_en');
		// Every one of the 16 real findings is rendered (none falls back to the English record):
		// Cyrillic, and none of the English sentence's words.
		const english =
			/\b(row|rows|cell|is|but|sum|to|kept|as|published|chapter|article|states|its|own|yearly|figures|difference|both|are|and|crimes)\b/;
		for (const lang of ['ru', 'kk'] as const) {
			const all = await build('data-findings', '', lang);
			expect(all.rows).toHaveLength(16);
			for (const r of all.rows) {
				expect(r.message, String(r.message_en)).not.toBe(r.message_en);
				expect(String(r.message)).toMatch(/[а-яё]/i);
				expect(String(r.message), String(r.message)).not.toMatch(english);
			}
		}
		// The founding paper's total (founding-papers.csv fp-acquitted-2015-2022: 4,947 against
		// 4,907 by its yearly rows 11–18), in Kazakh.
		const kk = await build('data-findings', '', 'kk');
		const paper = kk.rows.find((r) => r.rule === 'published.total≠sum')!;
		expect(paper.message).toContain('2015–2022 жылдардағы ақталған адамдар = 4\u00a0947');
		expect(paper.message).toContain('қосындысы 4\u00a0907 (айырмасы 40)');
		// In English the table has one message column: the stored sentence, which is the
		// English rendering of the same params (one wording).
		const en = await build('data-findings', 'period=2022&section=R1-1&region=KZ-11', 'en');
		expect(en.columns.map((c) => c.key)).not.toContain('message_en');
		expect(en.rows.find((r) => r.grafa === '1')!.message).toBe(g1.message_en);
		// Rendered from params in every language: no row is marked as shown in another language.
		for (const lang of ['ru', 'kk', 'en'] as const)
			expect((await build('data-findings', '', lang)).rows.map((r) => r.messageLang)).toEqual(
				Array(16).fill(null)
			);
		// The exports carry both: the CSV of the ru table has the Russian and the English column.
		const csv = parseCsvRows((await exportsOf(ru, 'ru')).csv, ',');
		expect(csv.some((row) => row.includes('Сообщение (исходное, англ.)'))).toBe(true);
		expect(
			csv.some((row) => row.includes(String(g1.message)) && row.includes(String(g1.message_en)))
		).toBe(true);
	});

	it('gives the page the findings without the stored English when asked (message_en=no)', async () => {
		const page = await build(
			'data-findings',
			'period=2022&section=R1-1&region=KZ-11&message_en=no'
		);
		expect(page.columns.map((c) => c.key)).not.toContain('message_en');
		expect(page.rows.every((r) => !('message_en' in r))).toBe(true);
		expect(page.rows.find((r) => r.grafa === '1')!.message).toContain('4\u00a0535');
		// The export link of that table does not carry it: downloads keep the English column.
		expect(page.query).not.toContain('message_en');
		await expect(build('data-findings', 'message_en=maybe')).rejects.toThrow(/message_en/);
	});

	it('shows each rule in words on the page; the exports keep the rule id', async () => {
		// Akmola R1-1 графа 1 breaks R1-1.row3=row4+5+6+7 (see the header).
		for (const [lang, words] of [
			['ru', 'Разд. 1-1: стр. 3 = стр. 4+5+6+7'],
			['kk', '1-1-бөлім: 3-жол = 4+5+6+7-жолдар'],
			['en', 'Section 1-1: row 3 = rows 4+5+6+7']
		] as const) {
			const ds = await build('data-findings', 'period=2022&section=R1-1&region=KZ-11', lang);
			const rule = ds.columns.find((c) => c.key === 'rule')!;
			const g1 = ds.rows.find((r) => r.grafa === '1')!;
			expect(g1.rule).toBe('R1-1.row3=row4+5+6+7');
			expect(formatCell(rule, g1.rule, translator(lang))).toBe(words);
			const files = await exportsOf(ds, lang);
			const csv = parseCsvRows(files.csv, ',');
			expect(csv.flat().filter((v) => v === 'R1-1.row3=row4+5+6+7')).toHaveLength(5);
			expect(csv.flat()).not.toContain(words);
			expect(files.xlsx).toContain('R1-1.row3=row4+5+6+7');
			expect(files.xlsx).not.toContain(words.replace(/</g, '&lt;'));
		}
		// Every rule of the 16 real findings has words, in each language.
		for (const lang of ['ru', 'kk', 'en'] as const) {
			const ds = await build('data-findings', '', lang);
			const rule = ds.columns.find((c) => c.key === 'rule')!;
			for (const r of ds.rows) expect(formatCell(rule, r.rule, translator(lang))).not.toBe(r.rule);
		}
	});
});

describe('the regions a period has (domain.md: 2018 and 2022 reforms)', () => {
	it('counts 16 before June 2018 (KZ-61 then South Kazakhstan), 17 until June 2022, 20 since', () => {
		expect(regionsOf('2017')).toHaveLength(16);
		expect(regionsOf('2017')).toContain('KZ-61');
		expect(regionsOf('2017')).not.toContain('KZ-79');
		expect(regionsOf('2021')).toHaveLength(17);
		expect(regionsOf('2021')).not.toContain('KZ-62');
		expect(regionsOf('2022')).toHaveLength(20);
		expect(regionsOf('2024-03')).toHaveLength(20);
	});

	it('names what a sum lacks, and reads a run of equal years as one range', () => {
		const all17 = regionsOf('2019');
		const years = ['2019', '2020', '2021'].map((p) => ({ ...coverageOf(all17, p), published: [] }));
		const y2022 = { ...coverageOf(regionsOf('2022').slice(0, 16), '2022'), published: [] };
		expect(y2022).toMatchObject({
			regions: 16,
			of: 20,
			missing: ['KZ-63', 'KZ-71', 'KZ-75', 'KZ-79']
		});
		expect(mergeRuns([...years, y2022]).map((c) => [c.period, c.regions, c.of])).toEqual([
			['2019–2021', 17, 17],
			['2022', 16, 20]
		]);
	});
});
