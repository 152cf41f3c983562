/**
 * Known section layouts, for workbooks saved without the rows above the table (issue 13.8): no
 * form title and no row of column numbers ("А, Б, 1, 2, …"), so the графы cannot be read from
 * the sheet. Such a sheet is read only when its header texts and its row codes are exactly those
 * of a layout we know (../known-layouts.ts, taken from the official workbooks): then the графы
 * are where that layout has them. Anything else is refused, never guessed.
 */
import { createHash } from 'node:crypto';
import type { CellColumns, Sheet } from '../../xlsx/types.ts';
import { type GrafyLayout, type Grid, makeGrid, readColumnLabel } from './grid.ts';

/** One section's layout as the official template has it (positions are 1-based columns). */
export interface KnownLayout {
	/** First label column ("А") and the row-code column ("Б"). */
	labelFrom: number;
	codeCol: number;
	/** Графы 1…grafy sit in the columns right after the row-code column, in order. */
	grafy: number;
	/** Rows of the header block (the merged column labels above the графы row). */
	headerRows: number;
	/** sha256 (16 hex) of the column label paths of графы 1…grafy. */
	headers: string;
	/** sha256 (16 hex) of the row codes in sheet order, and how many; null: numbered by order. */
	codes: string | null;
	codeCount: number;
}

function digest(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** The column label paths of graфы 1…n in the header rows top…bottom. */
export function headerDigest(
	grid: Grid,
	top: number,
	bottom: number,
	firstCol: number,
	n: number
): string {
	const labels: string[][] = [];
	for (let i = 0; i < n; i++) labels.push(readColumnLabel(grid, top, bottom, firstCol + i));
	return digest(labels);
}

/** The row codes written in the code column below `afterRow`, in sheet order. */
export function rowCodesBelow(cols: CellColumns, codeCol: number, afterRow: number): string[] {
	const codes: string[] = [];
	for (let k = 0; k < cols.length; k++) {
		if (cols.cols[k] !== codeCol || cols.rows[k] <= afterRow) continue;
		const code = String(cols.values[k]).trim();
		if (code) codes.push(code);
	}
	return codes;
}

export function codesDigest(codes: readonly string[]): string {
	return digest(codes);
}

/** The KnownLayout of a section read the usual way (графы row present): the catalogue's input. */
export function describeLayout(
	grid: Grid,
	cols: CellColumns,
	layout: GrafyLayout,
	headerTop: number,
	codesByOrder: boolean
): KnownLayout {
	const first = layout.codeCol + 1;
	layout.grafy.forEach((g, i) => {
		if (g.col !== first + i || g.grafa !== String(i + 1))
			throw new Error(`графа ${g.grafa} in column ${g.col}: not numbered 1, 2, … from ${first}`);
	});
	const codes = rowCodesBelow(cols, layout.codeCol, layout.row);
	return {
		labelFrom: layout.labelFrom,
		codeCol: layout.codeCol,
		grafy: layout.grafy.length,
		headerRows: layout.row - headerTop,
		headers: headerDigest(grid, headerTop, layout.row - 1, first, layout.grafy.length),
		codes: codesByOrder ? null : codesDigest(codes),
		codeCount: codesByOrder ? 0 : codes.length
	};
}

/** Header rows are looked for this far down (a title block is a few rows). */
const SEARCH_ROWS = 40;

/**
 * No match: `why` is null when the header texts match no layout, else [top, bottom, codes
 * found, codes expected]: the header matched on those sheet rows but the row codes did not.
 */
export type KnownMatch =
	| { layout: GrafyLayout; headerTop: number }
	| { layout: null; why: [number, number, number, number] | null };

/**
 * The known layout a sheet without a графы row has: the first header block (top row t) whose
 * column labels digest to a known layout's, with the row codes below it digesting to that
 * layout's codes. Otherwise why not, for the refusal.
 */
export function matchKnownLayout(
	sheet: Sheet,
	cols: CellColumns,
	candidates: readonly KnownLayout[]
): KnownMatch {
	let why: [number, number, number, number] | null = null;
	for (const k of candidates) {
		const search: GrafyLayout = {
			row: SEARCH_ROWS + k.headerRows,
			labelFrom: k.labelFrom,
			codeCol: k.codeCol,
			grafy: []
		};
		const grid = makeGrid(sheet, cols, search, search.row);
		for (let top = 1; top <= SEARCH_ROWS; top++) {
			const bottom = top + k.headerRows - 1;
			if (headerDigest(grid, top, bottom, k.codeCol + 1, k.grafy) !== k.headers) continue;
			if (k.codes !== null) {
				const codes = rowCodesBelow(cols, k.codeCol, bottom);
				if (codesDigest(codes) !== k.codes) {
					why = [top, bottom, codes.length, k.codeCount];
					continue;
				}
			}
			const grafy = Array.from({ length: k.grafy }, (_, i) => ({
				col: k.codeCol + 1 + i,
				grafa: String(i + 1)
			}));
			return {
				layout: { row: bottom, labelFrom: k.labelFrom, codeCol: k.codeCol, grafy },
				headerTop: top
			};
		}
	}
	return { layout: null, why };
}
