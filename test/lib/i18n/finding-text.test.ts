/**
 * Findings in the page's language: every rule kind the validators produce, its sentence made
 * by the validators' own code (so a change of their English breaks this test rather than
 * falling back silently), rendered in ru, kk and en with the figures in each locale.
 */
import { describe, expect, it } from 'vitest';
import { findingKind, findingMessage, renderFinding } from '../../../src/lib/i18n/finding-text';
import { LANGS, type Lang } from '../../../src/lib/i18n';
import {
	CELL_RULES,
	CHAPTER_RULE,
	CROSS_FORM_RULE,
	NEGATIVE_MONTHLY_RULE,
	SUM_RULES,
	type Finding
} from '../../../pipelines/validate/index';
import { toFindings } from '../../../pipelines/validate/sum-rules';
import { chapterFindings } from '../../../pipelines/validate/chapter-sums';
import { crossFormMessage } from '../../../pipelines/validate/cross-form';
import { monthlyMessage } from '../../../pipelines/validate/monthly';
import { cellIssueFindings } from '../../../pipelines/validate/cell-findings';
import {
	RULE_TOTAL_NEQ_SUM,
	checkPublishedFigures
} from '../../../pipelines/sources/published/check';
import type { PublishedFigure } from '../../../pipelines/sources/published/schema';
import type { CellIssueGroup } from '../../../pipelines/forms/cell-issues';

/** Every rule name the validators write into `finding`. */
const EVERY_RULE = [
	...SUM_RULES.map((r) => r.rule),
	CHAPTER_RULE,
	CROSS_FORM_RULE,
	NEGATIVE_MONTHLY_RULE,
	...Object.values(CELL_RULES),
	RULE_TOTAL_NEQ_SUM
];

// Latin words a ru/kk sentence must not carry (form codes, cells, sheet names and file names
// are Latin by nature: R1-1, PRIL5, AB9, 1-M, .xlsx are checked separately).
const ENGLISH =
	/\b(row|rows|cell|cells|sheet|is|but|sum|kept|published|chapter|article|below|cumulative|the|and|of|holds|text|form|number|negative|outside|total|states|yearly|difference|crimes|misdemeanours|grave|minor|medium)\b/i;

function expectSaidIn(lang: Lang, text: string | null, stored: string): asserts text is string {
	expect(text, `${lang}: ${stored}`).not.toBeNull();
	if (lang !== 'en') {
		expect(text).toMatch(/[а-яёәіңғүұқөһ]/i);
		expect(text, text!).not.toMatch(ENGLISH);
	}
}

const sumFindings = (): Finding[] =>
	SUM_RULES.flatMap((rule) =>
		toFindings(
			rule,
			[
				// Figures large enough to show the locale's digit grouping.
				{
					grafa: '4',
					ref_grafa: rule.grafaMap === 'same' ? '4' : '5',
					expected: 13195,
					found: 13201,
					cell: 'E9',
					sha: 'x'
				}
			],
			'KZ-75',
			'2022'
		)
	);

describe('findingKind', () => {
	it('knows every rule the validators produce', () => {
		const unknown = EVERY_RULE.filter((r) => findingKind(r) === null);
		expect(unknown).toEqual([]);
		// 11 sum rules, chapter, cross-form, monthly, 4 cell rules, published total.
		expect(EVERY_RULE).toHaveLength(19);
	});
	it('does not claim a rule it does not know', () => {
		expect(findingKind('R2.row1=row2')).toBeNull();
		expect(
			findingMessage({ rule: 'R2.row1=row2', expected: 1, found: 2, message: 'as stored' }, 'ru')
		).toBe('as stored');
	});
});

describe('renderFinding', () => {
	it('says every sum rule in ru, kk and en with the figures in the locale', () => {
		const all = sumFindings();
		expect(all).toHaveLength(SUM_RULES.length);
		for (const f of all) {
			for (const lang of LANGS) {
				const text = renderFinding(f, lang);
				expectSaidIn(lang, text, f.message);
				expect(text).toContain(lang === 'en' ? '13,201' : '13\u00a0201');
				expect(text).toContain(lang === 'en' ? '13,195' : '13\u00a0195');
				expect(text).toContain('E9');
			}
		}
		const r1 = all[0];
		expect(renderFinding(r1, 'ru')).toBe(
			'R1, строка 1, графа 4 (ячейка E9): 13\u00a0201, но R1, строки 2 + 3, графа 4 в сумме дают ' +
				'13\u00a0195 (R1: все правонарушения (строка 1) = уголовные проступки (строка 2) + ' +
				'преступления (строка 3)); сохранено как опубликовано'
		);
		expect(renderFinding(r1, 'kk')).toBe(
			'R1, 1-жол, 4-баған (E9 ұяшығы): 13\u00a0201, бірақ R1, 2 + 3-жолдар, 4-баған қосындысы ' +
				'13\u00a0195 (R1: барлық құқық бұзушылықтар (1-жол) = қылмыстық теріс қылықтар (2-жол) + ' +
				'қылмыстар (3-жол)); жарияланғандай сақталды'
		);
		// English reads as the stored record, the figures grouped.
		expect(renderFinding(r1, 'en')).toBe(
			r1.message.replace('13201', '13,201').replace('13195', '13,195')
		);
		const pril11 = all.find((f) => f.rule === 'PRIL11=R1.row6+7')!;
		expect(renderFinding(pril11, 'ru')).toContain(
			'итог PRIL11 (строка 1) = R1 тяжкие + особо тяжкие (строки 6 + 7)'
		);
		expect(renderFinding(pril11, 'kk')).toContain('R1, 6 + 7-жолдар, 5-баған');
	});

	it('says the chapter rule, with and without a cell', () => {
		const fs = chapterFindings(
			[
				{
					section: 'R1-1',
					row_code: '31',
					grafa: '1',
					chapter: '6',
					expected: 20450,
					found: 20460,
					cell: 'D33',
					sha: 'x',
					summands: 12
				},
				{
					section: 'PRIL6',
					row_code: '12',
					grafa: '3',
					chapter: null,
					expected: 0.5,
					found: 1,
					cell: null,
					sha: null,
					summands: null
				}
			],
			'1-M',
			'KZ-75',
			'2022'
		);
		for (const lang of LANGS)
			for (const f of fs) expectSaidIn(lang, renderFinding(f, lang), f.message);
		expect(renderFinding(fs[0], 'ru')).toBe(
			'R1-1, глава 6 (строка 31), графа 1 (ячейка D33): 20\u00a0460, но её строки статей (12) в сумме дают 20\u00a0450; сохранено как опубликовано'
		);
		expect(renderFinding(fs[0], 'kk')).toBe(
			'R1-1, 6-тарау (31-жол), 1-баған (D33 ұяшығы): 20\u00a0460, бірақ оның бап жолдарының (12) қосындысы 20\u00a0450; жарияланғандай сақталды'
		);
		// A fractional figure keeps its decimals in the locale's way: 0,5 / 0.5.
		expect(renderFinding(fs[1], 'ru')).toContain('в сумме дают 0,5');
		expect(renderFinding(fs[1], 'en')).toBe(fs[1].message.replace('0.500', '0.5'));
	});

	it('says the cross-form rule', () => {
		const f = {
			rule: CROSS_FORM_RULE,
			expected: 121731,
			found: 121730,
			message: crossFormMessage({ sng: 121730, sng_cell: 'C12', m1: 121731, m1_cell: 'D9' })
		};
		for (const lang of LANGS) expectSaidIn(lang, renderFinding(f, lang), f.message);
		expect(renderFinding(f, 'ru')).toBe(
			'СНГ-1, R1 «Всего», графа 1 (ячейка C12): 121\u00a0730, но форма 1-M, R1-1, строка 3, графа 1 (ячейка D9) даёт 121\u00a0731 преступлений; сохранено как опубликовано'
		);
		expect(renderFinding(f, 'kk')).toContain(
			'3-жол, 1-баған (D9 ұяшығы) 121\u00a0731 қылмыс көрсетеді'
		);
		expect(renderFinding(f, 'en')).toBe(
			f.message.replace('121730', '121,730').replace('121731', '121,731')
		);
	});

	it('says the negative de-cumulated value with the periods in words', () => {
		const d = {
			section: 'R1-1',
			row_code: '1',
			grafa: '1',
			period: '2023-04',
			previous_period: '2023-03',
			value: 9990,
			previous_value: 10004,
			cell: 'D8'
		};
		const f = {
			rule: NEGATIVE_MONTHLY_RULE,
			expected: 10004,
			found: 9990,
			message: monthlyMessage(d)
		};
		for (const lang of LANGS) expectSaidIn(lang, renderFinding(f, lang), f.message);
		expect(renderFinding(f, 'ru')).toBe(
			'R1-1, строка 1, графа 1: нарастающий итог за янв.–апр. 2023 (ячейка D8) — 9\u00a0990, меньше, чем за янв.–март 2023 (10\u00a0004), поэтому значение за месяц -14; сохранено как опубликовано'
		);
		expect(renderFinding(f, 'en')).toContain('so the de-cumulated value is -14');
	});

	it('says each cell rule, one cell and a capped group, with where the cell lies', () => {
		const scope = {
			file: 'Отчет 1-М Абай.xlsx',
			form: '1-M',
			regionCode: 'KZ-10',
			period: '2022',
			sha256: 'x'
		};
		const groups: CellIssueGroup[] = [
			{
				kind: 'not-a-number',
				sheet: 'R1',
				count: 1,
				range: 'E9:E9',
				samples: [{ cell: 'E9', rowCode: '1', grafa: '4', value: 'н/д', where: null }]
			},
			{
				kind: 'not-finite',
				sheet: 'R1',
				count: 1,
				range: 'F9:F9',
				samples: [{ cell: 'F9', rowCode: '1', grafa: null, value: 'NaN', where: null }]
			},
			{
				kind: 'negative',
				sheet: 'R1-1',
				count: 1,
				range: 'G9:G9',
				samples: [{ cell: 'G9', rowCode: null, grafa: '5', value: -12345, where: null }]
			},
			{
				kind: 'outside-layout',
				sheet: 'R1',
				count: 1,
				range: 'A430:A430',
				samples: [
					{
						cell: 'A430',
						rowCode: null,
						grafa: null,
						value: 'x',
						where: "below the table's last coded row 428"
					}
				]
			},
			{
				kind: 'outside-layout',
				sheet: 'R1',
				count: 1,
				range: 'AC9:AC9',
				samples: [
					{
						cell: 'AC9',
						rowCode: '1',
						grafa: null,
						value: 7,
						where: 'right of the last графа (column AB)'
					}
				]
			},
			{
				kind: 'outside-layout',
				sheet: 'R1',
				count: 1,
				range: 'A9:A9',
				samples: [
					{ cell: 'A9', rowCode: '1', grafa: null, value: 'y', where: 'left of the label columns' }
				]
			},
			{
				kind: 'outside-layout',
				sheet: 'R1',
				count: 1_000_000,
				range: 'A429:A1000428',
				samples: [429, 430, 431, 432, 433].map((r) => ({
					cell: `A${r}`,
					rowCode: null,
					grafa: null,
					value: 1,
					where: "below the table's last coded row 428"
				}))
			},
			{
				kind: 'not-a-number',
				sheet: 'R1',
				count: 6,
				range: 'E9:J9',
				samples: ['E', 'F', 'G', 'H', 'I'].map((c) => ({
					cell: `${c}9`,
					rowCode: '1',
					grafa: null,
					value: '-',
					where: null
				}))
			}
		];
		const fs = cellIssueFindings(groups, scope);
		expect(new Set(fs.map((f) => f.rule))).toEqual(new Set(Object.values(CELL_RULES)));
		for (const f of fs)
			for (const lang of LANGS) expectSaidIn(lang, renderFinding(f, lang), f.message);
		for (const f of fs)
			expect(renderFinding(f, 'en')!.replace(/,(\d{3})/g, '$1')).toBe(
				f.message.replace(/,(\d{3})/g, '$1')
			);
		expect(renderFinding(fs[0], 'ru')).toBe(
			'Отчет 1-М Абай.xlsx, лист R1, ячейка E9 (строка 1, графа 4): «н/д» содержит текст там, где в форме число; не прочитано как показатель; исправьте книгу или обратитесь в Комитет'
		);
		expect(renderFinding(fs[2], 'kk')).toBe(
			'Отчет 1-М Абай.xlsx, R1-1 парағы, G9 ұяшығы (5-баған): -12\u00a0345 — теріс мән, ал нысан құқық бұзушылықтарды, адамдарды немесе теңгені санайды; жарияланғандай сақталды'
		);
		expect(renderFinding(fs[4], 'ru')).toContain('(правее последней графы (столбец AB))');
		expect(renderFinding(fs[6], 'ru')).toBe(
			'Отчет 1-М Абай.xlsx, лист R1: ячеек в A429:A1000428 — 1\u00a0000\u00a0000, они находятся вне таблицы формы (первая — ниже последней строки таблицы с кодом 428); первые 5: A429 1, A430 1, A431 1, A432 1, A433 1 …; не прочитано; проверьте, не сохранена ли там часть отчёта'
		);
		expect(renderFinding(fs[6], 'kk')).toContain(
			'A429:A1000428 аралығындағы 1\u00a0000\u00a0000 ұяшықта'
		);
	});

	it('says the published-total check (the founding paper: 4,947 stated, 4,907 by its years)', () => {
		// data/published/founding-papers.csv, acquitted persons 2015–2022: 743 + 326 + 825 + 875 +
		// 877 + 469 + 413 + 379 = 4,907 against the stated 4,947.
		const years = [743, 326, 825, 875, 877, 469, 413, 379];
		const fig = (id: string, from: number, to: number, value: number) =>
			({
				id,
				indicator: 'acquitted_persons',
				region_code: 'KZ',
				region_label: 'Kazakhstan',
				period_start: `${from}-01-01`,
				period_end: `${to}-12-31`,
				value,
				unit: 'persons',
				source_url: 'doc:founding-papers',
				source_date: null,
				source_quote: 'q',
				notes: null
			}) as PublishedFigure;
		const figures = [
			fig('fp-acquitted-2015-2022', 2015, 2022, 4947),
			...years.map((v, i) => fig(`fp-acquitted-${2015 + i}`, 2015 + i, 2015 + i, v))
		];
		const [p] = checkPublishedFigures(figures);
		const f = { rule: p.rule, expected: p.expected, found: p.found, message: p.message };
		for (const lang of LANGS) expectSaidIn(lang, renderFinding(f, lang), f.message);
		expect(renderFinding(f, 'ru')).toMatch(
			/^doc:founding-papers: оправданные лица за 2015–2022 = 4\u00a0947, но годовые значения того же источника в сумме дают 4\u00a0907 \(разница 40\); оба сохранены как опубликовано \(строки fp-acquitted-2015-2022 и fp-acquitted-2015, /
		);
		expect(renderFinding(f, 'kk')).toContain('2015–2022 жылдардағы ақталған адамдар = 4\u00a0947');
		expect(renderFinding(f, 'en')).toBe(f.message);
		// An indicator the renderer cannot name keeps the stored English sentence.
		const other = { ...f, message: f.message.replace('acquitted persons', 'livestock theft') };
		expect(renderFinding(other, 'ru')).toBeNull();
		expect(findingMessage(other, 'ru')).toBe(other.message);
	});

	it('keeps the stored message when a sentence of a known rule has another shape', () => {
		const f = {
			rule: CHAPTER_RULE,
			expected: 1,
			found: 2,
			message: 'R1 chapter 6 does not add up'
		};
		expect(renderFinding(f, 'kk')).toBeNull();
		expect(findingMessage(f, 'kk')).toBe(f.message);
	});
});
