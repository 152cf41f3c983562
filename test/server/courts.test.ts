/**
 * The courts view's datasets on a warehouse built from real files only
 * (test/server/real-warehouse.ts: 2022 forms, population, the court-outcomes CSV and both CSVs
 * of data/published). Figures checked by hand:
 *  - data/published/founding-papers.csv: fp-convicted-2015 (line 2) 31,603 and fp-convicted-2022
 *    (line 9) 27,061 convicted; fp-acquitted-2015 (line 11) 743 and fp-acquitted-2022 (line 18)
 *    379 acquitted; fp-acquitted-2015-2022 (line 19): the stated total 4,947, while lines 11–18
 *    add up to 4,907.
 *  - kz-published-figures.csv kzpf-021 (line 22): 12,904 convicted in January–June 2014
 *    (sud.gov.kz), a half year; kzpf-022 (line 23): 25,079 convicted in 2014 (strategy2050.kz);
 *    kzpf-017 (line 18): acquitted share 1.2 % with no period.
 *  - ../shared/data/population/bns-population-by-region-source.xlsx, sheet «Все население», row 2
 *    «Республика Казахстан»: Q2 (2015) 17,415,715, R2 (2016) 17,669,896, X2 (2022) 19,503,159,
 *    Y2 (2023) 19,766,807.
 *  - ../shared/data/courts/sexual-offences-court-outcomes-2016-2023.csv, year 2016: line 2
 *    «rape120» (art. 120), line 3 «try_rape121» (art. 121), line 5 «child_rape122» (art. 122),
 *    line 6 «chile_abuse124» (art. 124); lines 4 «rape» and 7 «child» are the source's
 *    subtotals. Values are quoted where they are used below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { realWarehouse } from './real-warehouse';
import { DATA } from '../pipelines/cli/helpers';
import { LANGS, translator } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';
import type { Dataset, Row } from '../../src/lib/dataset';

let DATASETS: typeof import('../../src/lib/server/datasets').DATASETS;

beforeAll(async () => {
	process.env.SARAPSHY_DB = realWarehouse();
	({ DATASETS } = await import('../../src/lib/server/datasets'));
}, 600_000);

const build = async (id: string, s = '', lang: (typeof LANGS)[number] = 'ru'): Promise<Dataset> =>
	(await DATASETS[id](parseViewQuery(new URLSearchParams(s)), translator(lang)))!;
const plain = (s: string | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const paper = (rows: Row[], year: number) =>
	rows.find((r) => r.year === year && r.url === 'doc:founding-papers')!;

describe('courts-national: convictions, acquittals, the acquittal rate and the conviction index', () => {
	it('shows the papers’ 31,603 (2015) and 27,061 (2022) with their own acquittals and rate', async () => {
		const ds = await build('courts-national');
		expect(paper(ds.rows, 2015)).toMatchObject({ convicted: 31603, acquitted: 743 });
		expect(paper(ds.rows, 2022)).toMatchObject({ convicted: 27061, acquitted: 379 });
		// acquitted ÷ (convicted + acquitted): 743 ÷ 32,346 and 379 ÷ 27,440
		expect(paper(ds.rows, 2015).acquittalRate).toBeCloseTo((743 / 32346) * 100, 9);
		expect(paper(ds.rows, 2022).acquittalRate).toBeCloseTo((379 / 27440) * 100, 9);
		expect(ds.note).toContain('Доля оправданных = оправданные ÷ (осуждённые + оправданные)');
	});

	it('divides by the Bureau’s mean population of the year, per 100,000', async () => {
		const ds = await build('courts-national');
		// 2015: (Q2 17,415,715 + R2 17,669,896) ÷ 2 = 17,542,805.5 → 180.15 per 100,000
		expect(paper(ds.rows, 2015).convictionIndex).toBeCloseTo(
			(31603 / ((17415715 + 17669896) / 2)) * 100000,
			9
		);
		// 2022: (X2 19,503,159 + Y2 19,766,807) ÷ 2 = 19,634,983 → 137.82
		expect(paper(ds.rows, 2022).convictionIndex).toBeCloseTo(
			(27061 / ((19503159 + 19766807) / 2)) * 100000,
			9
		);
		expect(Number(paper(ds.rows, 2022).convictionIndex)).toBeCloseTo(137.82, 2);
		expect(ds.source.forms).toEqual(['published', 'population']);
	});

	it('keeps part-year figures out of the years and says where the paper contradicts itself', async () => {
		const ds = await build('courts-national');
		const y2014 = ds.rows.filter((r) => r.year === 2014);
		// the whole year of strategy2050.kz only; the half year 12,904 (kzpf-021) is not a year
		expect(y2014.map((r) => r.convicted)).toEqual([25079]);
		expect(plain(ds.note)).toContain('заявленный итог «Оправдано лиц» за 2015–2022 — 4 947');
		expect(plain(ds.note)).toContain('сумма его годовых цифр — 4 907');
		// the convictions' stated 231,624 equals the sum of their years: no sentence about them
		expect(plain(ds.note)).not.toContain('«Осуждено лиц» за 2015–2022');
	});
});

describe('courts-published: every published court figure with its own period', () => {
	it('writes a half year as a half year and an undated figure as undated', async () => {
		const ds = await build('courts-published');
		const byId = (id: string) => ds.rows.find((r) => r.id === id)!;
		expect(byId('kzpf-021')).toMatchObject({ value: 12904, period: 'янв.–июнь 2014' });
		expect(byId('kzpf-022')).toMatchObject({ value: 25079, period: '2014' });
		expect(byId('fp-acquitted-2015-2022')).toMatchObject({ value: 4947, period: '2015–2022' });
		expect(byId('kzpf-017')).toMatchObject({
			value: 1.2,
			period: 'период в источнике не указан',
			measure: 'Доля оправданных (как опубликовано)'
		});
		expect(
			(await build('courts-published', '', 'en')).rows.find((r) => r.id === 'kzpf-021')
		).toMatchObject({ period: 'Jan–Jun 2014' });
	});
});

describe('courts-articles: the court-outcomes CSV as sexual offences, articles 120–124', () => {
	it('gives one row per article of 2016 with named offences and no subtotal rows', async () => {
		const ds = await build('courts-articles', 'year=2016');
		expect(ds.rows.map((r) => r.article)).toEqual(['120', '121', '122', '124']);
		// line 2 «rape120»: amnt_osuzhden 160, amnt_opravdonyh 0, amnt_stop_investigation 27, total 135
		expect(ds.rows[0]).toMatchObject({
			year: 2016,
			offence: 'Изнасилование',
			convicted: 160,
			acquitted: 0,
			acquittalRate: 0,
			terminated: 27,
			imprisoned: 135
		});
		// line 6 «chile_abuse124»: amnt_osuzhden 23, total 22
		expect(ds.rows[3]).toMatchObject({
			offence: 'Развращение малолетних',
			convicted: 23,
			imprisoned: 22
		});
		expect(ds.note).toContain('равны суммам своих статей');
	});

	it('draws convictions per article over the eight years of the CSV', async () => {
		const ds = await build('courts-articles');
		expect(ds.chart?.kind).toBe('timeSeries');
		const art120 = ds.chartRows!.filter((r) => String(r.series).startsWith('Статья 120'));
		// amnt_osuzhden of rape120 … rape127 (lines 2, 8, 14, 20, 26, 32, 38, 44)
		expect(art120.map((r) => r.value)).toEqual([160, 142, 83, 87, 77, 124, 112, 86]);
	});
});

describe('courts-bands: terms of imprisonment, by length, each person once', () => {
	it('sums the four articles of 2016 band by band, in the order of length', async () => {
		const ds = await build('courts-bands', 'year=2016');
		// lines 2, 3, 5, 6 of the CSV: year_less_1 1+0+0+0, year_1_3 8+1+2+1, year_1_5 34+6+2+5,
		// year_3_5 41+10+0+12, year_5_8 11+0+2+2, year_8_10 19+3+2+1, year_10_12 11+3+0+0,
		// year_15_20 10+14+0+1, the rest 0
		expect(ds.rows.map((r) => [r.band, r.value])).toEqual([
			['менее 1 года', 1],
			['1–3 года', 12],
			['1–5 лет (так в источнике)', 47],
			['3–5 лет', 63],
			['5–8 лет', 15],
			['8–10 лет', 25],
			['10–12 лет', 14],
			['15–20 лет', 25],
			['20–25 лет', 0],
			['25–30 лет', 0],
			['пожизненное лишение свободы', 0],
			['смертная казнь', 0]
		]);
		// = the source's `total` 135 + 37 + 8 + 22 = 202 (and its subtotals 172 + 30)
		expect(plain(ds.note)).toContain('Сумма сроков 202 равна числу осуждённых к лишению свободы');
		expect(ds.note).toContain('не пересекаются');
		expect(ds.chart).toMatchObject({ kind: 'barRanking', order: 'rows' });
	});
});

describe('courts-punishments: every punishment type of the CSV', () => {
	it('accounts for every convicted person of 2016', async () => {
		const ds = await build('courts-punishments', 'year=2016');
		const v = (m: string) => ds.rows.find((r) => r.measure === m)?.value;
		// total 135+37+8+22; uslov_osuzhd 20+1+0+0; freedom_restricted 1+0+7+1; amnt_freed_amnist 4+0+0+0
		expect(v('Лишение свободы')).toBe(202);
		expect(v('Условное осуждение')).toBe(21);
		expect(v('Ограничение свободы')).toBe(9);
		expect(v('Освобождены по амнистии')).toBe(4);
		for (const m of ['Штраф', 'Исправительные работы', 'Общественные работы', 'Арест'])
			expect(v(m), m).toBe(0);
		// confiscated_prop 3+4+2+1; heal_aclohol 12+1+1+1
		expect(v('Конфискация имущества')).toBe(10);
		expect(v('Принудительное лечение от алкоголизма')).toBe(15);
		// amnt_osuzhden 160 + 38 + 15 + 23 = 236 = 202 + 21 + 9 + 4
		expect(plain(ds.note)).toContain('составляют всех осуждённых: 236 из 236');
	});
});

describe('no key of the CSV reaches a title, header, cell or note, in any language', () => {
	const csv = join(DATA, 'courts/sexual-offences-court-outcomes-2016-2023.csv');
	it('shows none of the CSV’s column or offence keys', async () => {
		const text = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '');
		const header = text.split('\n')[0].trim().split(',');
		const offenceKeys = text
			.split('\n')
			.slice(1)
			.map((l) => l.split(',')[0])
			.filter(Boolean);
		// Keys that are also plain English words (total, penalty) are looked for only where an
		// English sentence cannot hold them: as a whole cell or header.
		const words = new Set(['total', 'penalty', 'year']);
		const raw = [...new Set([...header, ...offenceKeys, 'chile_abuse', 'child_rape', 'try_rape'])];
		for (const lang of LANGS) {
			for (const id of ['courts-articles', 'courts-bands', 'courts-punishments']) {
				const ds = await build(id, '', lang);
				const cells = [
					ds.title,
					ds.note ?? '',
					...ds.columns.map((c) => c.label),
					...ds.rows.flatMap((r) => Object.values(r).map(String)),
					...(ds.chartRows ?? []).map((r) => String(r.series))
				];
				for (const key of raw) {
					const hit = words.has(key)
						? cells.find((c) => c === key)
						: cells.find((c) => new RegExp(`(^|[^\\p{L}_])${key}([^\\p{L}_\\d]|$)`, 'u').test(c));
					expect(hit, `${lang} ${id}: ${key}`).toBeUndefined();
				}
			}
		}
	});
});
