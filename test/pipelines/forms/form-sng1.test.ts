// Form СНГ-1 reader on real 2022 workbooks. Figures read by hand from xl/worksheets/sheet1.xml
// (R1) and sheet2.xml (R2) of each file; Form 1-M figures from its sheet2.xml (R1-1) cell E9.
import { describe, expect, it } from 'vitest';
import { readFormWorkbook } from '../../../pipelines/forms/index.ts';
import type { FormCell, ParsedForm } from '../../../pipelines/forms/types.ts';
import { FORM_1M_DIR, FORM_SNG1_DIR, readData } from './real-data.ts';

function cellOf(p: ParsedForm, section: string, rowCode: string, grafa: string): FormCell {
	const found = p.cells.filter(
		(c) => c.section === section && c.rowCode === rowCode && c.grafa === grafa
	);
	expect(found, `${section} row ${rowCode} графа ${grafa}`).toHaveLength(1);
	return found[0];
}

// [СНГ-1 file, region in its title, R1 E7 (Всего, графа 1), R1 F7, R1 G7, 1-M file]
const CASES: [string, string, number, number, number, string][] = [
	['Akmola region.XLSX', 'Акмолинская область', 4535, 63, 2713, 'Akmola Region.XLSX'],
	['Shymkent city.XLSX', 'г.Шымкент', 8850, 43, 4468, 'Shymkent.XLSX'],
	['Astana city.XLSX', 'Астана', 14672, 211, 5804, 'Astana.XLSX'],
	['Mangystau region.XLSX', 'Мангистауская область', 2930, 108, 2228, 'Mangistay Region.XLSX']
];

describe.each(CASES)('Form СНГ-1 %s', (file, region, total, cis, finished, form1m) => {
	const p = readFormWorkbook(readData(FORM_SNG1_DIR, file), file);

	it('reads identity and the three sections', () => {
		expect(p.form).toBe('СНГ-1');
		expect(p.regionName).toBe(region);
		expect(p.sheets).toEqual(['R1', 'R2', 'R3']);
	});

	it('reads R1 "Всего" (row 1): графы 1–3', () => {
		const c = cellOf(p, 'R1', '1', '1');
		expect(c).toMatchObject({ cell: 'E7', value: total, rowLabel: ['Всего'] });
		expect(c.columnLabel).toEqual([
			'Кол-во правонарушений, зарегистрированных ЕРДР в отчетном периоде'
		]);
		expect(cellOf(p, 'R1', '1', '2').value).toBe(cis);
		expect(cellOf(p, 'R1', '1', '3').value).toBe(finished);
	});

	it('R1 total equals Form 1-M R1-1 row 3 графа 1 of the same region (cross-form check)', () => {
		const m = readFormWorkbook(readData(FORM_1M_DIR, form1m), form1m);
		expect(m.regionName).toBe(region);
		expect(cellOf(m, 'R1-1', '3', '1').value).toBe(total);
	});
});

describe('Form СНГ-1 labels (Akmola 2022)', () => {
	const p = readFormWorkbook(readData(FORM_SNG1_DIR, 'Akmola region.XLSX'), 'Akmola region.XLSX');

	it('rows: 32 in R1 × 6 графы, 8 in R2 × 1, none in the empty R3', () => {
		const count = (s: string) => p.cells.filter((c) => c.section === s).length;
		expect(count('R1')).toBe(32 * 6);
		expect(count('R2')).toBe(8);
		expect(count('R3')).toBe(0);
	});

	it('builds label paths and articles', () => {
		// R1: A8:A38 'Уголовные правонарушения в соответствии со статьями и главами …';
		// B19:B24 'Хищение чужого имущества,совершенное путем'; C19 'кражи (ст.188 УК)', G19 = 1388.
		const theft = cellOf(p, 'R1', '13', '3');
		expect(theft.value).toBe(1388);
		expect(theft.rowLabel.slice(1)).toEqual([
			'Хищение чужого имущества,совершенное путем',
			'кражи (ст.188 УК)'
		]);
		expect(theft.rowLabel[0]).toMatch(
			/^Уголовные правонарушения в соответствии со статьями и главами/
		);
		expect(theft.article).toBe('188');
		// B9 'из них ' (a single-cell connector) → child of row 2 (B8, terrorist offences).
		expect(cellOf(p, 'R1', '3', '1').rowLabel.slice(1)).toEqual([
			'Террористического характера статьями (ст.ст. 170, 171, 173, 177, 178, 184, 255, 256, 257, 258, 259, 260, 261, 269 и 270 УК РК)',
			'захват заложника (ст.261 УК)'
		]);
		expect(cellOf(p, 'R1', '2', '1').article).toBeNull(); // ст.ст. …: a group
		expect(cellOf(p, 'R1', '11', '1').article).toBeNull(); // (ст.125 УК) … (ст.135): several
		// R2: B10:C10 'группой лиц (всего)'; B11 'в том числе'; C11 → E11 = 15.
		const org = cellOf(p, 'R2', '5', '1');
		expect(org.value).toBe(15);
		expect(org.rowLabel.slice(1)).toEqual([
			'группой лиц (всего)',
			'организованной группой или преступным сообществом'
		]);
		expect(org.columnLabel).toEqual(['Всего']);
	});
});
