import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, openWorkbook } from '../../../pipelines/xlsx/index.ts';
import { buildWorkbook } from './build-workbook.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DATA = path.resolve(repoRoot, '../shared/data');

function readReal(rel: string): Uint8Array {
	const file = path.join(DATA, rel);
	if (!fs.existsSync(file))
		throw new Error(`real workbook missing: ${file} (tests need ../shared/data)`);
	return fs.readFileSync(file);
}

describe('openWorkbook on a real Form 1-M workbook', () => {
	const wb = openWorkbook(readReal('qamqor/form-1m/2022/Akmola Region.XLSX'), 'Akmola Region.XLSX');

	it('reads the document title, modified date and the 26 sheet names in order', () => {
		// docProps/core.xml: <dc:title>1-M  Акмолинская область (Свод)</dc:title>,
		// <dcterms:modified>2024-02-21T00:52:21Z</dcterms:modified>; xl/workbook.xml <sheets>.
		expect(wb.title).toBe('1-M  Акмолинская область (Свод)');
		expect(wb.modified).toBe('2024-02-21T00:52:21Z');
		expect(wb.sheetNames).toHaveLength(26);
		expect(wb.sheetNames.slice(0, 4)).toEqual(['R1', 'R1-1', 'R1-2', 'R2']);
		expect(wb.sheetNames.at(-1)).toBe('PRIL11');
	});

	it('reads numbers, shared strings and merged ranges of R1 (xl/worksheets/sheet1.xml)', () => {
		const r1 = wb.sheet('R1');
		// <c r="E7" s="15"><v>6584</v></c>: R1 row 1 (all offences) графа 1.
		expect(r1.get(7, 5)).toEqual({ row: 7, col: 5, ref: 'E7', value: 6584 });
		// C20 is t="s" → sharedStrings item 'Убийство (ст.99) ' (trailing space as written).
		expect(r1.get(20, 3)?.value).toBe('Убийство (ст.99) ');
		// A6 is the графы marker 'А' (Cyrillic), D6 'Б'.
		expect(r1.get(6, 1)?.value).toBe('А');
		expect(r1.get(6, 4)?.value).toBe('Б');
		// <mergeCell ref="A8:A428"/> and <mergeCell ref="H4:I4"/>; the sheet has 70 merges.
		expect(r1.merges).toContainEqual({ top: 8, left: 1, bottom: 428, right: 1 });
		expect(r1.merges).toContainEqual({ top: 4, left: 8, bottom: 4, right: 9 });
		expect(r1.merges).toHaveLength(70);
		// 483 cells of type s + 13535 numeric cells with a <v> (counted in the sheet XML).
		expect(r1.cells).toHaveLength(14018);
		expect(r1.get(1, 1)).toBeUndefined();
	});

	it('keeps fractional values exactly (R4, thousand tenge)', () => {
		// R4 is xl/worksheets/sheet7.xml: <c r="E7" ...><v>9519910.491</v>.
		expect(wb.sheet('R4').get(7, 5)?.value).toBe(9519910.491);
	});

	it('refuses a sheet that is not in the workbook, naming the sheets it has', () => {
		expect(() => wb.sheet('R99')).toThrow(/sheet R99 is not in the workbook \(sheets: R1, R1-1/);
	});

	it('exports the documented default limits', () => {
		expect(DEFAULT_LIMITS.maxUncompressedBytes).toBe(200 * 1024 * 1024);
		expect(DEFAULT_LIMITS.maxCellsPerSheet).toBe(2_000_000);
	});
});

describe('openWorkbook on a workbook built here', () => {
	const sst =
		'<?xml version="1.0"?><sst count="3" uniqueCount="3">' +
		'<si><t>Всего &amp; &lt;итого&gt;</t></si>' +
		'<si><r><rPr><b/></rPr><t>Глава </t></r><r><t xml:space="preserve">1. </t></r><r><t>&#1040;&#x411;</t></r><rPh><t>ignored</t></rPh></si>' +
		'<si><t>line_x000D_</t></si></sst>';
	const sheet =
		'<?xml version="1.0"?><worksheet><sheetData>' +
		'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="3"/><c r="D1" t="s"><v>2</v></c></row>' +
		'<row r="2"><c r="A2" t="inlineStr"><is><t>inline &quot;q&quot;</t></is></c><c r="B2" t="str"><v>formula text</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#DIV/0!</v></c></row>' +
		'<row r="3"><c><v>1.5</v></c><c><v>-2</v></c><c r="E3"><v>7</v></c><c r="F3"><v></v></c></row>' +
		'</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>';
	const wb = openWorkbook(buildWorkbook(sheet, sst, 'СНГ-1  г.Шымкент &amp; (Свод)'), 'built.xlsx');
	const s = wb.sheet('Лист 1');

	it('decodes entities, rich-text runs and _xHHHH_ escapes in shared strings', () => {
		expect(s.get(1, 1)?.value).toBe('Всего & <итого>');
		expect(s.get(1, 2)?.value).toBe('Глава 1. АБ');
		expect(s.get(1, 4)?.value).toBe('line\r');
		expect(wb.title).toBe('СНГ-1  г.Шымкент & (Свод)');
	});

	it('reads inlineStr, str, b and e cells', () => {
		expect(s.get(2, 1)?.value).toBe('inline "q"');
		expect(s.get(2, 2)?.value).toBe('formula text');
		expect(s.get(2, 3)?.value).toBe(true);
		expect(s.get(2, 4)?.value).toBe('#DIV/0!');
	});

	it('places cells written without r= by counting columns, and skips empty values', () => {
		expect(s.get(3, 1)?.value).toBe(1.5);
		expect(s.get(3, 2)).toEqual({ row: 3, col: 2, ref: 'B3', value: -2 });
		expect(s.get(3, 5)?.value).toBe(7);
		expect(s.get(3, 6)).toBeUndefined();
		expect(s.get(1, 3)).toBeUndefined();
		expect(s.cells.map((c) => c.ref)).toEqual([
			'A1',
			'B1',
			'D1',
			'A2',
			'B2',
			'C2',
			'D2',
			'A3',
			'B3',
			'E3'
		]);
		expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
	});
});
