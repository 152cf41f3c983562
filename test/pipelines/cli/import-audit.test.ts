/**
 * Issue 15.4: every `etl import` — from a shell or from the site — is recorded in the import
 * audit (imports.jsonl in the private directory beside the warehouse), refused files included:
 * who, when, file, size, SHA-256, form, region, period, result, findings, generation, and a
 * refusal's English sentence with its code and parameters. A
 * `--replace --dry-run` (the site's confirmation step) says how many cells would change and
 * neither publishes nor records anything. The real CLI on the real Akmola Region.XLSX (2022).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digest, etl, FORM_1M_2022, warehouseWith, type TempWarehouse } from './helpers.ts';

const ORIGINAL = resolve(FORM_1M_2022, 'Akmola Region.XLSX');
let wh: TempWarehouse;
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const audit = () =>
	readFileSync(join(wh.dir, '.w.duckdb-private/imports.jsonl'), 'utf8')
		.trim()
		.split('\n')
		.map((l) => JSON.parse(l));

beforeAll(() => {
	wh = warehouseWith('sarapshy-audit-', ORIGINAL);
}, 300_000);
afterAll(() => wh.remove());

describe('the import audit', () => {
	it('records a command-line import with the OS user, the file’s size and hash', () => {
		expect(audit()).toEqual([
			{
				at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
				channel: 'cli',
				by: userInfo().username,
				file: 'Akmola Region.XLSX',
				bytes: statSync(ORIGINAL).size,
				sha256: sha(ORIGINAL),
				form: '1-M',
				region: 'KZ-11',
				period: '2022',
				result: 'imported',
				message: null,
				code: null,
				params: null,
				cells: expect.any(Number),
				findings: expect.any(Number),
				generation: 1
			}
		]);
		expect(statSync(join(wh.dir, '.w.duckdb-private')).mode & 0o777).toBe(0o700);
		expect(statSync(join(wh.dir, '.w.duckdb-private/imports.jsonl')).mode & 0o777).toBe(0o600);
	});

	it('records a refused file with its hash and the refusal', () => {
		const bad = join(wh.dir, 'notes.csv');
		writeFileSync(bad, 'not a report\n');
		const r = etl(wh.db, ['import', bad, '--period', '2022']);
		expect(r.status).toBe(1);
		const last = audit().at(-1);
		expect(last).toMatchObject({
			channel: 'cli',
			file: 'notes.csv',
			bytes: 13,
			sha256: sha(bad),
			result: 'refused',
			generation: null
		});
		expect(last.message).toMatch(/^notes\.csv: not an official form workbook/);
		// The refusal's code and parameters beside the English: the history says it in ru/kk.
		expect(last).toMatchObject({ code: 'noReader', params: { file: 'notes.csv' } });
	}, 120_000);

	it('says what a replacement would change with --dry-run, publishing and recording nothing', async () => {
		// R1-1 (xl/worksheets/sheet2.xml) row 1 графа 1 is E7 = 5317 in the original; 5318 here.
		const files = unzipSync(new Uint8Array(readFileSync(ORIGINAL)));
		const s2 = 'xl/worksheets/sheet2.xml';
		files[s2] = strToU8(
			strFromU8(files[s2]).replace(
				'<c r="E7" s="15"><v>5317</v></c>',
				'<c r="E7" s="15"><v>5318</v></c>'
			)
		);
		const changed = join(wh.dir, 'Akmola changed.XLSX');
		writeFileSync(changed, zipSync(files, { level: 1 }));
		const before = await digest(wh.db);
		const records = audit().length;
		const dry = etl(wh.db, [
			'import',
			changed,
			'--period',
			'2022',
			'--replace',
			'--dry-run',
			'--json'
		]);
		expect(dry.status).toBe(0);
		expect(JSON.parse(dry.stdout).files[0]).toMatchObject({ status: 'replaced', changedCells: 1 });
		expect(dry.stderr).toMatch(/--dry-run: nothing was published/);
		expect(await digest(wh.db)).toEqual(before);
		expect(audit()).toHaveLength(records);
		// run by the site (SARAPSHY_IMPORT_BY), without --replace: refused, recorded as the account's
		const web = etl(wh.db, ['import', changed, '--period', '2022'], {
			SARAPSHY_IMPORT_BY: 'web:aigerim'
		});
		expect(web.status).toBe(1);
		expect(audit().at(-1)).toMatchObject({
			channel: 'web',
			by: 'aigerim',
			file: 'Akmola changed.XLSX',
			sha256: sha(changed),
			result: 'refused',
			message: expect.stringMatching(/--replace/),
			code: 'needsReplace',
			// R1-1!E7: 5317 in the original, 5318 in the changed copy (above).
			params: expect.objectContaining({ count: 1, first: 'R1-1!E7 5317→5318', more: false })
		});
	}, 300_000);
});
