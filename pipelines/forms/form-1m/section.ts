/**
 * Reads one section sheet of an official form into FormCells, data-driven rather than by
 * fixed addresses: find the графы row (the row of column numbers "А, Б, 1, 2, …"), take the
 * label columns from "А", the row-code column from "Б" and one графа per number; rebuild each
 * column's label path from the merged header cells above, and each row's label path from
 * the merged label cells on its left. Every numeric cell of a coded row becomes a FormCell.
 * Shared by Form 1-M and Form СНГ-1, whose sheets follow the same template.
 */
import { cellAddress } from '../../xlsx/cell-ref.ts';
import type { Sheet } from '../../xlsx/types.ts';
import type { FormCell } from '../types.ts';
import {
	KEY,
	findGrafyRow,
	findHeaderTop,
	makeGrid,
	readColumnLabel,
	readRowLabel,
	toColumns
} from './grid.ts';
import { parseArticle, parseChapter } from './labels.ts';

export interface SectionOptions {
	file: string;
	/** Rows holding values but no code get '1', '2', … by order (СНГ-1 R3 has no codes). */
	codesByOrder?: boolean;
}

export function readSection(sheet: Sheet, opts: SectionOptions, out: FormCell[] = []): FormCell[] {
	const cols = sheet.columns ?? toColumns(sheet);
	const layout = findGrafyRow(sheet, cols, opts.file);
	const grid = makeGrid(sheet, cols, layout);
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
				const codeValue = grid.text.get(row * KEY + layout.codeCol)?.value;
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

/** A number, or numeric text such as '12' or '1 234,5'; anything else is not a value. */
function numericValue(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v !== 'string') return null;
	const t = v.replace(/[\s\u00a0]/g, '');
	if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return null;
	return Number(t.replace(',', '.'));
}
