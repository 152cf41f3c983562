/**
 * The Bureau of National Statistics population source: the workbook (detected by its sheet
 * names, read with our XLSX reader) or its unpivoted CSV (detected by its header).
 */
import { unzipSync, strFromU8 } from 'fflate';
import type { SourceReader } from '../types.ts';
import { POPULATION_CSV_HEADER } from './schema.ts';
import { readPopulationCsv, readPopulationWorkbook, sexOfSheet } from './read.ts';
import { loadPopulation } from './load.ts';

export { readPopulationCsv, readPopulationWorkbook, readPopulationSheet } from './read.ts';
export type { PopulationRow, Sex } from './schema.ts';

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b;

/** Sheet names from xl/workbook.xml without opening the sheets (cheap detection). */
export function peekSheetNames(bytes: Uint8Array): string[] {
	try {
		const files = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' });
		const xml = files['xl/workbook.xml'];
		if (!xml) return [];
		return [...strFromU8(xml).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
	} catch {
		return [];
	}
}

function isPopulationWorkbook(bytes: Uint8Array): boolean {
	const names = peekSheetNames(bytes);
	return names.length > 0 && names.length <= 6 && names.every((n) => sexOfSheet(n) !== null);
}

export const populationSource: SourceReader = {
	kind: 'population',
	detect(name, bytes) {
		if (isZip(bytes)) return isPopulationWorkbook(bytes);
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
