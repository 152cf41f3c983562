/**
 * Every cell is accounted for (issue 13.6): copies of the real Akmola 2022 Form 1-M workbook,
 * each perturbed here in one way (text, NaN, ±Infinity or a negative number in a numeric cell of
 * R1, a million stray one-cell rows below the R1 table), imported through the real stages into a
 * temp warehouse. Each gives a finding naming the file, sheet and cell; the untouched original
 * gives none of these findings and keeps its known ones.
 *
 * Cells by hand from «Akmola Region.XLSX», xl/worksheets/sheet1.xml (sheet R1, the first in
 * xl/workbook.xml): row 7 is row code 1 (D7 = 1); F7 = 5317 (графа 2), G7 = 376 (графа 3),
 * H7 = 1861 (графа 4), I7 = 60 (графа 5); the last coded row is 428 (D428 = 422), the last
 * графа column AI (графа 31).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../pipelines/stages/import-file.ts';
import { importPaths } from '../../../pipelines/stages/import.ts';
import { all, tempWarehouse, type TempWarehouse } from '../validate/fixture.ts';
import { FORM_1M_DIR, readData } from './real-data.ts';

const R1 = 'xl/worksheets/sheet1.xml';
let akmola: Uint8Array;
let dir: string;

/** A copy of the workbook with the R1 sheet XML edited. */
function editR1(edit: (xml: string) => string): Uint8Array {
	const files = unzipSync(akmola);
	const before = strFromU8(files[R1]);
	const after = edit(before);
	expect(after, 'the perturbation must change the sheet').not.toBe(before);
	files[R1] = strToU8(after);
	return zipSync(files, { level: 1 });
}

/** Replace the whole <c> element of `ref` (a numeric cell of the real file) by `cell`. */
function setCell(xml: string, ref: string, cell: string): string {
	return xml.replace(new RegExp(`<c r="${ref}" s="(\\d+)"><v>\\d+</v></c>`), (_m, s) =>
		cell.replace('S', s)
	);
}

interface FindingRow {
	rule: string;
	severity: string;
	section: string;
	row_code: string | null;
	grafa: string | null;
	found: number | null;
	message: string;
	/** finding.params, parsed (finding-params.ts): file, A1 cell, value, where it lies. */
	params: unknown;
}

/** The cell findings of a warehouse, params parsed. */
async function cellFindings(wh: TempWarehouse, order: string): Promise<FindingRow[]> {
	const rows = await all<Omit<FindingRow, 'params'> & { params: string }>(
		wh,
		`SELECT rule, severity, section, row_code, grafa, found, message, params::TEXT AS params
		 FROM finding WHERE rule LIKE 'cell%' ORDER BY ${order}`
	);
	return rows.map((r) => ({ ...r, params: JSON.parse(r.params) }));
}

async function importCopy(name: string, bytes: Uint8Array) {
	const wh = await tempWarehouse();
	const result = await importFile(wh.conn, name, bytes, { period: '2022' });
	const findings = await cellFindings(wh, 'section, message');
	const total = await all<{ n: number }>(wh, 'SELECT count(*)::INTEGER AS n FROM finding');
	return { wh, result, findings, total: total[0].n };
}

// The findings of the original: the control-sum breaches listed in import-2022.test.ts
// (stages), counted here from the untouched file.
let originalTotal: number;

beforeAll(async () => {
	akmola = readData(FORM_1M_DIR, 'Akmola Region.XLSX');
	dir = mkdtempSync(join(tmpdir(), 'sarapshy-cells-'));
	const o = await importCopy('Akmola Region.XLSX', akmola);
	try {
		expect(o.result.status, o.result.error).toBe('imported');
		expect(o.findings).toEqual([]);
		originalTotal = o.total;
	} finally {
		o.wh.dispose();
	}
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cells that are no figure become findings naming file, sheet and cell', () => {
	it('the original workbook has none of them and imports its 217,460 cells', async () => {
		// 217,460: the count import-2022.test.ts checks (a pandas peer count of the same file).
		expect(originalTotal).toBeGreaterThan(0);
		const o = await importCopy('Akmola Region.XLSX', akmola);
		try {
			expect(o.result.cells).toBe(217_460);
			expect(o.findings).toEqual([]);
			expect(o.total).toBe(originalTotal);
		} finally {
			o.wh.dispose();
		}
	});

	it('text in a numeric cell: not read as a figure, one finding naming R1 F7', async () => {
		const bytes = editR1((x) =>
			setCell(x, 'F7', '<c r="F7" s="S" t="inlineStr"><is><t>пять тысяч</t></is></c>')
		);
		const c = await importCopy('text.xlsx', bytes);
		try {
			expect(c.result.status, c.result.error).toBe('imported');
			expect(c.result.cells).toBe(217_460 - 1);
			expect(c.findings).toEqual([
				{
					rule: 'cell=number',
					severity: 'error',
					section: 'R1',
					row_code: '1',
					grafa: '2',
					found: null,
					message:
						'text.xlsx, sheet R1, cell F7 (row 1 графа 2): «пять тысяч» holds text where the form ' +
						'has a number; not read as a figure; correct the workbook or ask the Committee',
					params: { file: 'text.xlsx', cell: 'F7', value: 'пять тысяч', where: null }
				}
			]);
			const cell = await all<{ n: number }>(
				c.wh,
				`SELECT count(*)::INTEGER AS n FROM form_cell WHERE section = 'R1' AND cell = 'F7'`
			);
			expect(cell[0].n).toBe(0);
		} finally {
			c.wh.dispose();
		}
	});

	it('NaN, Infinity and -Infinity in numeric cells: one finding each, naming the cell', async () => {
		const bytes = editR1((x) => {
			let y = setCell(x, 'G7', '<c r="G7" s="S"><v>NaN</v></c>');
			y = setCell(y, 'H7', '<c r="H7" s="S"><v>Infinity</v></c>');
			return setCell(y, 'I7', '<c r="I7" s="S" t="str"><v>-Infinity</v></c>');
		});
		const c = await importCopy('nan.xlsx', bytes);
		try {
			expect(c.result.status, c.result.error).toBe('imported');
			expect(c.result.cells).toBe(217_460 - 3);
			expect(c.findings.map((f) => [f.rule, f.section, f.row_code, f.grafa])).toEqual([
				['cell=finite', 'R1', '1', '3'],
				['cell=finite', 'R1', '1', '4'],
				['cell=finite', 'R1', '1', '5']
			]);
			expect(c.findings.map((f) => f.message.split(':')[0])).toEqual([
				'nan.xlsx, sheet R1, cell G7 (row 1 графа 3)',
				'nan.xlsx, sheet R1, cell H7 (row 1 графа 4)',
				'nan.xlsx, sheet R1, cell I7 (row 1 графа 5)'
			]);
			expect(c.findings[0].message).toContain('«NaN» holds a value that is not a finite number');
		} finally {
			c.wh.dispose();
		}
	});

	it('a negative count: kept as published, one finding naming R1 F7 with the value', async () => {
		const bytes = editR1((x) => setCell(x, 'F7', '<c r="F7" s="S"><v>-5317</v></c>'));
		const c = await importCopy('negative.xlsx', bytes);
		try {
			expect(c.result.cells).toBe(217_460);
			expect(c.findings).toEqual([
				{
					rule: 'cell>=0',
					severity: 'error',
					section: 'R1',
					row_code: '1',
					grafa: '2',
					found: -5317,
					message:
						'negative.xlsx, sheet R1, cell F7 (row 1 графа 2): -5,317 is negative, but the form ' +
						'counts offences, persons or tenge; kept as published',
					params: { file: 'negative.xlsx', cell: 'F7', value: -5317, where: null }
				}
			]);
			const v = await all<{ value: number }>(
				c.wh,
				`SELECT value FROM form_cell WHERE section = 'R1' AND cell = 'F7'`
			);
			expect(v).toEqual([{ value: -5317 }]);
			// The sum rules see the figure as published: row 1 графа 2 no longer adds up.
			expect(c.total).toBeGreaterThan(originalTotal);
		} finally {
			c.wh.dispose();
		}
	});

	it(
		'a million stray one-cell rows below R1 (and text right of it): one finding each, no cell, ' +
			'no orphan row; read on the parse worker too',
		async () => {
			const stray: string[] = [];
			for (let r = 429; r < 429 + 1_000_000; r++)
				stray.push(`<row r="${r}"><c r="E${r}"><v>1</v></c></row>`);
			const bytes = editR1((x) =>
				x
					.replace('</sheetData>', stray.join('') + '</sheetData>')
					.replace(
						/(<c r="AI20" [^>]*><v>\d+<\/v><\/c>)/,
						'$1<c r="AJ20" t="inlineStr"><is><t>см. примечание</t></is></c>'
					)
			);
			// Two files: importPaths parses the second (and later) workbooks on its worker pool.
			writeFileSync(join(dir, 'a-astana.xlsx'), readData(FORM_1M_DIR, 'Astana.XLSX'));
			writeFileSync(join(dir, 'b-stray.xlsx'), bytes);
			const wh = await tempWarehouse();
			try {
				const summary = await importPaths(wh.conn, [dir], { period: '2022' });
				const first = summary.files[1];
				expect(first.status, first.error).toBe('imported');
				expect(first.cells).toBe(217_460);
				const findings = await cellFindings(wh, 'message');
				expect(findings).toEqual([
					{
						rule: 'cell-in-layout',
						severity: 'warning',
						section: 'R1',
						row_code: '14',
						grafa: null,
						found: null,
						message:
							"b-stray.xlsx, sheet R1, cell AJ20 (row 14): «см. примечание» lies outside the form's " +
							'table (right of the last графа (column AI)); not read; check that nothing of the ' +
							'report was saved there',
						params: {
							file: 'b-stray.xlsx',
							cell: 'AJ20',
							value: 'см. примечание',
							where: { kind: 'right', column: 'AI' }
						}
					},
					{
						rule: 'cell-in-layout',
						severity: 'warning',
						section: 'R1',
						row_code: null,
						grafa: null,
						found: null,
						message:
							"b-stray.xlsx, sheet R1: 1,000,000 cells in E429:E1000428 lie outside the form's " +
							"table (the first below the table's last coded row 428); the first 5: E429 1, " +
							'E430 1, E431 1, E432 1, E433 1 …; not read; check that nothing of the report was ' +
							'saved there',
						params: {
							file: 'b-stray.xlsx',
							count: 1_000_000,
							range: 'E429:E1000428',
							where: { kind: 'below', row: '428' },
							first: [429, 430, 431, 432, 433].map((r) => ({ cell: `E${r}`, value: 1 }))
						}
					}
				]);
				// No layout row of the stray copy points below the table: nothing to orphan.
				const stray = await all<{ n: number }>(
					wh,
					`SELECT count(*)::INTEGER AS n FROM form_row
					 WHERE section = 'R1' AND (sheet_row > 428 OR row_code LIKE '#%')`
				);
				expect(stray[0].n).toBe(0);
				// The original differs from the copy (the stray cells), so it is refused without
				// --replace; with it, it replaces the copy and the copy's findings go with it.
				const refused = await importFile(wh.conn, 'Akmola Region.XLSX', akmola, { period: '2022' });
				expect(refused.status).toBe('refused');
				expect(refused.error).toMatch(/--replace/);
				const again = await importFile(wh.conn, 'Akmola Region.XLSX', akmola, {
					period: '2022',
					replace: true
				});
				expect(again.status, again.error).toBe('replaced');
				const left = await all<{ n: number }>(
					wh,
					`SELECT count(*)::INTEGER AS n FROM finding WHERE rule LIKE 'cell%'`
				);
				expect(left[0].n).toBe(0);
			} finally {
				wh.dispose();
			}
		},
		300_000
	);
});
