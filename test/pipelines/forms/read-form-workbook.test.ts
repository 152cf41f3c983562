// Form detection from document titles, dispatch, and refusal of incomplete or unknown
// workbooks. Bad workbooks are built at run time from a real one (fflate unzip → edit → zip).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
	EXPECTED_SHEETS,
	InputError,
	detectForm,
	parseFormTitle,
	readFormWorkbook
} from '../../../pipelines/forms/index.ts';
import { resolveRegion } from '../../../src/lib/domain/regions.ts';
import { FORM_1M_DIR, FORM_SNG1_DIR, listWorkbooks, readData } from './real-data.ts';

function edited(bytes: Uint8Array, path: string, edit: (xml: string) => string): Uint8Array {
	const files = unzipSync(bytes);
	files[path] = strToU8(edit(strFromU8(files[path])));
	return zipSync(files, { level: 1 });
}

describe('detectForm and parseFormTitle', () => {
	it.each([
		['1-M  Акмолинская область (Свод)', '1-M', 'Акмолинская область'],
		['СНГ-1  г.Шымкент (Свод)', 'СНГ-1', 'г.Шымкент'],
		['1-М Астана', '1-M', 'Астана'], // Cyrillic М, single space, no (Свод)
		['  1-M   область   Абай  (свод) ', '1-M', 'область Абай'],
		['CHГ-1 Павлодарская область (Свод)', 'СНГ-1', 'Павлодарская область'], // Latin C, H
		['Форма № 1-СНГ Костанайская область', 'СНГ-1', 'Костанайская область'] // as R2's own heading
	])('%s → %s, %s', (title, form, regionName) => {
		expect(detectForm(title)).toBe(form);
		expect(parseFormTitle(title)).toEqual({ form, regionName });
	});

	it('names no form for other titles', () => {
		expect(detectForm(null)).toBeNull();
		expect(detectForm('Форма 2 Акмолинская область')).toBeNull();
		expect(detectForm('1-MM Астана')).toBeNull();
		expect(() => parseFormTitle('Население по регионам', 'pop.xlsx')).toThrow(
			/pop\.xlsx: unknown form in the document title "Население по регионам"/
		);
		expect(() => parseFormTitle(null, 'x.xlsx')).toThrow(
			/x\.xlsx: the workbook has no document title/
		);
	});
});

describe('readFormWorkbook on all real 2022 workbooks', () => {
	it.each(listWorkbooks(FORM_1M_DIR))('Form 1-M %s: 26 sections, a known region', (file) => {
		const p = readFormWorkbook(readData(FORM_1M_DIR, file), file);
		expect(p.form).toBe('1-M');
		expect(p.sheets).toEqual([...EXPECTED_SHEETS['1-M']]);
		expect(new Set(p.cells.map((c) => c.section)).size).toBe(26);
		expect(resolveRegion(p.regionName ?? ''), p.regionName ?? 'no region').toBeDefined();
		expect(p.cellIssues).toEqual([]); // every cell is a figure of the form
		// The same template everywhere: 217,460 numeric cells (full grids, see form-1m.test.ts).
		expect(p.cells).toHaveLength(217460);
		expect(
			p.cells.every(
				(c) => Number.isFinite(c.value) && c.rowCode !== '' && !c.rowCode.startsWith('#')
			)
		).toBe(true);
	});

	it.each(listWorkbooks(FORM_SNG1_DIR))('Form СНГ-1 %s: 3 sections, a known region', (file) => {
		const p = readFormWorkbook(readData(FORM_SNG1_DIR, file), file);
		expect(p.form).toBe('СНГ-1');
		expect(p.sheets).toEqual(['R1', 'R2', 'R3']);
		expect(resolveRegion(p.regionName ?? ''), p.regionName ?? 'no region').toBeDefined();
		expect(p.cellIssues).toEqual([]); // every cell is a figure of the form
		expect(p.cells).toHaveLength(32 * 6 + 8);
	});

	it('finds 16 + 16 workbooks naming 16 distinct regions each', () => {
		const regions = (dir: string) =>
			new Set(
				listWorkbooks(dir).map(
					(f) => resolveRegion(readFormWorkbook(readData(dir, f), f).regionName ?? '')?.code
				)
			);
		expect(listWorkbooks(FORM_1M_DIR)).toHaveLength(16);
		expect(regions(FORM_SNG1_DIR).size).toBe(16);
	});
});

describe('readFormWorkbook refuses incomplete or unknown workbooks', () => {
	const sng = () => readData(FORM_SNG1_DIR, 'Akmola region.XLSX');

	it('refuses a title that names no known form', () => {
		const bad = edited(sng(), 'docProps/core.xml', (x) =>
			x.replace(/<dc:title>[^<]*/, '<dc:title>Ф-2  Акмолинская область')
		);
		expect(() => readFormWorkbook(bad, 'f2.xlsx')).toThrow(InputError);
		expect(() => readFormWorkbook(bad, 'f2.xlsx')).toThrow(
			/f2\.xlsx: unknown form in the document title "Ф-2  Акмолинская область"/
		);
	});

	it('refuses a workbook without a title', () => {
		const bad = edited(sng(), 'docProps/core.xml', (x) =>
			x.replace(/<dc:title>[^<]*<\/dc:title>/, '')
		);
		expect(() => readFormWorkbook(bad, 'untitled.xlsx')).toThrow(
			/untitled\.xlsx: the workbook has no document title/
		);
	});

	it('refuses a Form 1-M workbook that lacks a section', () => {
		const bytes = readData(FORM_1M_DIR, 'Akmola Region.XLSX');
		const bad = edited(bytes, 'xl/workbook.xml', (x) => x.replace(/<sheet name="R5"[^>]*\/>/, ''));
		expect(() => readFormWorkbook(bad, 'no-r5.xlsx')).toThrow(
			/no-r5\.xlsx: this Form 1-M workbook lacks section\(s\) R5/
		);
	});

	it('refuses a СНГ-1 workbook that lacks a section', () => {
		const bad = edited(sng(), 'xl/workbook.xml', (x) => x.replace(/<sheet name="R2"[^>]*\/>/, ''));
		expect(() => readFormWorkbook(bad, 'no-r2.xlsx')).toThrow(
			/no-r2\.xlsx: this Form СНГ-1 workbook lacks section\(s\) R2/
		);
	});

	it('refuses a section without графы row and known header, naming file, sheet and layout', () => {
		// R2 of СНГ-1: графы row 6, header row 5 («Наименование», «Всего»); both removed.
		const bad = edited(sng(), 'xl/worksheets/sheet2.xml', (x) =>
			x.replace(/<row r="5"[\s\S]*?<\/row>/, '').replace(/<row r="6"[\s\S]*?<\/row>/, '')
		);
		expect(() => readFormWorkbook(bad, 'nografy.xlsx')).toThrow(
			/nografy\.xlsx, sheet R2: cannot find the row of column numbers \("А, Б, 1, 2, …"\), and the sheet is not the known layout of Form СНГ-1 section R2 \(1 графа, 8 row codes\): its header texts match none\./
		);
	});
});
