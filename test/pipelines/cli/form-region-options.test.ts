/**
 * `etl import --form/--region` (issue 13.8) through the real CLI in a child process: a copy of
 * the real Akmola 2022 Form 1-M workbook saved without its title rows and графы row imports to
 * the same cells as the original (same value at the same form, region, section, row code and
 * графа); without its document title it is refused, naming the options, until the analyst gives
 * them; options that contradict the workbook's own title, or name no known form or region, are
 * refused. Never the file name: the copies are saved under misleading names on purpose.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerlessCopy } from '../forms/headerless.ts';
import { digest, etl, FORM_1M_2022, requireData } from './helpers.ts';

let dir: string;
let akmola: Uint8Array;
/** The cells of the original, imported the usual way. */
let originalCells: string;

function put(name: string, bytes: Uint8Array): string {
	const p = join(dir, name);
	writeFileSync(p, bytes);
	return p;
}

/** Count and order-independent hash of every form cell by meaning (not by sheet address). */
async function cellsByMeaning(db: string): Promise<string> {
	const inst = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
	const conn = await inst.connect();
	try {
		const r = await conn.runAndReadAll(
			`SELECT count(*)::TEXT, bit_xor(hash(form, region_code, period, section, row_code, grafa, value))::TEXT
			 FROM form_cell`
		);
		return (r.getRows()[0] as string[]).join(':');
	} finally {
		conn.closeSync();
		inst.closeSync();
	}
}

function importJson(db: string, args: string[]) {
	const r = etl(db, ['import', ...args, '--period', '2022', '--json']);
	const summary = r.stdout ? JSON.parse(r.stdout) : null;
	return { ...r, file: summary?.files[0] as { status: string; region: string; error?: string } };
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sarapshy-cli-form-'));
	akmola = new Uint8Array(readFileSync(requireData(resolve(FORM_1M_2022, 'Akmola Region.XLSX'))));
	const db = join(dir, 'original.duckdb');
	const r = importJson(db, [put('Akmola Region.XLSX', akmola)]);
	expect(r.status, r.stderr).toBe(0);
	originalCells = await cellsByMeaning(db);
	// 217,460 numeric cells: the count import-2022.test.ts checks for this workbook.
	expect(originalCells.split(':')[0]).toBe('217460');
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('etl import of a workbook without the rows above the table', () => {
	it('title kept: imports as Akmola (KZ-11) with the same cells as the original', async () => {
		const db = join(dir, 'headerless.duckdb');
		const r = importJson(db, [put('Astana.xlsx', headerlessCopy(akmola))]);
		expect(r.status, r.stderr).toBe(0);
		expect(r.file).toMatchObject({ status: 'imported', region: 'KZ-11' });
		expect(await cellsByMeaning(db)).toBe(originalCells);
	}, 120_000);

	it('title gone: refused naming --form and --region, then imported with them', async () => {
		const db = join(dir, 'untitled.duckdb');
		const file = put('Akmola Region (copy).xlsx', headerlessCopy(akmola, { dropTitle: true }));
		// A first import of something else, so that "writes nothing" is checked on a real warehouse.
		expect(importJson(db, [put('Akmola Region.XLSX', akmola)]).status).toBe(0);
		const before = await digest(db);

		const bare = importJson(db, [file]);
		expect(bare.status).toBe(1);
		expect(bare.file.status).toBe('refused');
		expect(bare.file.error).toMatch(
			/has no document title .* pass --form \(1-M or СНГ-1\) and --region \(ISO code, e.g\. KZ-11\)/
		);
		expect(await digest(db)).toEqual(before);

		const formOnly = importJson(db, [file, '--form', '1-M']);
		expect(formOnly.status).toBe(1);
		expect(formOnly.file.error).toMatch(
			/does not name its region .* pass --region with its ISO code/
		);
		expect(await digest(db)).toEqual(before);

		// With both, into a fresh warehouse: the same cells as the original, under KZ-11.
		const fresh = join(dir, 'given.duckdb');
		const given = importJson(fresh, [file, '--form', '1-M', '--region', 'kz-11']);
		expect(given.status, given.stderr).toBe(0);
		expect(given.file).toMatchObject({ status: 'imported', region: 'KZ-11' });
		expect(await cellsByMeaning(fresh)).toBe(originalCells);
	}, 300_000);

	it('--region that contradicts the title is refused; unknown --region or --form exit 2', async () => {
		const db = join(dir, 'contradiction.duckdb');
		const r = importJson(db, [put('a.xlsx', akmola), '--region', 'KZ-71']);
		expect(r.status).toBe(1);
		expect(r.file.error).toMatch(
			/--region KZ-71 was given, but the workbook title «1-M  Акмолинская область \(Свод\)» names KZ-11/
		);
		const region = etl(db, [
			'import',
			join(dir, 'a.xlsx'),
			'--period',
			'2022',
			'--region',
			'KZ-99'
		]);
		expect(region.status).toBe(2);
		expect(region.stderr).toMatch(
			/--region «KZ-99» is no region ISO code we know: use one of KZ-10, KZ-11/
		);
		const form = etl(db, ['import', join(dir, 'a.xlsx'), '--period', '2022', '--form', '2-M']);
		expect(form.status).toBe(2);
		expect(form.stderr).toMatch(/--form «2-M» is no form we know: use 1-M or СНГ-1/);
	}, 120_000);
});
