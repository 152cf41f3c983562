/**
 * Findings in the page's language: every rule kind the validators produce, made by the
 * validators' own code (columns and params), rendered from those params in ru, kk and en with
 * the figures in each locale — never read back from the stored sentence, which is the `en`
 * rendering itself. A finding without params keeps its stored English, marked as English.
 * And every rule id in words, for the «Rule» column of /data.
 */
import { describe, expect, it } from 'vitest';
import {
	findingKind,
	findingText,
	renderFinding,
	ruleText
} from '../../../src/lib/i18n/finding-text';
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
import { findingLike } from '../../../pipelines/validate/findings';
import { chapterFindings } from '../../../pipelines/validate/chapter-sums';
import { crossFormFindings } from '../../../pipelines/validate/cross-form';
import { monthlyFindings } from '../../../pipelines/validate/monthly';
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

/** A finding as the web tier reads it back: the params as the JSON column's text. */
const stored = (f: Finding) => ({ ...findingLike(f), params: JSON.stringify(f.params) });
/** Rendered from the stored params, never from the stored message (which is emptied). */
const said = (f: Finding, lang: Lang) => renderFinding({ ...stored(f), message: '' }, lang);

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
	it('does not claim a rule it does not know: its stored message, marked English', () => {
		expect(findingKind('R2.row1=row2')).toBeNull();
		expect(
			findingText({ rule: 'R2.row1=row2', expected: 1, found: 2, message: 'as stored' }, 'ru')
		).toEqual({ text: 'as stored', lang: 'en' });
	});
});

describe('renderFinding', () => {
	it('says every sum rule in ru, kk and en with the figures in the locale', () => {
		const all = sumFindings();
		expect(all).toHaveLength(SUM_RULES.length);
		for (const f of all) {
			for (const lang of LANGS) {
				const text = said(f, lang);
				expectSaidIn(lang, text, f.message);
				expect(text).toContain(lang === 'en' ? '13,201' : '13\u00a0201');
				expect(text).toContain(lang === 'en' ? '13,195' : '13\u00a0195');
				expect(text).toContain('E9');
			}
		}
		const r1 = all[0];
		expect(said(r1, 'ru')).toBe(
			'R1, строка 1, графа 4 (ячейка E9): 13\u00a0201, но R1, строки 2 + 3, графа 4 в сумме дают ' +
				'13\u00a0195 (R1: все правонарушения (строка 1) = уголовные проступки (строка 2) + ' +
				'преступления (строка 3)); сохранено как опубликовано'
		);
		expect(said(r1, 'kk')).toBe(
			'R1, 1-жол, 4-баған (E9 ұяшығы): 13\u00a0201, бірақ R1, 2 + 3-жолдар, 4-баған қосындысы ' +
				'13\u00a0195 (R1: барлық құқық бұзушылықтар (1-жол) = қылмыстық теріс қылықтар (2-жол) + ' +
				'қылмыстар (3-жол)); жарияланғандай сақталды'
		);
		// English is the stored record itself (the validators store this rendering).
		expect(said(r1, 'en')).toBe(r1.message);
		expect(r1.message).toBe(
			'R1 row 1 графа 4 (cell E9) is 13,201, but R1 rows 2 + 3 графа 4 sum to 13,195 ' +
				'(R1: all offences (row 1) = misdemeanours (row 2) + crimes (row 3)); kept as published'
		);
		const pril11 = all.find((f) => f.rule === 'PRIL11=R1.row6+7')!;
		expect(said(pril11, 'ru')).toContain(
			'итог PRIL11 (строка 1) = R1 тяжкие + особо тяжкие (строки 6 + 7)'
		);
		expect(said(pril11, 'kk')).toContain('R1, 6 + 7-жолдар, 5-баған');
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
		for (const lang of LANGS) for (const f of fs) expectSaidIn(lang, said(f, lang), f.message);
		expect(said(fs[0], 'ru')).toBe(
			'R1-1, глава 6 (строка 31), графа 1 (ячейка D33): 20\u00a0460, но её строки статей (12) в сумме дают 20\u00a0450; сохранено как опубликовано'
		);
		expect(said(fs[0], 'kk')).toBe(
			'R1-1, 6-тарау (31-жол), 1-баған (D33 ұяшығы): 20\u00a0460, бірақ оның бап жолдарының (12) қосындысы 20\u00a0450; жарияланғандай сақталды'
		);
		// A fractional figure keeps its decimals in the locale's way: 0,5 / 0.5.
		expect(said(fs[1], 'ru')).toContain('в сумме дают 0,5');
		expect(said(fs[1], 'en')).toBe(fs[1].message);
		expect(fs[1].message).toContain('sum to 0.5;');
		// No chapter number read from the label: said as «?», not dropped.
		expect(said(fs[1], 'ru')).toContain('глава ? (строка 12)');
	});

	it('says the cross-form rule', () => {
		const [f] = crossFormFindings(
			[{ sng: 121730, sng_cell: 'C12', sng_sha: 'x', m1: 121731, m1_cell: 'D9' }],
			'KZ-75',
			'2022'
		);
		expect(f.rule).toBe(CROSS_FORM_RULE);
		for (const lang of LANGS) expectSaidIn(lang, said(f, lang), f.message);
		expect(said(f, 'ru')).toBe(
			'СНГ-1, R1 «Всего», графа 1 (ячейка C12): 121\u00a0730, но форма 1-M, R1-1, строка 3, графа 1 (ячейка D9) даёт 121\u00a0731 преступлений; сохранено как опубликовано'
		);
		expect(said(f, 'kk')).toContain('3-жол, 1-баған (D9 ұяшығы) 121\u00a0731 қылмыс көрсетеді');
		expect(said(f, 'en')).toBe(f.message);
		expect(f.message).toBe(
			'СНГ-1 R1 "Всего" графа 1 (cell C12) is 121,730, but Form 1-M R1-1 row 3 графа 1 ' +
				'(cell D9) gives 121,731 crimes; kept as published'
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
			cell: 'D8',
			sha: 'x'
		};
		const [f] = monthlyFindings([d], '1-M', 'KZ-75');
		expect(f.rule).toBe(NEGATIVE_MONTHLY_RULE);
		for (const lang of LANGS) expectSaidIn(lang, said(f, lang), f.message);
		expect(said(f, 'ru')).toBe(
			'R1-1, строка 1, графа 1: нарастающий итог за янв.–апр. 2023 (ячейка D8) — 9\u00a0990, меньше, чем за янв.–март 2023 (10\u00a0004), поэтому значение за месяц -14; сохранено как опубликовано'
		);
		expect(said(f, 'en')).toBe(f.message);
		expect(f.message).toBe(
			"R1-1 row 1 графа 1: cumulative Jan–Apr 2023 (cell D8) is 9,990, below Jan–Mar 2023's " +
				'10,004, so the de-cumulated value is -14; kept as published'
		);
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
						where: { kind: 'below', row: '428' }
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
						where: { kind: 'right', column: 'AB' }
					}
				]
			},
			{
				kind: 'outside-layout',
				sheet: 'R1',
				count: 1,
				range: 'A9:A9',
				samples: [{ cell: 'A9', rowCode: '1', grafa: null, value: 'y', where: { kind: 'left' } }]
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
					where: { kind: 'below', row: '428' }
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
		for (const f of fs) for (const lang of LANGS) expectSaidIn(lang, said(f, lang), f.message);
		for (const f of fs) expect(said(f, 'en')).toBe(f.message);
		// Where the cell lies is data (forms/form-1m/section.ts), said in each language.
		expect(fs[3].params).toMatchObject({ where: { kind: 'below', row: '428' } });
		expect(fs[3].message).toContain("(below the table's last coded row 428)");
		expect(said(fs[5], 'kk')).toContain('(жол атаулары бағандарынан солға қарай)');
		expect(said(fs[0], 'ru')).toBe(
			'Отчет 1-М Абай.xlsx, лист R1, ячейка E9 (строка 1, графа 4): «н/д» содержит текст там, где в форме число; не прочитано как показатель; исправьте книгу или обратитесь в Комитет'
		);
		expect(said(fs[2], 'kk')).toBe(
			'Отчет 1-М Абай.xlsx, R1-1 парағы, G9 ұяшығы (5-баған): -12\u00a0345 — теріс мән, ал нысан құқық бұзушылықтарды, адамдарды немесе теңгені санайды; жарияланғандай сақталды'
		);
		expect(said(fs[4], 'ru')).toContain('(правее последней графы (столбец AB))');
		expect(said(fs[6], 'ru')).toBe(
			'Отчет 1-М Абай.xlsx, лист R1: ячеек в A429:A1000428 — 1\u00a0000\u00a0000, они находятся вне таблицы формы (первая — ниже последней строки таблицы с кодом 428); первые 5: A429 1, A430 1, A431 1, A432 1, A433 1 …; не прочитано; проверьте, не сохранена ли там часть отчёта'
		);
		expect(said(fs[6], 'kk')).toContain('A429:A1000428 аралығындағы 1\u00a0000\u00a0000 ұяшықта');
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
		// As insertPublishedFindings stores it: no section, row or графа; params carry the rest.
		const f = {
			rule: p.rule,
			expected: p.expected,
			found: p.found,
			params: JSON.stringify(p.params),
			message: p.message
		};
		const render = (lang: Lang) => renderFinding({ ...f, message: '' }, lang);
		for (const lang of LANGS) expectSaidIn(lang, render(lang), f.message);
		expect(render('ru')).toMatch(
			/^doc:founding-papers: оправданные лица за 2015–2022 = 4\u00a0947, но годовые значения того же источника в сумме дают 4\u00a0907 \(разница 40\); оба сохранены как опубликовано \(строки fp-acquitted-2015-2022 и fp-acquitted-2015, /
		);
		expect(render('kk')).toContain('2015–2022 жылдардағы ақталған адамдар = 4\u00a0947');
		expect(render('en')).toBe(f.message);
		expect(f.message).toMatch(
			/^doc:founding-papers states acquitted persons 2015–2022 = 4,947, but its own yearly figures sum to 4,907 \(difference 40\); both are kept as published \(rows fp-acquitted-2015-2022 and fp-acquitted-2015, /
		);
		// An indicator without words: its id in English (the stored record); ru shows that record.
		const other = {
			...f,
			params: JSON.stringify({ ...p.params, indicator: 'livestock_theft' })
		};
		expect(renderFinding(other, 'en')).toMatch(/^doc:founding-papers states livestock theft /);
		expect(renderFinding(other, 'ru')).toBeNull();
		expect(findingText(other, 'ru')).toEqual({ text: other.message, lang: 'en' });
	});

	it('shows the stored English, marked so, for a finding stored without params or with others', () => {
		// A warehouse written before `params` existed: the row has NULL there.
		const old = {
			rule: CHAPTER_RULE,
			section: 'R1',
			rowCode: '13',
			grafa: '1',
			expected: 17,
			found: 18,
			params: null,
			message:
				'R1 chapter 6 (row 13) графа 1 is 18, but its 4 article rows sum to 17; kept as published'
		};
		for (const lang of LANGS) expect(renderFinding(old, lang)).toBeNull();
		expect(findingText(old, 'kk')).toEqual({ text: old.message, lang: 'en' });
		expect(findingText(old, 'en')).toEqual({ text: old.message, lang: 'en' });
		// Params of another kind (a cross-form pair on a chapter rule), or not JSON: not guessed at.
		const other = { ...old, params: JSON.stringify({ sngCell: 'C12', m1Cell: 'D9' }) };
		expect(renderFinding(other, 'ru')).toBeNull();
		expect(renderFinding({ ...old, params: '{not json' }, 'ru')).toBeNull();
		// The same row with its params renders.
		const ok = { ...old, params: JSON.stringify({ chapter: '6', cell: null, summands: 4 }) };
		expect(renderFinding(ok, 'en')).toBe(old.message);
		expect(findingText(ok, 'ru').lang).toBe('ru');
	});

	it('refuses to store a finding whose params do not fit its rule (a validator bug)', () => {
		expect(() =>
			crossFormFindings(
				[{ sng: 1, sng_cell: '', sng_sha: 'x', m1: 2, m1_cell: 'D9' }],
				'KZ-75',
				'2022'
			)
		).toThrow(/does not render/);
	});
});

describe('ruleText', () => {
	it('says every rule the validators produce in ru, kk and en, never as its id', () => {
		for (const rule of EVERY_RULE)
			for (const lang of LANGS) {
				const text = ruleText(rule, lang);
				expect(text, `${rule} ${lang}`).not.toBe(rule);
				if (lang !== 'en') expect(text, text).not.toMatch(ENGLISH);
			}
		// Distinct rules read distinctly.
		for (const lang of LANGS)
			expect(new Set(EVERY_RULE.map((r) => ruleText(r, lang))).size).toBe(EVERY_RULE.length);
	});
	it('names the sections and rows as the printed form numbers them', () => {
		expect(ruleText('R1-1.row3=row4+5+6+7', 'ru')).toBe('Разд. 1-1: стр. 3 = стр. 4+5+6+7');
		expect(ruleText('R1-1.row3=row4+5+6+7', 'kk')).toBe('1-1-бөлім: 3-жол = 4+5+6+7-жолдар');
		expect(ruleText('R1-1.row3=row4+5+6+7', 'en')).toBe('Section 1-1: row 3 = rows 4+5+6+7');
		expect(ruleText('R1.row1=row2+row3', 'ru')).toBe('Разд. 1: стр. 1 = стр. 2+3');
		expect(ruleText('PRIL5=R1.row2', 'ru')).toBe('Прил. 5: стр. 1 = разд. 1, стр. 2');
		expect(ruleText('PRIL11=R1.row6+7', 'kk')).toBe('11-қосымша: 1-жол = 1-бөлім, 6+7-жолдар');
		expect(ruleText('PRIL11=R1.row6+7', 'en')).toBe('Appendix 11: row 1 = section 1, rows 6+7');
		expect(ruleText(CROSS_FORM_RULE, 'ru')).toBe('СНГ-1, разд. 1, стр. 1 = 1-M, разд. 1-1, стр. 3');
		expect(ruleText('R9.rowX', 'ru')).toBe('R9.rowX');
	});
});
