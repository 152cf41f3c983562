/**
 * Each control sum on a small invented form: holds → no finding; broken → exactly the finding
 * we expect (rule, section, row, графа, expected, found). The real 2022 files are checked in
 * test/pipelines/stages/import-2022.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SUM_RULES, validateRegionPeriod } from '../../../pipelines/validate/index.ts';
import { loadValidationScope } from '../../../pipelines/validate/findings.ts';
import { checkSumRule, checkSumRules } from '../../../pipelines/validate/sum-rules.ts';
import { addSource, all, tempWarehouse, type RowSpec, type TempWarehouse } from './fixture.ts';

let wh: TempWarehouse;
afterEach(() => wh?.dispose());

/** R1/R1-1 rows 1–7 that add up, with графы 1–3 (R1) */
function r1(section: string, overrides: Record<string, number[]> = {}): RowSpec[] {
	const base: Record<string, number[]> = {
		'1': [100, 80, 5],
		'2': [30, 20, 1],
		'3': [70, 60, 4],
		'4': [10, 10, 1],
		'5': [20, 20, 1],
		'6': [30, 20, 1],
		'7': [10, 10, 1]
	};
	return Object.entries({ ...base, ...overrides }).map(([code, values]) => ({
		section,
		code,
		values
	}));
}

describe('R1 sums', () => {
	it('finds nothing when rows add up', async () => {
		wh = await tempWarehouse();
		await addSource(wh, { sha: 'a', form: '1-M', region: 'KZ-11', period: '2022' }, [
			...r1('R1'),
			...r1('R1-1')
		]);
		expect(await validateRegionPeriod(wh.conn, '1-M', 'KZ-11', '2022')).toEqual([]);
	});

	it('reports row 3 ≠ rows 4–7 in the графа where it breaks, with expected and found', async () => {
		wh = await tempWarehouse();
		await addSource(wh, { sha: 'a', form: '1-M', region: 'KZ-11', period: '2022' }, [
			...r1('R1', { '3': [71, 60, 4], '1': [101, 80, 5] }),
			...r1('R1-1')
		]);
		const f = await validateRegionPeriod(wh.conn, '1-M', 'KZ-11', '2022');
		expect(f.map((x) => [x.rule, x.section, x.row_code, x.grafa, x.expected, x.found])).toEqual([
			['R1.row3=row4+5+6+7', 'R1', '3', '1', 70, 71]
		]);
		// The invented form: R1 row 3 is its third row (sheet row 9), графа 1 in column E.
		expect(f[0].params).toEqual({
			cell: 'E9',
			refSection: 'R1',
			refRows: ['4', '5', '6', '7'],
			refGrafa: '1'
		});
		// The stored sentence is the English rendering of those params.
		expect(f[0].message).toBe(
			'R1 row 3 графа 1 (cell E9) is 71, but R1 rows 4 + 5 + 6 + 7 графа 1 sum to 70 ' +
				'(R1: crimes (row 3) = minor + medium + grave + especially grave (rows 4–7)); kept as published'
		);
		const stored = await all<{ n: bigint; params: string }>(
			wh,
			'SELECT count(*) OVER () AS n, params::TEXT AS params FROM finding'
		);
		expect(Number(stored[0].n)).toBe(1);
		expect(JSON.parse(stored[0].params)).toEqual(f[0].params);
	});

	it('replaces the findings of the scope when re-run (no duplicates)', async () => {
		wh = await tempWarehouse();
		await addSource(
			wh,
			{ sha: 'a', form: '1-M', region: 'KZ-11', period: '2022' },
			r1('R1-1', { '1': [99, 80, 5] })
		);
		await validateRegionPeriod(wh.conn, '1-M', 'KZ-11', '2022');
		await validateRegionPeriod(wh.conn, '1-M', 'KZ-11', '2022');
		const rows = await all<{ rule: string; grafa: string }>(wh, 'SELECT rule, grafa FROM finding');
		expect(rows).toEqual([{ rule: 'R1-1.row1=row2+row3', grafa: '1' }]);
	});
});

describe('appendix totals', () => {
	it('maps appendix графа k ≥ 3 to R1 графа k+1 and skips графа 23', async () => {
		wh = await tempWarehouse();
		const r1rows = r1('R1').map((r) => ({ ...r, values: [...r.values, ...Array(22).fill(0)] }));
		// R1 row 2 (and so row 1): графа 4 = 7 and графа 24 = 3
		for (const i of [0, 1]) {
			r1rows[i].values[3] = 7;
			r1rows[i].values[23] = 3;
		}
		const pril5 = Array(23).fill(0);
		pril5[0] = 30;
		pril5[1] = 20;
		pril5[2] = 7; // appendix графа 3 ↔ R1 графа 4
		pril5[22] = 50; // графа 23: not a control sum
		await addSource(wh, { sha: 'a', form: '1-M', region: 'KZ-11', period: '2022' }, [
			...r1rows,
			{ section: 'PRIL5', code: '1', values: pril5 }
		]);
		expect(await validateRegionPeriod(wh.conn, '1-M', 'KZ-11', '2022')).toEqual([]);
		// form_cell is a view: the value itself lives in form_value (schema.sql).
		await wh.conn.run(
			`UPDATE form_value SET value = 8 WHERE row_id IN (SELECT id FROM form_row WHERE section = 'PRIL5')
			   AND column_id IN (SELECT id FROM form_column WHERE section = 'PRIL5' AND grafa = '3')`
		);
		const f = await validateRegionPeriod(wh.conn, '1-M', 'KZ-11', '2022');
		expect(f.map((x) => [x.rule, x.grafa, x.expected, x.found])).toEqual([
			['PRIL5=R1.row2', '3', 7, 8]
		]);
	});
});

describe('all sum rules in one query', () => {
	it('gives the findings of each rule run on its own, in rule then графа order', async () => {
		wh = await tempWarehouse();
		// R1 row 3 графа 2 = 61 but rows 4–7 give 60; row 1 графа 2 = 80 but rows 2 + 3 give 81;
		// row 1 has a графа 4 (5) that rows 2 and 3 lack (a 'same' rule compares every графа).
		// PRIL5 графа 1 = 31 but R1 row 2 графа 1 = 30; its графа 3 (9) maps to R1 графа 4,
		// which row 2 lacks: an appendix rule only compares графы the reference side has.
		await addSource(wh, { sha: 'a', form: '1-M', region: 'KZ-11', period: '2022' }, [
			...r1('R1', { '1': [100, 80, 5, 5], '3': [70, 61, 4] }),
			{ section: 'PRIL5', code: '1', values: [31, 20, 9] }
		]);
		await loadValidationScope(wh.conn, 'KZ-11', 2022);
		const together = await checkSumRules(wh.conn, SUM_RULES, 'KZ-11', '2022');
		const oneByOne = [];
		for (const rule of SUM_RULES)
			oneByOne.push(...(await checkSumRule(wh.conn, rule, 'KZ-11', '2022')));
		expect(together).toEqual(oneByOne);
		expect(together.map((x) => [x.rule, x.grafa, x.expected, x.found])).toEqual([
			['R1.row1=row2+row3', '2', 81, 80],
			['R1.row1=row2+row3', '4', 0, 5],
			['R1.row3=row4+5+6+7', '2', 60, 61],
			['PRIL5=R1.row2', '1', 30, 31]
		]);
	});
});

describe('chapter sums', () => {
	const chapterRows = (chapterValue: number, extraLabel = 'приготовление'): RowSpec[] => [
		{
			section: 'R1',
			code: '13',
			label: ['Глава 1. Против личности'],
			chapter: '1',
			values: [chapterValue]
		},
		{
			section: 'R1',
			code: '14',
			label: ['Глава 1. Против личности', 'Убийство (ст.99)'],
			chapter: '1',
			article: '99',
			values: [5]
		},
		{
			section: 'R1',
			code: '15',
			label: ['Глава 1. Против личности', extraLabel],
			chapter: '1',
			values: [2]
		},
		{
			section: 'R1',
			code: '16',
			label: ['Глава 1. Против личности', 'Кража (ст.188)'],
			chapter: '1',
			article: '188',
			values: [10]
		},
		{
			section: 'R1',
			code: '17',
			label: ['Глава 1. Против личности', 'Кража (ст.188)', 'из квартир'],
			chapter: '1',
			article: '188',
			values: [4]
		}
	];

	/** Findings of Akmola 2022 holding only the chapter rows of chapterRows(…). */
	const validateChapter = async (...args: Parameters<typeof chapterRows>) => {
		wh = await tempWarehouse();
		await addSource(
			wh,
			{ sha: 'a', form: '1-M', region: 'KZ-11', period: '2022' },
			chapterRows(...args)
		);
		return validateRegionPeriod(wh.conn, '1-M', 'KZ-11', '2022');
	};

	it('sums the top-level rows under a chapter, not the nested detail rows', async () => {
		expect(await validateChapter(17)).toEqual([]);
	});

	it('reports a chapter that differs from its articles', async () => {
		const f = await validateChapter(18);
		expect(f.map((x) => [x.rule, x.row_code, x.grafa, x.expected, x.found])).toEqual([
			['chapter=sum(articles)', '13', '1', 17, 18]
		]);
	});

	it('does not check a chapter with a remainder row («прочие»): it is not complete', async () => {
		expect(await validateChapter(30, 'прочие преступления')).toEqual([]);
	});
});

describe('cross-form and de-cumulated checks', () => {
	it('compares СНГ-1 R1 total with 1-M R1-1 row 3 whichever form comes second', async () => {
		wh = await tempWarehouse();
		await addSource(wh, { sha: 's', form: 'СНГ-1', region: 'KZ-79', period: '2022' }, [
			{ section: 'R1', code: '1', values: [69] }
		]);
		expect(await validateRegionPeriod(wh.conn, 'СНГ-1', 'KZ-79', '2022')).toEqual([]);
		await addSource(wh, { sha: 'm', form: '1-M', region: 'KZ-79', period: '2022' }, r1('R1-1'));
		const f = await validateRegionPeriod(wh.conn, '1-M', 'KZ-79', '2022');
		expect(f.map((x) => [x.rule, x.form, x.expected, x.found])).toEqual([
			['СНГ-1.R1.row1=1-M.R1-1.row3', 'СНГ-1', 70, 69]
		]);
		// Both forms' row is the first of its sheet (sheet row 7), графа 1 in column E.
		expect(f[0].params).toEqual({ sngCell: 'E7', m1Cell: 'E9' });
		expect(f[0].message).toBe(
			'СНГ-1 R1 "Всего" графа 1 (cell E7) is 69, but Form 1-M R1-1 row 3 графа 1 (cell E9) ' +
				'gives 70 crimes; kept as published'
		);
		// re-validating the СНГ-1 side replaces, not duplicates, the cross-form finding
		await validateRegionPeriod(wh.conn, 'СНГ-1', 'KZ-79', '2022');
		const n = await all<{ n: bigint }>(wh, 'SELECT count(*) AS n FROM finding');
		expect(Number(n[0].n)).toBe(1);
	});

	it('reports a cumulative report below the previous one (negative de-cumulated value)', async () => {
		wh = await tempWarehouse();
		const jan = [{ section: 'R1-1', code: '1', values: [50] }];
		const feb = [{ section: 'R1-1', code: '1', values: [45] }];
		await addSource(wh, { sha: 'j', form: '1-M', region: 'KZ-11', period: '2023-01' }, jan);
		await addSource(wh, { sha: 'f', form: '1-M', region: 'KZ-11', period: '2023-02' }, feb);
		const f = await validateRegionPeriod(wh.conn, '1-M', 'KZ-11', '2023-01');
		const neg = f.filter((x) => x.rule === 'decumulated>=0');
		expect(neg.map((x) => [x.period, x.section, x.row_code, x.grafa, x.expected, x.found])).toEqual(
			[['2023-02', 'R1-1', '1', '1', 50, 45]]
		);
		expect(neg[0].params).toEqual({ previousPeriod: '2023-01', cell: 'E7' });
		expect(neg[0].message).toBe(
			"R1-1 row 1 графа 1: cumulative Jan–Feb 2023 (cell E7) is 45, below Jan 2023's 50, " +
				'so the de-cumulated value is -5; kept as published'
		);
		// validating February too does not duplicate it
		await validateRegionPeriod(wh.conn, '1-M', 'KZ-11', '2023-02');
		const n = await all<{ n: bigint }>(
			wh,
			`SELECT count(*) AS n FROM finding WHERE rule = 'decumulated>=0'`
		);
		expect(Number(n[0].n)).toBe(1);
	});
});
