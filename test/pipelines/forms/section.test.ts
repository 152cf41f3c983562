// readSection on a small section sheet built here in the template of the official forms:
// title, a 2-row merged header, the графы row "А, Б, 1, 2, 3", then coded data rows.
import { describe, expect, it } from 'vitest';
import { CellIssues } from '../../../pipelines/forms/cell-issues.ts';
import { readSection } from '../../../pipelines/forms/form-1m/section.ts';
import { openWorkbook } from '../../../pipelines/xlsx/index.ts';
import { buildWorkbook } from '../xlsx/build-workbook.ts';

const str = (ref: string, text: string) =>
	`<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

const SHEET =
	'<worksheet><sheetData>' +
	row(1, str('A1', 'Раздел 9. Проба')) +
	row(
		2,
		str('A2', 'Показатели') + str('D2', 'Шифр строки') + str('E2', 'Всего') + str('F2', 'из них')
	) +
	row(3, str('F3', 'женщин') + str('G3', 'мужчин')) +
	row(4, str('A4', 'А') + str('D4', 'Б') + num('E4', 1) + num('F4', 2) + num('G4', 3)) +
	row(5, str('A5', 'Всего') + num('D5', 1) + num('E5', 10) + num('F5', 4) + num('G5', 6)) +
	row(
		6,
		str('A6', 'из них') +
			str('B6', 'Кража (ст.188)') +
			num('D6', 2) +
			num('E6', 7) +
			str('F6', 'x') +
			str('G6', ' 3 ')
	) +
	row(7, str('B7', 'Глава 6. Против собственности') + num('D7', 13.1) + num('E7', 0)) +
	row(8, str('B8', 'без шифра') + num('E8', 5)) +
	row(9, str('B9', 'Прочие') + num('D9', 14) + num('E9', 2)) +
	row(10, str('A10', 'Исполнитель: Иванов') + str('E10', '12.01.2023')) +
	'</sheetData><mergeCells><mergeCell ref="A2:C3"/><mergeCell ref="D2:D3"/><mergeCell ref="E2:E3"/>' +
	'<mergeCell ref="F2:G2"/><mergeCell ref="A4:C4"/><mergeCell ref="A5:C5"/><mergeCell ref="A6:A8"/>' +
	'<mergeCell ref="B6:C6"/></mergeCells></worksheet>';

describe('readSection on a built sheet', () => {
	const sheet = openWorkbook(buildWorkbook(SHEET), 'built.xlsx').sheet('Лист 1');
	const cells = readSection(sheet, { file: 'built.xlsx' });
	const at = (ref: string) => cells.find((c) => c.cell === ref);

	it('keeps every numeric cell, numeric text included, and skips text', () => {
		expect(cells.map((c) => `${c.cell}=${c.value}`)).toEqual([
			'E5=10',
			'F5=4',
			'G5=6',
			'E6=7',
			'G6=3',
			'E7=0',
			'E8=5',
			'E9=2'
		]);
		expect(at('F6')).toBeUndefined(); // 'x' is not a value
		expect(at('E10')).toBeUndefined(); // a date typed as text in a footer is not a value either
	});

	it('reads графы, row codes as written and column label paths', () => {
		expect(at('G5')).toMatchObject({ grafa: '3', rowCode: '1', columnLabel: ['из них', 'мужчин'] });
		expect(at('E5')?.columnLabel).toEqual(['Всего']);
		expect(at('E7')?.rowCode).toBe('13.1');
		expect(at('E8')?.rowCode).toBe('#8'); // a row without a code inside the table keeps its sheet row
	});

	it('resolves the "из них" connector to the row above it and parses article and chapter', () => {
		expect(at('E6')).toMatchObject({
			rowLabel: ['Всего', 'Кража (ст.188)'],
			article: '188',
			chapter: null
		});
		expect(at('E7')).toMatchObject({
			rowLabel: ['Всего', 'Глава 6. Против собственности'],
			article: null,
			chapter: '6'
		});
	});

	it('numbers code-less rows by order when the layout says so (СНГ-1 R3)', () => {
		const byOrder = readSection(sheet, { file: 'built.xlsx', codesByOrder: true });
		expect(byOrder.find((c) => c.cell === 'E8')?.rowCode).toBe('4');
	});

	it('notes the text in a графа and the footer below the last coded row, reading neither', () => {
		const issues = new CellIssues();
		readSection(sheet, { file: 'built.xlsx', issues });
		expect(issues.list()).toEqual([
			{
				kind: 'not-a-number',
				sheet: 'Лист 1',
				count: 1,
				range: 'F6',
				samples: [{ cell: 'F6', rowCode: '2', grafa: '2', value: 'x', where: null }]
			},
			{
				kind: 'outside-layout',
				sheet: 'Лист 1',
				count: 2,
				range: 'A10:E10',
				samples: [
					{
						cell: 'A10',
						rowCode: null,
						grafa: null,
						value: 'Исполнитель: Иванов',
						where: { kind: 'below', row: '9' }
					},
					{
						cell: 'E10',
						rowCode: null,
						grafa: null,
						value: '12.01.2023',
						where: { kind: 'below', row: '9' }
					}
				]
			}
		]);
	});
});
