/**
 * Test helper: the real workbooks of ../shared/data (never copied into the repository).
 * A test that needs one fails loudly when it is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DATA = path.resolve(repoRoot, '../shared/data');
export const FORM_1M_DIR = path.join(DATA, 'qamqor/form-1m/2022');
export const FORM_SNG1_DIR = path.join(DATA, 'qamqor/form-sng1/2022');

export function readData(dir: string, name: string): Uint8Array {
	const file = path.join(dir, name);
	if (!fs.existsSync(file))
		throw new Error(`real workbook missing: ${file} (tests need ../shared/data)`);
	return new Uint8Array(fs.readFileSync(file));
}

export function listWorkbooks(dir: string): string[] {
	if (!fs.existsSync(dir))
		throw new Error(`real data folder missing: ${dir} (tests need ../shared/data)`);
	return fs
		.readdirSync(dir)
		.filter((f) => /\.xlsx$/i.test(f))
		.sort();
}
