/**
 * The `etl import` command on bad input, through the real CLI in a child process. Every bad
 * file is built here from a real workbook at run time (truncated, corrupted, emptied, renamed,
 * re-titled); each refusal must exit non-zero, say what is wrong, and leave the warehouse
 * exactly as it was (row counts and a hash of every table).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digest, etl, FORM_1M_2022, requireData } from './helpers.ts';
import {
	isRefusalCode,
	sayRefusal,
	type Refusal
} from '../../../src/lib/i18n/features/import-refusals.ts';

let dir: string;
let db: string;
let akmola: Uint8Array;
let baseline: Record<string, string>;

/** A copy of the workbook with its document title (docProps/core.xml) replaced. */
function retitle(bytes: Uint8Array, title: string, modified?: string): Uint8Array {
	const files = unzipSync(bytes);
	let core = strFromU8(files['docProps/core.xml']);
	core = core.replace(/<dc:title>[^<]*<\/dc:title>/, `<dc:title>${title}</dc:title>`);
	if (modified) core = core.replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${modified}`);
	files['docProps/core.xml'] = strToU8(core);
	return zipSync(files, { level: 1 });
}

function put(name: string, bytes: Uint8Array | string): string {
	const p = join(dir, name);
	writeFileSync(p, bytes);
	return p;
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sarapshy-cli-'));
	db = join(dir, 'w.duckdb');
	akmola = new Uint8Array(readFileSync(requireData(resolve(FORM_1M_2022, 'Akmola Region.XLSX'))));
	const first = etl(db, ['import', put('Akmola Region.XLSX', akmola), '--period', '2022']);
	expect(first.status, first.stderr).toBe(0);
	baseline = await digest(db);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function expectRefused(args: string[], message: RegExp): Promise<void> {
	const r = etl(db, ['import', ...args, '--json']);
	expect(r.status, r.stderr).toBe(1);
	const summary = JSON.parse(r.stdout) as {
		ok: boolean;
		files: { status: string; error?: string; refusal?: Refusal }[];
	};
	expect(summary.ok).toBe(false);
	expect(summary.files[0].status).toBe('refused');
	expect(summary.files[0].error).toMatch(message);
	// Beside the English, the refusal's code and parameters (said in ru/kk on the site): the
	// catalogue's English from them is the sentence the CLI printed (before the sheet/cell note).
	const refusal = summary.files[0].refusal!;
	expect(isRefusalCode(refusal?.code), JSON.stringify(refusal)).toBe(true);
	expect(summary.files[0].error).toContain(sayRefusal(refusal, 'en'));
	expect(r.stderr).toMatch(/refused/);
	expect(await digest(db)).toEqual(baseline);
}

describe('etl import refuses bad input and writes nothing', () => {
	it('a form without --period', async () => {
		await expectRefused([put('no-period.xlsx', akmola)], /no period: pass --period 2022/);
	});

	it('an empty file', async () => {
		await expectRefused(
			[put('empty.xlsx', new Uint8Array(0)), '--period', '2022'],
			/empty|not an XLSX|zip/i
		);
	});

	it('a text file renamed .xlsx', async () => {
		await expectRefused(
			[put('notes.xlsx', 'Акмолинская область, 2022: 5317\n'), '--period', '2022'],
			/not an XLSX|zip/i
		);
	});

	it('a truncated workbook', async () => {
		const half = akmola.slice(0, Math.floor(akmola.length / 2));
		await expectRefused(
			[put('truncated.xlsx', half), '--period', '2022'],
			/truncated|corrupt|zip|XLSX/i
		);
	});

	it('a workbook with corrupted bytes', async () => {
		const bad = akmola.slice();
		// overwrite 4 KB in the middle of the compressed sheet data
		bad.fill(0x5a, Math.floor(bad.length / 3), Math.floor(bad.length / 3) + 4096);
		await expectRefused(
			[put('corrupt.xlsx', bad), '--period', '2022'],
			/corrupt|damaged|zip|XLSX|crc/i
		);
	});

	it('the same content already imported under another period', async () => {
		await expectRefused(
			[put('Akmola 2023.XLSX', akmola), '--period', '2023'],
			/identical .*Akmola Region\.XLSX.*1-M KZ-11 2022/
		);
	});

	it('a workbook whose title names an unknown form', async () => {
		const bytes = retitle(akmola, '9-Z  Акмолинская область (Свод)');
		await expectRefused([put('unknown-form.xlsx', bytes), '--period', '2022'], /form/i);
	});

	it('a workbook whose title names no region we know', async () => {
		const bytes = retitle(akmola, '1-M  Неведомая область (Свод)');
		await expectRefused(
			[put('unknown-region.xlsx', bytes), '--period', '2022'],
			/Неведомая область.*Accepted names.*Акмолинская область/s
		);
	});

	it('--form that contradicts the workbook title', async () => {
		await expectRefused(
			[put('akmola-as-sng.xlsx', akmola), '--period', '2022', '--form', 'СНГ-1'],
			/--form СНГ-1 was given.*Form 1-M/
		);
	});
});

describe('etl import of known content', () => {
	it('the same workbook under another file name is "already imported": exit 0, no change', async () => {
		const r = etl(db, [
			'import',
			put('Astana (really Akmola).XLSX', akmola),
			'--period',
			'2022',
			'--json'
		]);
		expect(r.status, r.stderr).toBe(0);
		const s = JSON.parse(r.stdout);
		expect(s.files[0]).toMatchObject({ status: 'already-imported', region: 'KZ-11', form: '1-M' });
		expect(await digest(db)).toEqual(baseline);
	});

	it('a new file for the same form, region and period is refused without --replace', async () => {
		// Only the modified date in docProps/core.xml differs: another file, the same cells.
		const newer = retitle(akmola, '1-M  Акмолинская область (Свод)', '2024-03-01T00:00:00Z');
		await expectRefused(
			[put('Akmola v2.XLSX', newer), '--period', '2022'],
			/already imported from «Akmola Region\.XLSX».*differs from it as a file .* but in no cell value.*--replace/s
		);
	});

	it('with --replace it replaces the old one, which stays in the import history', async () => {
		const newer = retitle(akmola, '1-M  Акмолинская область (Свод)', '2024-03-01T00:00:00Z');
		const r = etl(db, [
			'import',
			put('Akmola v2.XLSX', newer),
			'--period',
			'2022',
			'--replace',
			'--json'
		]);
		expect(r.status, r.stderr).toBe(0);
		const s = JSON.parse(r.stdout);
		expect(s.files[0]).toMatchObject({
			status: 'replaced',
			replaced: ['Akmola Region.XLSX'],
			cells: 217_460,
			changedCells: 0
		});
		const after = await digest(db);
		// two source files (the old one listed as replaced), the same number of cells and
		// findings, but from the new file
		expect(after.source_file.split(':')[0]).toBe('2');
		expect(after.form_cell.split(':')[0]).toBe(baseline.form_cell.split(':')[0]);
		expect(after.finding.split(':')[0]).toBe(baseline.finding.split(':')[0]);
		expect(after.form_cell).not.toEqual(baseline.form_cell);
		baseline = after;
	});
});
