/**
 * Reads one section sheet of an official form into FormCells, data-driven rather than by
 * fixed addresses: find the графы row (the row of column numbers "А, Б, 1, 2, …"), take the
 * label columns from "А", the row-code column from "Б" and one графа per number; rebuild each
 * column's label path from the merged header cells above, and each row's label path from
 * the merged label cells on its left. Every numeric cell of a coded row becomes a FormCell.
 * Shared by Form 1-M and Form СНГ-1, whose sheets follow the same template.
 */
import type { CellColumns, MergeRange, Sheet, SheetCell } from '../../xlsx/types.ts';
import { cellAddress } from '../../xlsx/cell-ref.ts';
import { type FormCell, InputError } from '../types.ts';
import { cleanLabel, connectorKind, parseArticle, parseChapter } from './labels.ts';

export interface SectionOptions {
	file: string;
	/** Rows holding values but no code get '1', '2', … by order (СНГ-1 R3 has no codes). */
	codesByOrder?: boolean;
}

interface Grid {
	sheet: Sheet;
	/** Merge range covering (row, col), by key row*20000+col, for merged cells only. */
	cover: Map<number, MergeRange>;
	/** Cells of the header block and of the label and code columns, by the same key. */
	text: Map<number, SheetCell>;
}

const KEY = 20000;
const CODE_MARKERS = new Set(['Б', 'B']);
const LABEL_MARKERS = new Set(['А', 'A']);

export function readSection(sheet: Sheet, opts: SectionOptions, out: FormCell[] = []): FormCell[] {
	const cols = sheet.columns ?? toColumns(sheet);
	const layout = findGrafyRow(sheet, cols, opts.file);
	const text = new Map<number, SheetCell>();
	for (let k = 0; k < cols.length; k++) {
		const row = cols.rows[k];
		const col = cols.cols[k];
		if (row <= layout.row || col <= layout.codeCol)
			text.set(row * KEY + col, { row, col, ref: '', value: cols.values[k] });
	}
	const grid: Grid = { sheet, cover: indexMerges(sheet.merges), text };
	const headerTop = findHeaderTop(grid, layout.row, layout.labelFrom, layout.codeCol);
	// Column number → its графа and label path, shared by every cell of the column.
	const grafaOf: ({ grafa: string; columnLabel: string[] } | undefined)[] = [];
	for (const { col, grafa } of layout.grafy)
		grafaOf[col] = { grafa, columnLabel: readColumnLabel(grid, headerTop, layout.row - 1, col) };

	const paths = new Map<number, string[]>();
	let ordinal = 0;
	let lastLabelled = layout.row;
	// Cells are row-major: walk them once, one row at a time.
	const n = cols.length;
	let i = 0;
	while (i < n && cols.rows[i] <= layout.row) i++;
	while (i < n) {
		const row = cols.rows[i];
		let end = i;
		while (end < n && cols.rows[end] === row) end++;
		// Label paths of rows without values are needed too: a connector's parent may be one.
		for (let r = lastLabelled + 1; r <= row; r++)
			paths.set(r, readRowLabel(grid, r, layout.labelFrom, layout.codeCol - 1, paths));
		lastLabelled = row;
		// Row identity is worked out on the first numeric cell only: most rows have many.
		let meta: {
			rowCode: string;
			path: string[];
			article: string | null;
			chapter: string | null;
		} | null = null;
		for (let k = i; k < end; k++) {
			const col = cols.cols[k];
			const g = grafaOf[col];
			if (!g) continue;
			const raw = cols.values[k];
			const value = typeof raw === 'number' ? raw : numericValue(raw);
			if (value === null || !Number.isFinite(value)) continue;
			if (!meta) {
				ordinal++;
				const path = paths.get(row)!;
				const codeValue = text.get(row * KEY + layout.codeCol)?.value;
				let rowCode = codeValue === undefined || codeValue === null ? '' : String(codeValue).trim();
				if (!rowCode) rowCode = opts.codesByOrder ? String(ordinal) : `#${row}`;
				let chapter: string | null = null;
				for (const part of path) chapter = parseChapter(part) ?? chapter;
				const article = path.length ? parseArticle(path[path.length - 1]) : null;
				meta = { rowCode, path, article, chapter };
			}
			out.push({
				section: sheet.name,
				rowCode: meta.rowCode,
				rowLabel: meta.path,
				article: meta.article,
				chapter: meta.chapter,
				grafa: g.grafa,
				columnLabel: g.columnLabel,
				value,
				cell: cellAddress(row, col)
			});
		}
		i = end;
	}
	return out;
}

/** A Sheet from another reader, without the column-wise view. */
function toColumns(sheet: Sheet): CellColumns {
	const cells = sheet.cells;
	return {
		length: cells.length,
		rows: Int32Array.from(cells, (c) => c.row),
		cols: Int32Array.from(cells, (c) => c.col),
		values: cells.map((c) => c.value ?? '')
	};
}

/** A number, or numeric text such as '12' or '1 234,5'; anything else is not a value. */
function numericValue(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v !== 'string') return null;
	const t = v.replace(/[\s\u00a0]/g, '');
	if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return null;
	return Number(t.replace(',', '.'));
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

interface GrafyLayout {
	row: number;
	labelFrom: number;
	codeCol: number;
	grafy: { col: number; grafa: string }[];
}

function findGrafyRow(sheet: Sheet, cols: CellColumns, file: string): GrafyLayout {
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
	throw new InputError(
		`${file}, sheet ${sheet.name}: cannot find the row of column numbers ("А, Б, 1, 2, …") that every section of the form has. Is this sheet from an official report form?`,
		{ file, sheet: sheet.name }
	);
}

/** The header block starts where the merged "Наименование"/"Шифр строки" cells start. */
function findHeaderTop(grid: Grid, grafyRow: number, labelFrom: number, codeCol: number): number {
	let top = grafyRow - 1;
	for (const col of [labelFrom, codeCol]) {
		const m = grid.cover.get((grafyRow - 1) * KEY + col);
		if (m && m.bottom === grafyRow - 1) top = Math.min(top, m.top);
	}
	return Math.max(1, Math.max(top, grafyRow - 6));
}

function readColumnLabel(grid: Grid, top: number, bottom: number, col: number): string[] {
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
function readRowLabel(
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
