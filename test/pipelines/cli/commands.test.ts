/**
 * The `cell` and `report` commands through the real CLI: provenance of one figure, a clear
 * non-zero exit when it is absent, and coverage as JSON.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { etl, FORM_1M_2022, warehouseWith, type TempWarehouse } from './helpers.ts';

let wh: TempWarehouse;
let db: string;

beforeAll(() => {
	wh = warehouseWith('sarapshy-cmd-', resolve(FORM_1M_2022, 'Shymkent.XLSX'));
	db = wh.db;
	// one line per file when stderr is not a terminal
	expect(wh.imported.stderr).toMatch(
		/imported {2}Shymkent\.XLSX \(1-M KZ-79 2022\): \d+ cells, 7 findings/
	);
}, 300_000);

afterAll(() => wh.remove());

describe('etl cell', () => {
	it('prints a figure with its file, sha256, sheet, cell and labels (region by ISO code)', () => {
		const r = etl(db, ['cell', '1-M', 'KZ-79', '2022', 'R1-1', '1', '1', '--json']);
		expect(r.status, r.stderr).toBe(0);
		const c = JSON.parse(r.stdout);
		// Shymkent.XLSX, sheet R1-1 (sheet2.xml), cell E7 = 9791: «Всего правонарушений», графа 1
		expect(c).toMatchObject({
			value: 9791,
			file: 'Shymkent.XLSX',
			sheet: 'R1-1',
			cell: 'E7',
			region_code: 'KZ-79',
			synthetic: false
		});
		expect(c.row_label).toContain('Всего правонарушений');
		expect(c.column_label).toMatch(/зарегистрированных в ЕРДР/);
		expect(c.sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	it('takes the region as the form names it, and prints text without --json', () => {
		const r = etl(db, ['cell', '1m', 'г.Шымкент', '2022', 'PRIL11', '1', '1']);
		expect(r.status, r.stderr).toBe(0);
		// Shymkent.XLSX, PRIL11 (sheet26.xml) E7 = 4402
		expect(r.stdout).toMatch(/^4402\n/);
		expect(r.stdout).toMatch(/sheet PRIL11, cell E7/);
	});

	it('exits non-zero with a message when the figure is absent', () => {
		const r = etl(db, ['cell', '1-M', 'KZ-11', '2022', 'R1-1', '1', '1']);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/no figure for 1-M KZ-11 .*2022/);
	});
});

describe('etl report', () => {
	it('--json lists coverage and the findings', () => {
		const r = etl(db, ['report', '--json']);
		expect(r.status, r.stderr).toBe(0);
		const rep = JSON.parse(r.stdout);
		const m1 = rep.summary.find((s: { form: string }) => s.form === '1-M');
		expect(m1.imported).toBe(1);
		expect(m1.missing).toHaveLength(19);
		expect(rep.findings.map((f: { rule: string }) => f.rule)).toEqual(
			Array(7).fill('PRIL11=R1.row6+7')
		);
	});
});
