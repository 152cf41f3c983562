/**
 * Integration: every 2022 workbook of Form 1-M and Form СНГ-1 in ../shared/data imported into
 * one temp warehouse through the real stages (read → load → validate, one transaction each),
 * as the README tells a new user: first the default warehouse (published figures and the
 * synthetic demo), then the real forms, which remove the demo.
 *
 * Every expected figure was read by hand from the workbook XML (unzip, xl/workbook.xml to find
 * the sheet file, then the <c r="…"><v> of the cell), independently of this project's code: a
 * throwaway python script over the sheet XML listed all control-sum breaches, and the ones below
 * were re-read cell by cell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths, type ImportSummary } from '../../../pipelines/stages/import.ts';
import { describeResult } from '../../../pipelines/stages/progress.ts';
import { buildReport } from '../../../pipelines/stages/report.ts';
import { lookupCell } from '../../../pipelines/stages/cell.ts';
import { buildDefaultWarehouse } from '../../../pipelines/stages/build-default.ts';
import { FORM_1M_2022, FORM_SNG1_2022, requireData } from '../cli/helpers.ts';
import { all, tempWarehouse, type TempWarehouse } from '../validate/fixture.ts';

let wh: TempWarehouse;
let m1: ImportSummary;
let sng: ImportSummary;
/** What the default build wrote: synthetic sources and their form values. */
let demo: { sources: number; cells: number };

beforeAll(async () => {
	wh = await tempWarehouse();
	await buildDefaultWarehouse(wh.conn);
	[demo] = await all<{ sources: number; cells: number }>(
		wh,
		`SELECT (SELECT count(*) FROM source_file WHERE synthetic)::INTEGER AS sources,
		        (SELECT count(*) FROM form_cell f JOIN source_file s ON s.sha256 = f.source_sha256
		         WHERE s.synthetic)::INTEGER AS cells`
	);
	m1 = await importPaths(wh.conn, [requireData(FORM_1M_2022)], { period: '2022' });
	sng = await importPaths(wh.conn, [requireData(FORM_SNG1_2022)], { period: '2022' });
}, 900_000);

afterAll(() => wh?.dispose());

describe('the README flow: the default warehouse, then the real forms', () => {
	it('the first real workbook removes the synthetic demo, and says so', () => {
		expect(demo.sources).toBeGreaterThan(0);
		expect(m1.files[0].removedDemo).toEqual(demo);
		expect(m1.files.slice(1).filter((f) => f.removedDemo)).toEqual([]);
		expect(describeResult(m1.files[0])).toContain(
			`removed the synthetic demo: ${demo.sources} sources, ${demo.cells} cells; ` +
				'this warehouse now holds real data only'
		);
	});

	it('leaves no synthetic source, cell or population, and keeps the published figures', async () => {
		const [left] = await all<Record<string, number>>(
			wh,
			`SELECT (SELECT count(*) FROM source_file WHERE synthetic)::INTEGER AS sources,
			        (SELECT count(*) FROM v_form_cell WHERE synthetic)::INTEGER AS cells,
			        (SELECT count(*) FROM v_registered_offences WHERE synthetic)::INTEGER AS registered,
			        (SELECT count(*) FROM population)::INTEGER AS population,
			        (SELECT count(*) FROM published_figure)::INTEGER AS published`
		);
		// data/published: kz-published-figures.csv 275 rows + founding-papers.csv 41 rows.
		expect(left).toEqual({ sources: 0, cells: 0, registered: 0, population: 0, published: 316 });
	});

	it('build-default on the real warehouse refreshes the published figures and adds no demo', async () => {
		const r = await buildDefaultWarehouse(wh.conn);
		expect(r).toMatchObject({ realForms: 32, synthetic: 0, removedDemo: null });
		expect(r.published.map((p) => p.status)).toEqual(['already-imported', 'already-imported']);
		const [sum] = await all<{ s: number; synthetic: number }>(
			wh,
			`SELECT sum(registered_all) AS s, count(*) FILTER (WHERE synthetic)::INTEGER AS synthetic
			 FROM v_registered_offences WHERE period = '2022'`
		);
		expect(sum).toEqual({ s: 111_288, synthetic: 0 }); // the 16 regions, see below
	});
});

describe('import of the 2022 workbooks', () => {
	it('imports all 16 + 16 workbooks, region from the title (not the file name)', () => {
		expect(m1.ok, JSON.stringify(m1.files.filter((f) => f.status !== 'imported'))).toBe(true);
		expect(sng.ok).toBe(true);
		expect(m1.files.map((f) => f.status)).toEqual(Array(16).fill('imported'));
		expect(sng.files.map((f) => f.status)).toEqual(Array(16).fill('imported'));
		// «Mangistay Region.XLSX» (a typo in the file name): title «1-M  Мангистауская область (Свод)»
		expect(m1.files.find((f) => f.file === 'Mangistay Region.XLSX')?.region).toBe('KZ-47');
		// «Abay Region.XLSX»: title «1-M  область Абай (Свод)»
		expect(m1.files.find((f) => f.file === 'Abay Region.XLSX')?.region).toBe('KZ-10');
		// Akmola: 217,460 numeric cells below the графы rows of its 26 sheets (pandas peer count)
		expect(m1.files.find((f) => f.file === 'Akmola Region.XLSX')?.cells).toBe(217_460);
	});

	it('holds R1-1 row 1 графа 1 (registered in the period) as published', async () => {
		// R1-1 is xl/worksheets/sheet2.xml in each workbook; row 1 графа 1 is cell E7.
		const expected: Record<string, number> = {
			'KZ-11': 5317, // Akmola Region.XLSX
			'KZ-71': 17144, // Astana.XLSX
			'KZ-79': 9791, // Shymkent.XLSX
			'KZ-19': 12571, // Almaty Region.XLSX
			'KZ-10': 2474 // Abay Region.XLSX
		};
		const rows = await all<{ region_code: string; registered_all: number }>(
			wh,
			`SELECT region_code, registered_all FROM v_registered_offences
			 WHERE period = '2022' AND region_code IN ('KZ-11', 'KZ-71', 'KZ-79', 'KZ-19', 'KZ-10')`
		);
		expect(Object.fromEntries(rows.map((r) => [r.region_code, r.registered_all]))).toEqual(
			expected
		);
		// All 16 regions together (each E7 above summed): 111,288 of the 155,200 of all 20.
		const [sum] = await all<{ s: number }>(
			wh,
			`SELECT sum(registered_all) AS s FROM v_registered_offences WHERE period = '2022'`
		);
		expect(sum.s).toBe(111_288);
	});

	it('answers "where does this number come from?" with file, sheet, cell and labels', async () => {
		const c = await lookupCell(wh.conn, {
			form: '1-M',
			region: 'Акмолинская область',
			period: '2022',
			section: 'R1',
			rowCode: '14',
			grafa: '1'
		});
		// Akmola Region.XLSX, sheet R1 (sheet1.xml), cell E20: «Убийство (ст.99)», row code 14, 41
		expect(c).toMatchObject({ value: 41, file: 'Akmola Region.XLSX', sheet: 'R1', cell: 'E20' });
		expect(c.row_label).toContain('Убийство (ст.99)');
		expect(c.article).toBe('99');
		expect(c.column_label).toContain('находились в производстве');
		expect(c.sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	it('СНГ-1 R1 total equals 1-M R1-1 row 3 графа 1 in all 16 regions', async () => {
		const rows = await all<{ region_code: string; sng: number; m1: number }>(
			wh,
			`SELECT a.region_code, a.value AS sng, b.value AS m1
			 FROM form_cell a JOIN form_cell b USING (region_code, period)
			 WHERE a.form = 'СНГ-1' AND a.section = 'R1' AND a.row_code = '1' AND a.grafa = '1'
			   AND b.form = '1-M' AND b.section = 'R1-1' AND b.row_code = '3' AND b.grafa = '1'
			 ORDER BY a.region_code`
		);
		expect(rows).toHaveLength(16);
		// e.g. Akmola region.XLSX (СНГ-1) R1 E7 = 4535 = Akmola Region.XLSX (1-M) R1-1 E9
		expect(rows.find((r) => r.region_code === 'KZ-11')).toEqual({
			region_code: 'KZ-11',
			sng: 4535,
			m1: 4535
		});
		expect(rows.filter((r) => r.sng !== r.m1)).toEqual([]);
	});
});

describe('control-sum findings of the 2022 workbooks', () => {
	it('reports exactly the breaches present in the files, and none that are not', async () => {
		const rows = await all<{
			region_code: string;
			rule: string;
			section: string;
			row_code: string;
			grafa: string;
			expected: number;
			found: number;
		}>(
			wh,
			`SELECT region_code, rule, section, row_code, grafa, expected, found FROM finding
			 WHERE form <> 'published' ORDER BY region_code, section, TRY_CAST(grafa AS INTEGER)`
		);
		const got = rows.map((r) => [
			r.region_code,
			r.rule,
			r.section,
			r.row_code,
			r.grafa,
			r.expected,
			r.found
		]);
		expect(got).toEqual([
			// Akmola Region.XLSX, R1 (sheet1.xml): row 3 (E9 5353) vs rows 4–7 (E10:E13 736+3070+1420+126)
			['KZ-11', 'R1.row3=row4+5+6+7', 'R1', '3', '1', 5352, 5353],
			// F9 4535 vs F10:F13 610+2668+1161+95
			['KZ-11', 'R1.row3=row4+5+6+7', 'R1', '3', '2', 4534, 4535],
			// графа 13 (Q9 2992 vs Q10:Q13 738+1825+410+18)
			['KZ-11', 'R1.row3=row4+5+6+7', 'R1', '3', '13', 2991, 2992],
			// Akmola R1-1 (sheet2.xml): E9 4535 vs E10:E13 610+2668+1161+95
			['KZ-11', 'R1-1.row3=row4+5+6+7', 'R1-1', '3', '1', 4534, 4535],
			// F9 4209 vs 519+2531+1070+88; G9 293 vs 41+178+68+5; H9 366 vs 56+216+85+8
			['KZ-11', 'R1-1.row3=row4+5+6+7', 'R1-1', '3', '2', 4208, 4209],
			['KZ-11', 'R1-1.row3=row4+5+6+7', 'R1-1', '3', '3', 292, 293],
			['KZ-11', 'R1-1.row3=row4+5+6+7', 'R1-1', '3', '4', 365, 366],
			// R9 2580 vs R10:R13 635+1634+297+13
			['KZ-11', 'R1-1.row3=row4+5+6+7', 'R1-1', '3', '14', 2579, 2580],
			// Shymkent.XLSX PRIL11 (sheet26.xml) row 1 vs R1 (sheet1.xml) rows 6+7:
			// E7 4402 vs E12+E13 4282+119; F7 3541 vs F12+F13 3442+98; …; K7 2352 vs L12+L13
			['KZ-79', 'PRIL11=R1.row6+7', 'PRIL11', '1', '1', 4401, 4402],
			['KZ-79', 'PRIL11=R1.row6+7', 'PRIL11', '1', '2', 3540, 3541],
			['KZ-79', 'PRIL11=R1.row6+7', 'PRIL11', '1', '3', 1682, 1683],
			['KZ-79', 'PRIL11=R1.row6+7', 'PRIL11', '1', '4', 46, 47],
			['KZ-79', 'PRIL11=R1.row6+7', 'PRIL11', '1', '5', 2379, 2380],
			['KZ-79', 'PRIL11=R1.row6+7', 'PRIL11', '1', '6', 2364, 2365],
			['KZ-79', 'PRIL11=R1.row6+7', 'PRIL11', '1', '7', 2351, 2352]
		]);
	});
});

describe('report and re-import', () => {
	it('reports coverage: 16 imported per form, the 4 regions without files missing', async () => {
		const r = await buildReport(wh.conn);
		const summary = r.summary.filter((s) => s.period === '2022');
		expect(summary.map((s) => [s.form, s.imported, [...s.missing].sort()])).toEqual([
			['1-M', 16, ['KZ-33', 'KZ-61', 'KZ-62', 'KZ-75']],
			['СНГ-1', 16, ['KZ-33', 'KZ-61', 'KZ-62', 'KZ-75']]
		]);
		// the 15 control-sum findings below, and the founding paper's acquittals total≠sum
		expect(r.findings.map((f) => f.rule).filter((x) => x === 'published.total≠sum')).toHaveLength(
			1
		);
		expect(r.findings).toHaveLength(16);
	});

	it('importing the same files again changes nothing', async () => {
		const before = await all<{ n: bigint; h: bigint }>(
			wh,
			`SELECT (SELECT count(*) FROM form_cell) AS n, (SELECT bit_xor(hash(f)) FROM finding f) AS h`
		);
		const again = await importPaths(wh.conn, [FORM_SNG1_2022], { period: '2022' });
		expect(again.ok).toBe(true);
		expect(new Set(again.files.map((f) => f.status))).toEqual(new Set(['already-imported']));
		const after = await all<{ n: bigint; h: bigint }>(
			wh,
			`SELECT (SELECT count(*) FROM form_cell) AS n, (SELECT bit_xor(hash(f)) FROM finding f) AS h`
		);
		expect(after).toEqual(before);
	});
});
