/**
 * Test helper: a copy of a real workbook saved "without the rows above the table" (issue 13.8),
 * built at run time: on every sheet the rows above the header block (form title, section title)
 * and the row of column numbers ("А, Б, 1, 2, …") are deleted and the rows below move up, with
 * their cells and merged ranges; optionally the document title goes too.
 *
 * Which rows to delete is found with the XLSX layer only (never the form reader under test): the
 * графы row is the row holding «Б» (the row-code column) and 1; the header block starts at the
 * first text above it in the column of графа 1.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { openWorkbook } from '../../../pipelines/xlsx/index.ts';
import { cellAddress, columnNumber } from '../../../pipelines/xlsx/cell-ref.ts';

export interface HeaderlessOptions {
	/** Remove the document title (docProps/core.xml dc:title) as well. */
	dropTitle?: boolean;
}

/** The rows to delete on one sheet: those above the header block, and the графы row. */
function rowsToDelete(wb: ReturnType<typeof openWorkbook>, sheet: string): Set<number> {
	const cells = wb.sheet(sheet).cells;
	const code = cells.find((c) => c.row <= 40 && c.value === 'Б');
	const first = code && cells.find((c) => c.row === code.row && c.value === 1);
	if (!code || !first) throw new Error(`${sheet}: no графы row («Б», 1, 2, …) to remove`);
	// The header block starts with the label of графа 1 (title rows are anchored left of it).
	const top = cells.find(
		(c) => c.col === first.col && c.row < code.row && typeof c.value === 'string' && c.value.trim()
	);
	if (!top) throw new Error(`${sheet}: no header above графа 1`);
	const out = new Set<number>([code.row]);
	for (let r = 1; r < top.row; r++) out.add(r);
	return out;
}

/** The sheet XML with `deleted` rows removed and every row below moved up. */
function deleteRows(xml: string, deleted: Set<number>): string {
	const sorted = [...deleted].sort((a, b) => a - b);
	const moved = (r: number) => r - sorted.filter((d) => d < r).length;
	const shiftRef = (ref: string) => {
		const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
		return cellAddress(moved(Number(m[2])), columnNumber(m[1]));
	};
	let out = xml.replace(
		/<row r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g,
		(row: string, r: string) => {
			if (deleted.has(Number(r))) return '';
			return row
				.replace(/^<row r="\d+"/, `<row r="${moved(Number(r))}"`)
				.replace(/<c r="([A-Z]+\d+)"/g, (_m, ref: string) => `<c r="${shiftRef(ref)}"`);
		}
	);
	out = out.replace(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/g, (_m, c1, r1, c2, r2) => {
		// The kept rows of the range, moved up; a range left with one cell or none goes.
		const kept = [];
		for (let r = Number(r1); r <= Number(r2); r++) if (!deleted.has(r)) kept.push(moved(r));
		if (kept.length === 0) return '';
		const a = `${c1}${kept[0]}`;
		const b = `${c2}${kept[kept.length - 1]}`;
		return a === b ? '' : `<mergeCell ref="${a}:${b}"/>`;
	});
	return out.replace(/<dimension ref="[^"]*"\/>/, '');
}

export function headerlessCopy(bytes: Uint8Array, opts: HeaderlessOptions = {}): Uint8Array {
	const wb = openWorkbook(bytes, 'original.xlsx');
	const files = unzipSync(bytes);
	const workbookXml = strFromU8(files['xl/workbook.xml']);
	const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
	for (const name of wb.sheetNames) {
		const rid = new RegExp(`<sheet name="${name}"[^>]*r:id="([^"]+)"`).exec(workbookXml)![1];
		const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
		const path = 'xl/' + target.replace(/^\/?xl\//, '');
		files[path] = strToU8(deleteRows(strFromU8(files[path]), rowsToDelete(wb, name)));
	}
	if (opts.dropTitle) {
		const core = strFromU8(files['docProps/core.xml']).replace(/<dc:title>[^<]*<\/dc:title>/, '');
		files['docProps/core.xml'] = strToU8(core);
	}
	return zipSync(files, { level: 1 });
}
