/**
 * Workbooks saved without the rows above the table (issue 13.8): copies of real 2022 workbooks
 * with, on every sheet, the title rows and the row of column numbers deleted (headerless.ts).
 * Their header texts and row codes are those of a known layout (known-layouts.ts), so they read
 * to exactly the cells of the original: same values at the same section, row code and графа,
 * with the same row and column labels; only the sheet rows moved up.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FORM_SNG1_SECTIONS, readFormWorkbook } from '../../../pipelines/forms/index.ts';
import { findGrafyRow, findHeaderTop, makeGrid } from '../../../pipelines/forms/form-1m/grid.ts';
import { describeLayout } from '../../../pipelines/forms/form-1m/known-layout.ts';
import { KNOWN_LAYOUTS } from '../../../pipelines/forms/known-layouts.ts';
import { openParsePool } from '../../../pipelines/stages/readers.ts';
import { openWorkbook } from '../../../pipelines/xlsx/index.ts';
import type { FormCell, ParsedForm } from '../../../pipelines/forms/types.ts';
import { headerlessCopy } from './headerless.ts';
import { FORM_1M_DIR, FORM_SNG1_DIR, listWorkbooks, readData } from './real-data.ts';

/** Every cell by what it is, not where it is: section, row code, графа, labels and value. */
function byMeaning(p: ParsedForm): string[] {
	return p.cells
		.map((c: FormCell) =>
			JSON.stringify([c.section, c.rowCode, c.grafa, c.rowLabel, c.columnLabel, c.value])
		)
		.sort();
}

describe('a workbook without its title rows and графы row', () => {
	it('Form 1-M (Akmola 2022): the same 217,460 cells as the original', () => {
		const original = readFormWorkbook(readData(FORM_1M_DIR, 'Akmola Region.XLSX'), 'a.xlsx');
		const copy = readFormWorkbook(
			headerlessCopy(readData(FORM_1M_DIR, 'Akmola Region.XLSX')),
			'headerless.xlsx'
		);
		expect(copy.form).toBe('1-M');
		expect(copy.regionName).toBe('Акмолинская область'); // the document title is still there
		expect(copy.cells).toHaveLength(217_460);
		expect(byMeaning(copy)).toEqual(byMeaning(original));
		expect(copy.cellIssues).toEqual([]);
		// R1 row 1 графа 2 (registered in the period): F7 = 5317 in the original; the 3 title rows
		// and the графы row above it are gone, so the copy has it at F3.
		const r1 = copy.cells.find((c) => c.section === 'R1' && c.rowCode === '1' && c.grafa === '2');
		expect(r1).toMatchObject({ value: 5317, cell: 'F3' });
	});

	it.each(listWorkbooks(FORM_SNG1_DIR).slice(0, 2))('Form СНГ-1 %s: the same cells', (file) => {
		const original = readFormWorkbook(readData(FORM_SNG1_DIR, file), file);
		const copy = readFormWorkbook(headerlessCopy(readData(FORM_SNG1_DIR, file)), file);
		// 32 rows × 6 графы (R1) and 8 more cells (R2, R3): as read-form-workbook.test.ts counts
		expect(copy.cells).toHaveLength(32 * 6 + 8);
		expect(byMeaning(copy)).toEqual(byMeaning(original));
	});

	it('without the document title: refused, naming --form and --region', () => {
		const copy = headerlessCopy(readData(FORM_1M_DIR, 'Akmola Region.XLSX'), { dropTitle: true });
		expect(() => readFormWorkbook(copy, 'untitled.xlsx')).toThrow(
			/untitled\.xlsx: the workbook has no document title .* so neither can be told from the file\. If you know them from where the file was downloaded, pass --form \(1-M or СНГ-1\) and --region/
		);
		// With the analyst's form it reads, and names no region (the import asks for --region).
		const read = readFormWorkbook(copy, 'untitled.xlsx', undefined, { form: '1-M' });
		expect(read).toMatchObject({ form: '1-M', title: null, regionName: null });
		expect(read.cells).toHaveLength(217_460);
	});

	it("the parse workers of a multi-file import get the analyst's --form too", async () => {
		const copy = headerlessCopy(readData(FORM_1M_DIR, 'Akmola Region.XLSX'), { dropTitle: true });
		const pool = await openParsePool();
		try {
			await expect(pool.parse(copy, 'untitled.xlsx')).rejects.toThrow(/pass --form/);
			const read = await pool.parse(copy, 'untitled.xlsx', { form: '1-M' });
			expect(read).toMatchObject({ form: '1-M', regionName: null, cellIssues: [] });
			expect(read.table.length).toBe(217_460);
		} finally {
			await pool.close();
		}
	}, 60_000);

	it('a sheet whose header texts differ from the known layout is refused, not guessed', () => {
		// Akmola R1 without its графы row, and one header cell of R1 changed: E4 «Количество
		// правонарушений, уголовные дела о которых находились в производстве …» (a shared string)
		// replaced by an inline text.
		const bytes = headerlessCopy(readData(FORM_1M_DIR, 'Akmola Region.XLSX'));
		const edited = editSheet1(bytes, (x) =>
			x.replace(
				/<c r="E1"([^>]*?) t="s"><v>\d+<\/v><\/c>/,
				'<c r="E1"$1 t="inlineStr"><is><t>Иное</t></is></c>'
			)
		);
		expect(() => readFormWorkbook(edited, 'changed.xlsx')).toThrow(
			/changed\.xlsx, sheet R1: cannot find the row of column numbers .* not the known layout of Form 1-M section R1 \(31 графы, 422 row codes\): its header texts match none\./
		);
	});

	it('a sheet with the known header but other row codes is refused, naming both counts', () => {
		// The headerless R1 with its last coded row (sheet row 428, code 422; row 424 in the copy)
		// deleted: 421 row codes where the layout has 422.
		const bytes = headerlessCopy(readData(FORM_1M_DIR, 'Akmola Region.XLSX'));
		const edited = editSheet1(bytes, (x) => x.replace(/<row r="424"[^>]*>[\s\S]*?<\/row>/, ''));
		expect(() => readFormWorkbook(edited, 'rows.xlsx')).toThrow(
			/rows\.xlsx, sheet R1: .*: its header texts match \(sheet rows 1–2\), but its 421 row codes are not the layout's 422\./
		);
	});
});

function editSheet1(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
	const files = unzipSync(bytes);
	const before = strFromU8(files['xl/worksheets/sheet1.xml']);
	const after = edit(before);
	expect(after).not.toBe(before);
	files['xl/worksheets/sheet1.xml'] = strToU8(after);
	return zipSync(files, { level: 1 });
}

describe('the known layouts (known-layouts.ts)', () => {
	// Each section of every 2022 workbook, read the usual way, is the one layout the catalogue
	// holds for it: the catalogue is the template of the real files, not a copy of one of them.
	const cases = [
		...listWorkbooks(FORM_1M_DIR).map((f) => ['1-M', FORM_1M_DIR, f] as const),
		...listWorkbooks(FORM_SNG1_DIR).map((f) => ['СНГ-1', FORM_SNG1_DIR, f] as const)
	];
	it.each(cases)('Form %s: %s matches, section by section', (form, dir, file) => {
		const wb = openWorkbook(readData(dir, file), file);
		const sections = KNOWN_LAYOUTS[form];
		expect(Object.keys(sections)).toHaveLength(form === '1-M' ? 26 : 3);
		for (const [sheet, known] of Object.entries(sections)) {
			const s = wb.sheet(sheet);
			const cols = s.columns!;
			const layout = findGrafyRow(s, cols, file);
			const grid = makeGrid(s, cols, layout);
			const top = findHeaderTop(grid, layout.row, layout.labelFrom, layout.codeCol);
			const byOrder = FORM_SNG1_SECTIONS.some(
				(x) => form === 'СНГ-1' && x.sheet === sheet && x.codesByOrder
			);
			expect(known, `${file} ${sheet}`).toContainEqual(
				describeLayout(grid, cols, layout, top, byOrder)
			);
		}
	});
});
