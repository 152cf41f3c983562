/**
 * The parse pool hands back what the reader gives on the calling thread: same cells, same
 * layout, same layout hash. A worker sends each layout once; later workbooks of the same
 * template get the rows and columns received first (shared, not copied), and a refusal keeps
 * its InputError.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutHash } from '../../../pipelines/forms/cell-table.ts';
import { InputError, readFormWorkbook } from '../../../pipelines/forms/index.ts';
import type { FormParsePool } from '../../../pipelines/stages/parse-pool.ts';
import { openParsePool } from '../../../pipelines/stages/readers.ts';
import { FORM_1M_2022, requireData } from '../cli/helpers.ts';

const FILES = ['Akmola Region.XLSX', 'Astana.XLSX', 'Shymkent.XLSX'];
let pool: FormParsePool;
const bytesOf = (f: string) => new Uint8Array(readFileSync(join(requireData(FORM_1M_2022), f)));

beforeAll(async () => {
	pool = await openParsePool();
}, 60_000);
afterAll(() => pool?.close());

describe('form parse pool', () => {
	it('returns the reader’s tables, the layout sent once and then shared', async () => {
		const parsed = await Promise.all(FILES.map((f) => pool.parse(bytesOf(f), f)));
		for (const [i, f] of FILES.entries()) {
			const here = readFormWorkbook(bytesOf(f), f);
			const t = parsed[i].table;
			expect(parsed[i].title).toBe(here.title);
			expect(t.length).toBe(here.table.length);
			expect(t.rows).toEqual(here.table.rows);
			expect(t.columns).toEqual(here.table.columns);
			expect(t.row).toEqual(here.table.row);
			expect(t.column).toEqual(here.table.column);
			expect(t.value).toEqual(here.table.value);
			expect(t.layoutHash).toBe(layoutHash(here.table));
		}
		// The three 2022 workbooks share one template: one set of rows for all of them.
		expect(parsed[1].table.rows).toBe(parsed[0].table.rows);
		expect(parsed[2].table.columns).toBe(parsed[0].table.columns);
		// Akmola: 217,460 numeric cells (the count import-2022.test.ts checks by hand).
		expect(parsed[0].table.length).toBe(217_460);
	}, 120_000);

	it('keeps a refusal as an InputError naming the file, with its code and parameters', async () => {
		const err = await pool.parse(new Uint8Array([1, 2, 3, 4]), 'junk.xlsx').catch((e) => e);
		expect(err).toBeInstanceOf(InputError);
		expect(err.message).toMatch(/junk\.xlsx: not an XLSX workbook/);
		expect(err.refusal).toEqual({ code: 'notXlsx', params: { file: 'junk.xlsx' } });
	}, 60_000);
});
