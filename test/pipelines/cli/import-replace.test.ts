/**
 * A workbook that differs from the one imported for the same form, region and period (issue
 * 13.6): refused unless --replace is given; with it, the output says how many cells changed
 * (the first few with their addresses), the old file stays in the import history as replaced,
 * and nothing of it remains. Every changed workbook is built here from the real
 * Akmola Region.XLSX (2022) at run time; the real CLI runs in a child process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	digest,
	etl,
	FORM_1M_2022,
	importOne,
	warehouseWith,
	type TempWarehouse
} from './helpers.ts';

const ORIGINAL = resolve(FORM_1M_2022, 'Akmola Region.XLSX');
let wh: TempWarehouse;
let original: Uint8Array;

/** A copy of the workbook with one sheet's XML rewritten. */
function withSheet(sheet: string, edit: (xml: string) => string): Uint8Array {
	const files = unzipSync(original);
	files[sheet] = strToU8(edit(strFromU8(files[sheet])));
	return zipSync(files, { level: 1 });
}

function put(name: string, bytes: Uint8Array): string {
	const p = join(wh.dir, name);
	writeFileSync(p, bytes);
	return p;
}

async function sql<T>(query: string): Promise<T[]> {
	const inst = await DuckDBInstance.create(wh.db, { access_mode: 'READ_ONLY' });
	const conn = await inst.connect();
	try {
		return (await conn.runAndReadAll(query)).getRowObjectsJS() as T[];
	} finally {
		conn.closeSync();
		inst.closeSync();
	}
}

beforeAll(() => {
	wh = warehouseWith('sarapshy-replace-', ORIGINAL);
	original = new Uint8Array(readFileSync(ORIGINAL));
}, 300_000);

afterAll(() => wh.remove());

describe('a changed workbook for an imported form, region and period', () => {
	// R1-1 is xl/worksheets/sheet2.xml; its row 1 графа 1 is E7 = 5317 in the original.
	const changed = () =>
		withSheet('xl/worksheets/sheet2.xml', (x) =>
			x.replace('<c r="E7" s="15"><v>5317</v></c>', '<c r="E7" s="15"><v>5318</v></c>')
		);

	it('is refused without --replace, naming both files and the flag, and changes nothing', async () => {
		const before = await digest(wh.db);
		const r = etl(wh.db, ['import', put('Akmola changed.XLSX', changed()), '--period', '2022']);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(
			/refused +Akmola changed\.XLSX: Form 1-M KZ-11 2022 is already imported from «Akmola Region\.XLSX».*differs from it in 1 cells \(R1-1!E7 5317→5318\).*--replace/s
		);
		expect(await digest(wh.db)).toEqual(before);
	}, 120_000);

	it('replaces it with --replace, saying which cells changed; the old file stays listed', async () => {
		const r = importOne(wh.db, put('Akmola changed.XLSX', changed()), '--replace');
		expect(r.result).toMatchObject({
			status: 'replaced',
			replaced: ['Akmola Region.XLSX'],
			changedCells: 1,
			changes: [{ sheet: 'R1-1', cell: 'E7', old: 5317, new: 5318 }]
		});
		expect(r.stderr).toMatch(/1 cells changed: R1-1!E7 5317→5318/);
		const files = await sql<{ original_name: string; status: string; replaced_by: string | null }>(
			`SELECT a.original_name, a.status, b.original_name AS replaced_by FROM source_file a
			 LEFT JOIN source_file b ON b.sha256 = a.replaced_by ORDER BY a.original_name`
		);
		expect(files).toEqual([
			{
				original_name: 'Akmola Region.XLSX',
				status: 'replaced',
				replaced_by: 'Akmola changed.XLSX'
			},
			{ original_name: 'Akmola changed.XLSX', status: 'imported', replaced_by: null }
		]);
		const cell = etl(wh.db, ['cell', '1-M', 'KZ-11', '2022', 'R1-1', '1', '1', '--json']);
		expect(JSON.parse(cell.stdout)).toMatchObject({ value: 5318, file: 'Akmola changed.XLSX' });
	}, 120_000);

	it('leaves no cell of extra rows once the original is imported again with --replace', async () => {
		// Three rows after R1's last (row 428, code 422, sheet1.xml), each a copy of it with its
		// own row code (901–903) and 7 in every графа.
		const extra = withSheet('xl/worksheets/sheet1.xml', (x) => {
			const last = /<row r="428"[^>]*>.*?<\/row>/s.exec(x)![0];
			const copies = [1, 2, 3].map((k) =>
				last
					.replace(/(r="[A-Z]*)428"/g, `$1${428 + k}"`)
					.replace(
						'<c r="D' + (428 + k) + '" s="7"><v>422</v>',
						`<c r="D${428 + k}" s="7"><v>${900 + k}</v>`
					)
					.replace(/<v>0<\/v>/g, '<v>7</v>')
			);
			return x.replace('</sheetData>', copies.join('') + '</sheetData>');
		});
		const withExtra = importOne(wh.db, put('Akmola extra rows.XLSX', extra), '--replace');
		// 31 графы (E:AI) in each of the 3 rows, and R1-1!E7 back from 5318 to 5317.
		expect(withExtra.result.changedCells).toBe(3 * 31 + 1);
		const back = importOne(wh.db, ORIGINAL, '--replace');
		expect(back.result).toMatchObject({
			status: 'replaced',
			replaced: ['Akmola extra rows.XLSX'],
			changedCells: 3 * 31
		});
		const [left] = await sql<{ extra: number; cells: number; current: number }>(
			`SELECT (SELECT count(*) FROM form_cell WHERE sheet = 'R1' AND row_code IN ('901', '902', '903'))::INT AS extra,
			        (SELECT count(*) FROM form_cell)::INT AS cells,
			        (SELECT count(*) FROM source_file WHERE status = 'imported')::INT AS current`
		);
		// Akmola: 217,460 numeric cells (import-2022.test.ts), one current file.
		expect(left).toEqual({ extra: 0, cells: 217_460, current: 1 });
	}, 300_000);

	it('an identical re-import stays a no-op', async () => {
		const before = await digest(wh.db);
		expect(importOne(wh.db, ORIGINAL).result.status).toBe('already-imported');
		expect(await digest(wh.db)).toEqual(before);
	}, 120_000);
});
