/**
 * The sheet scanner that imports use (scanSheetBytes) on a sheet written to hit every branch:
 * rows with and without `r`, self-closing rows and cells, cells without `r`, every cell type,
 * numbers the fast path takes and ones it must leave to Number(), multi-byte text before and
 * inside values, entities, rich text, merges. The expected values are read by eye from the
 * XML below.
 */
import { describe, expect, it } from 'vitest';
import { scanSheetBytes } from '../../../pipelines/xlsx/sheet-xml.ts';
import { InputError } from '../../../pipelines/forms/types.ts';

const shared = ['Всего', 'из них', 'Глава 1.'];
const ctx = { file: 'f.xlsx', name: 'R1', maxCells: 1000 };

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F9"/>
<sheetData><row r="1" spans="1:6"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1" s="2"/><c r="C1" t="inlineStr"><is><t>Убийство &amp; покушение</t></is></c><c r="D1" t="str"><f>A1</f><v>&lt;Итого&gt;</v></c></row>
<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>12</v></c><c r="C3" s="14"><v>007</v></c><c r="D3"><v>-5</v></c><c r="E3"><v>2.5</v></c><c r="F3"><v>1E3</v></c></row>
<row><c><v>1</v></c><c/><c><v>123456789012345678</v></c><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c></row>
<row r="6"/>
<row r="7" ht="15"><c r="B7" t="n"><v></v></c><c r="C7"><v/></c><c r="D7"><f>SUM(B7:C7)</f><v>42</v></c><c r="E7" t="inlineStr"><is><r><t>из </t></r><r><t xml:space="preserve">них</t></r></is></c><c r="F7"><v>абв</v></c></row>
<row r="9"><c r="AB9"><v>9</v></c><c r="A9" t="s"><v>1</v></c></row>
</sheetData><mergeCells count="2"><mergeCell ref="A1:A3"/><mergeCell ref="B7:C7"/></mergeCells></worksheet>`;

function cellsOf(s: ReturnType<typeof scanSheetBytes>) {
	const c = s.columns!;
	return Array.from({ length: c.length }, (_, i) => [c.rows[i], c.cols[i], c.values[i]]);
}

describe('scanSheetBytes', () => {
	it('reads every cell type, addressed or not, and the merges', () => {
		const fromBytes = scanSheetBytes(new TextEncoder().encode(XML), shared, ctx);
		expect(cellsOf(fromBytes)).toEqual([
			[1, 1, 'Всего'],
			[1, 3, 'Убийство & покушение'],
			[1, 4, '<Итого>'],
			[3, 1, 'Глава 1.'],
			[3, 2, 12],
			[3, 3, 7],
			[3, 4, -5],
			[3, 5, 2.5],
			[3, 6, 1000],
			// a row without r is the next row (4); cells without r take the next column
			[4, 1, 1],
			[4, 3, 123456789012345678],
			[4, 4, true],
			[4, 5, '#DIV/0!'],
			[7, 4, 42],
			[7, 5, 'из них'],
			[7, 6, 'абв'],
			[9, 28, 9],
			[9, 1, 'из них']
		]);
		expect(fromBytes.merges).toEqual([
			{ top: 1, left: 1, bottom: 3, right: 1 },
			{ top: 7, left: 2, bottom: 7, right: 3 }
		]);
	});

	it('refuses a shared-string index that does not exist, naming the cell', () => {
		const xml = '<sheetData><row r="2"><c r="C2" t="s"><v>7</v></c></row></sheetData>';
		const bytes = () => scanSheetBytes(new TextEncoder().encode(xml), shared, ctx);
		expect(bytes).toThrow(InputError);
		expect(bytes).toThrow(/cell C2: refers to shared string 7/);
	});

	it('counts empty cells against the cell limit', () => {
		const xml = `<sheetData><row r="1">${'<c s="1"/>'.repeat(5)}</row></sheetData>`;
		const small = { ...ctx, maxCells: 4 };
		expect(() => scanSheetBytes(new TextEncoder().encode(xml), shared, small)).toThrow(
			/more than 4 cells/
		);
	});
});
