/**
 * The Bureau of National Statistics population source: the workbook (detected by its sheet
 * names, read with our XLSX reader) or its unpivoted CSV (detected by its header).
 */
import { DEFAULT_LIMITS } from '../../xlsx/limits.ts';
import { openZipArchive } from '../../xlsx/zip.ts';
import type { SourceReader } from '../types.ts';
import { POPULATION_CSV_HEADER } from './schema.ts';
import { readPopulationCsv, readPopulationWorkbook, sexOfSheet } from './read.ts';
import { loadPopulation } from './load.ts';

export { readPopulationCsv, readPopulationWorkbook, readPopulationSheet } from './read.ts';
export type { PopulationRow, Sex } from './schema.ts';

/** A ZIP's local-file-header signature "PK\x03\x04" (a CSV may well start with the letters PK). */
const isZip = (b: Uint8Array) =>
	b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Sheet names from xl/workbook.xml without opening the sheets (cheap detection). Read through
 * the guarded ZIP layer like every other entry: a bomb or a corrupt archive is refused here,
 * with the reader's message, whatever the file is named (a zip renamed .csv too).
 */
export function peekSheetNames(bytes: Uint8Array, file: string): string[] {
	const zip = openZipArchive(bytes, file, DEFAULT_LIMITS);
	const entry = zip.find('xl/workbook.xml');
	if (!entry) return [];
	const xml = new TextDecoder().decode(zip.read(entry));
	return [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
}

function isPopulationWorkbook(bytes: Uint8Array, file: string): boolean {
	const names = peekSheetNames(bytes, file);
	return names.length > 0 && names.length <= 6 && names.every((n) => sexOfSheet(n) !== null);
}

export const populationSource: SourceReader = {
	kind: 'population',
	detect(name, bytes) {
		if (isZip(bytes)) return isPopulationWorkbook(bytes, name);
		if (!/\.csv$/i.test(name)) return false;
		const head = new TextDecoder().decode(bytes.subarray(0, 200)).replace(/^\uFEFF/, '');
		return head.split(/\r?\n/)[0].trim() === POPULATION_CSV_HEADER.join(',');
	},
	async load(conn, name, bytes, sha256) {
		let rows;
		let title: string | null = null;
		let modified: string | null = null;
		if (isZip(bytes)) {
			const { openWorkbook } = await import('../../xlsx/index.ts');
			const wb = openWorkbook(bytes, name);
			title = wb.title;
			modified = wb.modified;
			rows = readPopulationWorkbook(wb, name);
		} else rows = readPopulationCsv(bytes, name);
		const n = await loadPopulation(conn, rows, sha256);
		return { rows: n, title, regionCode: null, period: null, modified };
	}
};
