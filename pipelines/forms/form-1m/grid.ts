/**
 * The geometry of a report sheet, found from its content: the графы row ("А, Б, 1, 2, …")
 * gives the label columns, the row-code column and the графы; merged ranges give what text
 * a cell shows, hence the label path of each column (header cells above the графы row) and
 * of each row (label cells on its left, with "из них" connectors resolved to the parent row).
 */
import type { CellColumns, MergeRange, Sheet, SheetCell } from '../../xlsx/types.ts';
import { InputError } from '../types.ts';
import { cleanLabel, connectorKind } from './labels.ts';

export const KEY = 20000;
const CODE_MARKERS = new Set(['Б', 'B']);
const LABEL_MARKERS = new Set(['А', 'A']);

export interface Grid {
	/** Merge range covering (row, col), by key row*20000+col, for merged cells only. */
	cover: Map<number, MergeRange>;
	/** Cells of the header block and of the label and code columns, by the same key. */
	text: Map<number, SheetCell>;
}

export interface GrafyLayout {
	row: number;
	labelFrom: number;
	codeCol: number;
	grafy: { col: number; grafa: string }[];
}

/**
 * Index the text cells (header block, label and code columns) and the merged ranges, down to
 * `lastRow`: cells below the table are never labels (and a million stray rows stay unindexed).
 */
export function makeGrid(
	sheet: Sheet,
	cols: CellColumns,
	layout: GrafyLayout,
	lastRow = Number.MAX_SAFE_INTEGER
): Grid {
	const text = new Map<number, SheetCell>();
	for (let k = 0; k < cols.length; k++) {
		const row = cols.rows[k];
		const col = cols.cols[k];
		if (row > lastRow) break;
		if (row <= layout.row || col <= layout.codeCol)
			text.set(row * KEY + col, { row, col, ref: '', value: cols.values[k] });
	}
	return { cover: indexMerges(sheet.merges), text };
}

/** A Sheet from another reader, without the column-wise view. */
export function toColumns(sheet: Sheet): CellColumns {
	const cells = sheet.cells;
	return {
		length: cells.length,
		rows: Int32Array.from(cells, (c) => c.row),
		cols: Int32Array.from(cells, (c) => c.col),
		values: cells.map((c) => c.value ?? '')
	};
}

function indexMerges(merges: MergeRange[]): Map<number, MergeRange> {
	const cover = new Map<number, MergeRange>();
	for (const m of merges) {
		// Only the label and header areas need lookups; skip absurd ranges from damaged files.
		if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 200_000) continue;
		for (let r = m.top; r <= m.bottom; r++)
			for (let c = m.left; c <= m.right; c++) cover.set(r * KEY + c, m);
	}
	return cover;
}

/** The text shown at (row, col): the top-left cell of its merge range, cleaned; '' if none. */
function shownText(
	grid: Grid,
	row: number,
	col: number
): { text: string; range: MergeRange | null } {
	const range = grid.cover.get(row * KEY + col) ?? null;
	const cell = range ? grid.text.get(range.top * KEY + range.left) : grid.text.get(row * KEY + col);
	const v = cell?.value;
	return { text: typeof v === 'string' ? cleanLabel(v) : v == null ? '' : String(v), range };
}

export function findGrafyRow(sheet: Sheet, cols: CellColumns, file: string): GrafyLayout {
	for (let i = 0; i < cols.length && cols.rows[i] <= 40; i++) {
		const marker = cols.values[i];
		if (typeof marker !== 'string' || !CODE_MARKERS.has(marker.trim())) continue;
		const row = cols.rows[i];
		const codeCol = cols.cols[i];
		const grafy: { col: number; grafa: string }[] = [];
		let labelFrom = 1;
		for (let k = 0; k < cols.length && cols.rows[k] <= row; k++) {
			if (cols.rows[k] !== row) continue;
			const text = String(cols.values[k]).trim();
			if (cols.cols[k] < codeCol && LABEL_MARKERS.has(text)) labelFrom = cols.cols[k];
			if (cols.cols[k] > codeCol && /^\d+$/.test(text))
				grafy.push({ col: cols.cols[k], grafa: text });
		}
		if (grafy.length) return { row, labelFrom, codeCol, grafy };
	}
	throw new InputError('noGrafaRow', { file, sheet: sheet.name }, { file, sheet: sheet.name });
}

/** The header block starts where the merged "Наименование"/"Шифр строки" cells start. */
export function findHeaderTop(
	grid: Grid,
	grafyRow: number,
	labelFrom: number,
	codeCol: number
): number {
	let top = grafyRow - 1;
	for (const col of [labelFrom, codeCol]) {
		const m = grid.cover.get((grafyRow - 1) * KEY + col);
		if (m && m.bottom === grafyRow - 1) top = Math.min(top, m.top);
	}
	return Math.max(1, Math.max(top, grafyRow - 6));
}

export function readColumnLabel(grid: Grid, top: number, bottom: number, col: number): string[] {
	const path: string[] = [];
	let last: MergeRange | null | undefined;
	for (let row = top; row <= bottom; row++) {
		const { text, range } = shownText(grid, row, col);
		if (!text || (range && range === last)) continue;
		path.push(text);
		last = range;
	}
	return path;
}

/**
 * Left to right over the label columns: a plain text is a path component; a connector
 * ("из них" spanning rows top…bottom) replaces the path so far by the path of row top-1,
 * its parent. So R1 row 20 reads ["Всего правонарушений", "Глава 1. …", "Убийство (ст.99)"].
 */
export function readRowLabel(
	grid: Grid,
	row: number,
	from: number,
	to: number,
	paths: Map<number, string[]>
): string[] {
	let path: string[] = [];
	let last: MergeRange | null | undefined;
	for (let col = from; col <= to; col++) {
		const { text, range } = shownText(grid, row, col);
		if (!text || (range && range === last)) continue;
		last = range;
		const kind = connectorKind(text);
		if (kind) {
			const parent = paths.get((range ? range.top : row) - 1);
			if (parent) path = [...parent];
			if (kind === 'pure') continue;
		}
		path.push(text);
	}
	return path;
}
