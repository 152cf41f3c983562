/**
 * Reads one section sheet of an official form into FormCells, data-driven rather than by
 * fixed addresses: find the графы row (the row of column numbers "А, Б, 1, 2, …"), take the
 * label columns from "А", the row-code column from "Б" and one графа per number; rebuild each
 * column's label path from the merged header cells above, and each row's label path from
 * the merged label cells on its left. Every numeric cell of a coded row becomes a FormCell.
 * Shared by Form 1-M and Form СНГ-1, whose sheets follow the same template.
 */
import { columnLetters } from '../../xlsx/cell-ref.ts';
import type { CellColumns, Sheet } from '../../xlsx/types.ts';
import { CellTableBuilder, toFormCells } from '../cell-table.ts';
import type { CellIssues } from '../cell-issues.ts';
import type { CellWhere } from '../../../src/lib/domain/finding-params.ts';
import { type FormCell, InputError } from '../types.ts';
import { type KnownLayout, matchKnownLayout } from './known-layout.ts';
import {
	type GrafyLayout,
	type Grid,
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
	/** Where cells that are no figure of the form are noted (cell-issues.ts); absent: not noted. */
	issues?: CellIssues;
	/** The section's known layouts, for a sheet saved without its графы row (known-layout.ts). */
	known?: { name: string; layouts: readonly KnownLayout[] };
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
	const { layout, headerTop: knownTop } = findLayout(sheet, cols, opts);
	const issues = opts.issues;
	const sheetName = sheet.name;
	const lastGrafaCol = layout.grafy.reduce((m, g) => Math.max(m, g.col), layout.codeCol);
	// The table ends at its last coded row: a cell below it is outside the form's layout (a
	// section numbered by order, СНГ-1 R3, has no codes and so no such end).
	let lastCodedRow = opts.codesByOrder ? Number.MAX_SAFE_INTEGER : layout.row;
	if (!opts.codesByOrder)
		for (let k = 0; k < cols.length; k++)
			if (cols.cols[k] === layout.codeCol && cols.rows[k] > layout.row && !isBlank(cols.values[k]))
				lastCodedRow = Math.max(lastCodedRow, cols.rows[k]);
	const grid = makeGrid(sheet, cols, layout, lastCodedRow);
	// A known layout's header ends on layout.row (there is no графы row below it).
	const headerTop = knownTop ?? findHeaderTop(grid, layout.row, layout.labelFrom, layout.codeCol);
	const headerBottom = knownTop === null ? layout.row - 1 : layout.row;
	// Column number → its графа and label path, shared by every cell of the column.
	// Column number → index of its layout (графа and label path) in `out`.
	const grafaOf: (number | undefined)[] = [];
	for (const { col, grafa } of layout.grafy)
		grafaOf[col] = out.internColumn({
			section: sheet.name,
			columnRef: columnLetters(col),
			grafa,
			columnLabel: readColumnLabel(grid, headerTop, headerBottom, col)
		});

	const tableEnd: CellWhere = { kind: 'below', row: String(lastCodedRow) };
	const rightOfTable: CellWhere = { kind: 'right', column: columnLetters(lastGrafaCol) };
	const leftOfTable: CellWhere = { kind: 'left' };

	const paths = new Map<number, string[]>();
	let ordinal = 0;
	let lastLabelled = layout.row;
	// Cells are row-major: walk them once, one row at a time.
	const n = cols.length;
	let i = 0;
	for (; i < n && cols.rows[i] <= layout.row; i++)
		if (cols.cols[i] > lastGrafaCol)
			issues?.note(
				'outside-layout',
				sheetName,
				cols.rows[i],
				cols.cols[i],
				cols.values[i],
				null,
				null,
				rightOfTable
			);
	while (i < n) {
		const row = cols.rows[i];
		let end = i;
		while (end < n && cols.rows[end] === row) end++;
		if (row > lastCodedRow) {
			// Below the table (e.g. a million stray one-cell rows): counted, never read.
			if (issues)
				for (let k = i; k < end; k++)
					if (!isBlank(cols.values[k]))
						issues.note(
							'outside-layout',
							sheetName,
							row,
							cols.cols[k],
							cols.values[k],
							null,
							null,
							tableEnd
						);
			i = end;
			continue;
		}
		// Label paths of rows without values are needed too: a connector's parent may be one.
		for (let r = lastLabelled + 1; r <= row; r++)
			paths.set(r, readRowLabel(grid, r, layout.labelFrom, layout.codeCol - 1, paths));
		lastLabelled = row;
		// Row identity is worked out on the first numeric cell only: most rows have many.
		let rowIndex = -1;
		for (let k = i; k < end; k++) {
			const col = cols.cols[k];
			const g = grafaOf[col];
			if (g === undefined) {
				// Label and code columns are the table's; anything left or right of it is not.
				if ((col < layout.labelFrom || col > layout.codeCol) && issues && !isBlank(cols.values[k]))
					issues.note(
						'outside-layout',
						sheetName,
						row,
						col,
						cols.values[k],
						codeOf(grid, layout, row),
						null,
						col < layout.labelFrom ? leftOfTable : rightOfTable
					);
				continue;
			}
			const raw = cols.values[k];
			const value = typeof raw === 'number' ? raw : numericValue(raw);
			if (value === null || !Number.isFinite(value)) {
				// Text, NaN or ±Infinity where the form has a number: no figure, but a trace.
				if (issues && !isBlank(raw))
					issues.note(
						isNonFinite(raw) ? 'not-finite' : 'not-a-number',
						sheetName,
						row,
						col,
						raw,
						codeOf(grid, layout, row),
						out.columns[g].grafa
					);
				continue;
			}
			if (rowIndex < 0) {
				ordinal++;
				const path = paths.get(row)!;
				let rowCode = codeOf(grid, layout, row) ?? '';
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
			// A count below zero is kept as published, and noted (findings never fix a figure).
			if (value < 0 && issues)
				issues.note(
					'negative',
					sheetName,
					row,
					col,
					value,
					out.rows[rowIndex].rowCode,
					out.columns[g].grafa
				);
			out.push(rowIndex, g, value);
		}
		i = end;
	}
}

/**
 * Where the графы are: from the графы row ("А, Б, 1, 2, …"); on a sheet saved without it, from
 * the known layout its header texts and row codes match (known-layout.ts); else refused.
 */
function findLayout(
	sheet: Sheet,
	cols: CellColumns,
	opts: SectionOptions
): { layout: GrafyLayout; headerTop: number | null } {
	try {
		return { layout: findGrafyRow(sheet, cols, opts.file), headerTop: null };
	} catch (err) {
		if (!(err instanceof InputError) || !opts.known) throw err;
		const m = matchKnownLayout(sheet, cols, opts.known.layouts);
		if (m.layout) return { layout: m.layout, headerTop: m.headerTop };
		const k = opts.known.layouts[0];
		throw new InputError(
			'unknownLayout',
			{
				file: opts.file,
				sheet: sheet.name,
				layout: opts.known.name,
				grafy: k ? k.grafy : null,
				codeCount: k ? k.codeCount : null,
				match: m.why
			},
			{ file: opts.file, sheet: sheet.name }
		);
	}
}

/** The row code written in the code column of `row`, trimmed; null when there is none. */
function codeOf(grid: Grid, layout: GrafyLayout, row: number): string | null {
	const v = grid.text.get(row * KEY + layout.codeCol)?.value;
	const code = v === undefined || v === null ? '' : String(v).trim();
	return code || null;
}

/** An empty or whitespace-only text: a blank cell to the reader's eye, not a value. */
function isBlank(v: unknown): boolean {
	return typeof v === 'string' && !/\S/.test(v);
}

/** 'NaN', 'Infinity', '-inf', '∞', '1e999': a number that is not finite (vs. plain text). */
function isNonFinite(v: unknown): boolean {
	if (typeof v === 'number') return !Number.isFinite(v);
	if (typeof v !== 'string') return false;
	const t = v.trim();
	return (
		/^[+-]?(nan|inf(inity)?|∞)$/i.test(t) ||
		(t !== '' && !Number.isFinite(Number(t)) && !Number.isNaN(Number(t)))
	);
}

/** A number, or numeric text such as '12' or '1 234,5'; anything else is not a value. */
function numericValue(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v !== 'string') return null;
	const t = v.replace(/[\s\u00a0]/g, '');
	if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return null;
	return Number(t.replace(',', '.'));
}
