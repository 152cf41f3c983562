import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	populationSource,
	readPopulationCsv,
	readPopulationSheet
} from '../../../pipelines/sources/population/index.ts';
import type { Sheet, SheetCell } from '../../../pipelines/xlsx/types.ts';
import { InputError } from '../../../pipelines/forms/types.ts';
import { openTempWarehouse, rows, sharedFile, type TempWarehouse } from './temp-warehouse.ts';

type Pop = {
	region_code: string;
	year: number;
	sex: string;
	value: number | null;
	label: string;
	sheet: string;
	cell: string;
};

describe('population source (Bureau of National Statistics workbook)', () => {
	const xlsx = sharedFile('population/bns-population-by-region-source.xlsx');
	const csv = sharedFile('population/bns-population-by-region-2000-2023.csv');
	let wh: TempWarehouse;
	/** A row of sheet «Все население» (both sexes), year 2000 (column B). */
	const allOf2000 = (regionCode: string, value: number, label: string, cell: string): Pop => ({
		region_code: regionCode,
		year: 2000,
		sex: 'all',
		value,
		label,
		sheet: 'Все население',
		cell
	});
	const one = async (where: string) =>
		rows<Pop>(wh.conn, `SELECT * EXCLUDE (source_sha256) FROM population WHERE ${where}`);
	beforeAll(async () => {
		wh = await openTempWarehouse();
		await populationSource.load(wh.conn, 'renamed.xlsx', xlsx.bytes, 'sha-xlsx');
	});
	afterAll(() => wh.close());

	it('is detected by its sheet names and its CSV header, not the file name', () => {
		expect(populationSource.detect('whatever.xlsx', xlsx.bytes)).toBe(true);
		expect(populationSource.detect('whatever.csv', csv.bytes)).toBe(true);
		expect(populationSource.detect('x.csv', new TextEncoder().encode('a,b\n'))).toBe(false);
	});

	it('reads the republic total for 2000 from sheet «Все население», cell B2', async () => {
		// xl/worksheets/sheet1.xml: A2 = «Республика Казахстан », B1 = 2000, B2 = 14901641.
		expect(await one(`region_code = 'KZ' AND year = 2000 AND sex = 'all'`)).toEqual([
			allOf2000('KZ', 14901641, 'Республика Казахстан ', 'B2')
		]);
	});

	it("keeps '-' as NULL, never 0 (Abai before 2022)", async () => {
		// sheet1 row 3 «Абай»: B3…W3 (2000–2021) = '-', X3 (2022) = 611888.
		const abai = await one(`region_code = 'KZ-10' AND sex = 'all' AND year IN (2021, 2022)`);
		expect(abai.map((r) => [r.year, r.value, r.cell])).toEqual(
			expect.arrayContaining([
				[2021, null, 'W3'],
				[2022, 611888, 'X3']
			])
		);
		const [{ zeros }] = await rows<{ zeros: number }>(
			wh.conn,
			'SELECT count(*) FILTER (WHERE value = 0)::INT AS zeros FROM population'
		);
		expect(zeros).toBe(0);
	});

	it('resolves the footnoted «Туркестанская 1» to KZ-61', async () => {
		// sheet1 A17 = «Туркестанская 1» (footnote: 2000–2016 are South Kazakhstan), B17 = 2005023.
		expect(await one(`region_code = 'KZ-61' AND year = 2000 AND sex = 'all'`)).toEqual([
			allOf2000('KZ-61', 2005023, 'Туркестанская 1', 'B17')
		]);
	});

	it('reads only the first block of each sheet: 21 labels × 24 years × 3 sexes', async () => {
		// Rows 2–22 of sheet1 and 8–28 of sheets 2–3; the urban/rural blocks below are not read.
		const [{ n, sheets }] = await rows<{ n: number; sheets: number }>(
			wh.conn,
			'SELECT count(*)::INT AS n, count(DISTINCT sheet)::INT AS sheets FROM population'
		);
		expect([n, sheets]).toEqual([21 * 24 * 3, 3]);
	});

	it('men + women = all in every region and year (a property of the source)', async () => {
		// Checked by hand with python over sheet1 rows 2–22 vs sheets 2–3 rows 8–28: 421 numeric
		// cells, no difference. Men 2000 (Мужчины!B8) 7177523 + women (Женщины!B8) 7724118 = 14901641.
		const diff = await rows<{ region_code: string; year: number }>(
			wh.conn,
			`SELECT a.region_code, a.year FROM population a
			 JOIN population m ON m.region_code = a.region_code AND m.year = a.year AND m.sex = 'male'
			 JOIN population f ON f.region_code = a.region_code AND f.year = a.year AND f.sex = 'female'
			 WHERE a.sex = 'all' AND a.value IS DISTINCT FROM m.value + f.value`
		);
		expect(diff).toEqual([]);
	});

	it('reads the unpivoted CSV as sex «all» and refuses a label it cannot name', async () => {
		const fromCsv = readPopulationCsv(csv.bytes, 'pop.csv');
		// CSV line 2: «Республика Казахстан ,2000,14901641.0».
		expect(fromCsv[0]).toMatchObject({
			regionCode: 'KZ',
			year: 2000,
			sex: 'all',
			value: 14901641,
			cell: 'line 2'
		});
		const bad = new TextEncoder().encode('Область,Год,Население\nАтлантида,2000,5\n');
		try {
			readPopulationCsv(bad, 'pop.csv');
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(InputError);
			expect((e as Error).message).toMatch(
				/pop\.csv, line 2: region label «Атлантида» cannot be named/
			);
		}
	});
});

describe('population sheet reader on bad input', () => {
	// A small sheet built here (the XLSX layer is tested by its own suite): years 2000–2004 in
	// row 1 (B1:F1), one region per row below.
	const sheetOf = (rowsOfCells: (string | number | null)[][]): Sheet => {
		const cells: SheetCell[] = [];
		rowsOfCells.forEach((r, i) =>
			r.forEach((value, j) => {
				if (value !== null)
					cells.push({
						row: i + 1,
						col: j + 1,
						ref: `${String.fromCharCode(65 + j)}${i + 1}`,
						value
					});
			})
		);
		return {
			name: 'Все население',
			cells,
			merges: [],
			get: (row, col) => cells.find((c) => c.row === row && c.col === col)
		};
	};
	const years = [null, 2000, 2001, 2002, 2003, 2004];

	it('refuses a label it cannot name, with sheet and cell', () => {
		const sheet = sheetOf([years, ['Атлантида', 1, 2, 3, 4, 5]]);
		expect(() => readPopulationSheet(sheet, 'all', 'bns.xlsx')).toThrow(
			/bns\.xlsx, sheet «Все население», A2: region label «Атлантида» cannot be named/
		);
	});

	it('refuses a value that is neither a number nor "-", with its cell', () => {
		const sheet = sheetOf([years, ['Акмолинская', 1, 2, 'н/д', 4, 5]]);
		expect(() => readPopulationSheet(sheet, 'all', 'bns.xlsx')).toThrow(
			/D2: «н\/д» is not a population figure/
		);
	});
});
