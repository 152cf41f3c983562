// Guards of the XLSX reader against hostile or damaged files. Every bad file is built here,
// at run time, from fflate's zipSync or by damaging a real workbook's bytes in memory.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../pipelines/forms/types.ts';
import { populationSource } from '../../../pipelines/sources/population/index.ts';
import { openWorkbook } from '../../../pipelines/xlsx/index.ts';
import { buildWorkbook } from './build-workbook.ts';
import { zipBomb } from './zip-bomb.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const REAL = path.resolve(repoRoot, '../shared/data/qamqor/form-sng1/2022/Akmola region.XLSX');

function realBytes(): Uint8Array {
	if (!fs.existsSync(REAL)) throw new Error(`real workbook missing: ${REAL}`);
	return new Uint8Array(fs.readFileSync(REAL));
}

function failure(fn: () => unknown): InputError {
	try {
		fn();
	} catch (err) {
		expect(err).toBeInstanceOf(InputError);
		return err as InputError;
	}
	throw new Error('expected an InputError, got none');
}

/** Offset of the central-directory record of `name` in a zip built by zipSync. */
function centralRecord(zip: Uint8Array, name: string): number {
	const needle = strToU8(name);
	for (let i = zip.length - 22; i >= 0; i--) {
		if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) {
			const len = zip[i + 28] | (zip[i + 29] << 8);
			const got = zip.subarray(i + 46, i + 46 + len);
			if (len === needle.length && got.every((b, k) => b === needle[k])) return i;
		}
	}
	throw new Error(`no central record for ${name}`);
}

const sheetOf = (n: number) =>
	'<worksheet><sheetData><row r="1">' +
	Array.from({ length: n }, (_, i) => `<c><v>${i}</v></c>`).join('') +
	'</row></sheetData></worksheet>';

describe('openWorkbook guards', () => {
	it('refuses an empty file', () => {
		const e = failure(() => openWorkbook(new Uint8Array(0), 'empty.xlsx'));
		expect(e.message).toMatch(/^empty\.xlsx: the file is empty/);
		expect(e.where.file).toBe('empty.xlsx');
	});

	it('refuses a file that is not a ZIP (an HTML error page saved as .xlsx)', () => {
		const e = failure(() => openWorkbook(strToU8('<html>502 Bad Gateway</html>'), 'page.xlsx'));
		expect(e.message).toMatch(/page\.xlsx: not an XLSX workbook .*save it as "Excel Workbook/);
	});

	it('refuses a ZIP that holds no xl/workbook.xml', () => {
		const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
		const e = failure(() => openWorkbook(zip, 'letter.xlsx'));
		expect(e.message).toMatch(
			/letter\.xlsx: a ZIP archive but not an XLSX workbook \(no xl\/workbook\.xml/
		);
	});

	it('refuses a truncated real workbook (first half of its bytes)', () => {
		const bytes = realBytes();
		const e = failure(() => openWorkbook(bytes.slice(0, bytes.length >> 1), 'half.xlsx'));
		expect(e.message).toMatch(/half\.xlsx: the ZIP archive is truncated or corrupt/);
	});

	it('refuses a workbook whose sheet entry is corrupt, naming the entry', () => {
		const zip = buildWorkbook(sheetOf(2000));
		const rec = centralRecord(zip, 'xl/worksheets/sheet1.xml');
		const local =
			zip[rec + 42] | (zip[rec + 43] << 8) | (zip[rec + 44] << 16) | (zip[rec + 45] << 24);
		const start =
			local +
			30 +
			(zip[local + 26] | (zip[local + 27] << 8)) +
			(zip[local + 28] | (zip[local + 29] << 8));
		const damaged = zip.slice();
		for (let i = start; i < start + 40; i++) damaged[i] = 0xff;
		const wb = openWorkbook(damaged, 'damaged.xlsx');
		const e = failure(() => wb.sheet('Лист 1'));
		expect(e.message).toMatch(
			/damaged\.xlsx: the ZIP archive is truncated or corrupt \(xl\/worksheets\/sheet1\.xml/
		);
	});

	it('refuses a zip bomb from the declared sizes, before inflating anything', () => {
		// 30 MB of zeros compresses to ~30 KB; the limit is lowered to keep the test fast.
		const zip = zipSync({ 'xl/workbook.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 1 });
		const e = failure(() =>
			openWorkbook(zip, 'bomb.xlsx', { maxUncompressedBytes: 10 * 1024 * 1024 })
		);
		expect(e.message).toMatch(
			/bomb\.xlsx: refused as a possible zip bomb: its entries declare more than 10485760 bytes/
		);
	});

	it('refuses an entry with an absurd compression ratio even under the size limit', () => {
		const zip = zipSync({ 'xl/workbook.xml': new Uint8Array(20 * 1024 * 1024) });
		const e = failure(() => openWorkbook(zip, 'ratio.xlsx'));
		expect(e.message).toMatch(
			/ratio\.xlsx: refused as a possible zip bomb: entry xl\/workbook\.xml declares a compression ratio of \d+:1/
		);
	});

	it('stops inflating an entry that lies about its size', () => {
		const zip = buildWorkbook(sheetOf(5000));
		const rec = centralRecord(zip, 'xl/worksheets/sheet1.xml');
		const lying = zip.slice();
		lying.set([0x00, 0x04, 0, 0], rec + 24); // declared uncompressed size: 1024 bytes
		const wb = openWorkbook(lying, 'liar.xlsx');
		const e = failure(() => wb.sheet('Лист 1'));
		expect(e.message).toMatch(
			/liar\.xlsx: refused as a possible zip bomb: xl\/worksheets\/sheet1\.xml inflates beyond its declared 1024 bytes/
		);
	});

	it('refuses a sheet with more cells than maxCellsPerSheet, naming file and sheet', () => {
		const wb = openWorkbook(buildWorkbook(sheetOf(150)), 'big.xlsx', { maxCellsPerSheet: 100 });
		const e = failure(() => wb.sheet('Лист 1'));
		expect(e.message).toMatch(/big\.xlsx, sheet Лист 1: more than 100 cells; refused/);
		expect(e.where).toEqual({ file: 'big.xlsx', sheet: 'Лист 1' });
		expect(openWorkbook(buildWorkbook(sheetOf(150)), 'ok.xlsx').sheet('Лист 1').cells).toHaveLength(
			150
		);
	});

	it('refuses a file above maxFileBytes', () => {
		const e = failure(() => openWorkbook(realBytes(), 'big.xlsx', { maxFileBytes: 1000 }));
		expect(e.message).toMatch(/big\.xlsx: \d+ bytes is larger than the 1000-byte limit/);
	});
});

describe('source detection, which peeks at xl/workbook.xml before any reader runs', () => {
	// 4000 MiB of zeros in ~4 MB (zip-bomb.ts); the old detection (fflate unzipSync) inflated
	// it whole: 4.2 GB of memory for a refusal (issue 14).
	it('refuses a bomb with honest headers from its directory, whatever its name', () => {
		const bomb = zipBomb({ mib: 4000 });
		for (const name of ['bomb.xlsx', 'bomb.csv']) {
			const e = failure(() => populationSource.detect(name, bomb));
			expect(e.message).toMatch(
				new RegExp(
					`^${name.replace('.', '\\.')}: refused as a possible zip bomb: its entries declare more than 209715200 bytes`
				)
			);
		}
	});

	it('stops inflating a bomb whose headers lie (1500 bytes declared)', () => {
		const bomb = zipBomb({ mib: 4000, declaredSize: 1500 });
		const before = process.memoryUsage().rss;
		const e = failure(() => populationSource.detect('liar.csv', bomb));
		expect(e.message).toMatch(
			/^liar\.csv: refused as a possible zip bomb: xl\/workbook\.xml inflates beyond its declared 1500 bytes/
		);
		expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
	});

	it('still reads the sheet names of an honest workbook, and passes a CSV that starts with "PK"', () => {
		const wb = zipSync({
			'xl/workbook.xml': strToU8(
				'<workbook><sheets><sheet name="Всего" sheetId="1"/><sheet name="Мужчины" sheetId="2"/></sheets></workbook>'
			)
		});
		expect(populationSource.detect('pop.xlsx', wb)).toBe(true);
		expect(populationSource.detect('pk.csv', strToU8('PKA,year\n1,2022\n'))).toBe(false);
	});
});

describe('openWorkbook on other Excel files', () => {
	it('tells an old .xls (OLE compound file) from a damaged XLSX', () => {
		// The OLE2 signature D0 CF 11 E0 A1 B1 1A E1 opens every .xls and every encrypted .xlsx.
		const ole = new Uint8Array(512);
		ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		const e = failure(() => openWorkbook(ole, 'old.xls'));
		expect(e.message).toMatch(
			/old\.xls: an old binary Excel file \(\.xls\) or a password-protected workbook/
		);
	});
});
