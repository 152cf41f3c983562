/**
 * Reads one section sheet of an official form into FormCells, data-driven rather than by
 * fixed addresses: find the графы row (the row of column numbers "А, Б, 1, 2, …"), take the
 * label columns from "А", the row-code column from "Б" and one графа per number; rebuild each
 * column's label path from the merged header cells above, and each row's label path from
 * the merged label cells on its left. Every numeric cell of a coded row becomes a FormCell.
 * Shared by Form 1-M and Form СНГ-1, whose sheets follow the same template.
 */
import { columnLetters } from '../../xlsx/cell-ref.ts';
import type { Sheet } from '../../xlsx/types.ts';
import { CellTableBuilder, toFormCells } from '../cell-table.ts';
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

/** FormCell objects of one section (tests and small tools; imports use readSectionInto). */
export function readSection(sheet: Sheet, opts: SectionOptions, out: FormCell[] = []): FormCell[] {
	const b = new CellTableBuilder();
	readSectionInto(sheet, opts, b);
	for (const c of toFormCells(b.build())) out.push(c);
	return out;
}

/**
 * Every numeric cell of a coded row, added to `out` column-wise: one row layout per sheet row,
 * one column layout per графа, three numbers per cell (the bulk of an import's cells).
 */
export function readSectionInto(sheet: Sheet, opts: SectionOptions, out: CellTableBuilder): void {
	const cols = sheet.columns ?? toColumns(sheet);
	const layout = findGrafyRow(sheet, cols, opts.file);
	const grid = makeGrid(sheet, cols, layout);
	const headerTop = findHeaderTop(grid, layout.row, layout.labelFrom, layout.codeCol);
	// Column number → its графа and label path, shared by every cell of the column.
	// Column number → index of its layout (графа and label path) in `out`.
	const grafaOf: (number | undefined)[] = [];
	for (const { col, grafa } of layout.grafy)
		grafaOf[col] = out.internColumn({
			section: sheet.name,
			columnRef: columnLetters(col),
			grafa,
			columnLabel: readColumnLabel(grid, headerTop, layout.row - 1, col)
		});

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
		let rowIndex = -1;
		for (let k = i; k < end; k++) {
			const col = cols.cols[k];
			const g = grafaOf[col];
			if (g === undefined) continue;
			const raw = cols.values[k];
			const value = typeof raw === 'number' ? raw : numericValue(raw);
			if (value === null || !Number.isFinite(value)) continue;
			if (rowIndex < 0) {
				ordinal++;
				const path = paths.get(row)!;
				const codeValue = grid.text.get(row * KEY + layout.codeCol)?.value;
				let rowCode = codeValue === undefined || codeValue === null ? '' : String(codeValue).trim();
				if (!rowCode) rowCode = opts.codesByOrder ? String(ordinal) : `#${row}`;
				let chapter: string | null = null;
				for (const part of path) chapter = parseChapter(part) ?? chapter;
				const article = path.length ? parseArticle(path[path.length - 1]) : null;
				rowIndex = out.internRow({
					section: sheet.name,
					sheet: sheet.name,
					sheetRow: row,
					record: null,
					rowCode,
					rowLabel: path,
					article,
					chapter
				});
			}
			out.push(rowIndex, g, value);
		}
		i = end;
	}
}

/** A number, or numeric text such as '12' or '1 234,5'; anything else is not a value. */
function numericValue(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v !== 'string') return null;
	const t = v.replace(/[\s\u00a0]/g, '');
	if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return null;
	return Number(t.replace(',', '.'));
}
