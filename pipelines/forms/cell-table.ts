/**
 * Form cells column-wise: the distinct sheet rows and columns once, each cell as three numbers
 * (row index, column index, value) in typed arrays. A Form 1-M workbook has ~217,000 numeric
 * cells but only ~6,000 distinct rows and ~1,000 columns, so one object per cell (FormCell)
 * costs ~20× the memory and the time of these arrays; they also cross a worker_threads
 * boundary as transferable buffers. FormCell objects are only built on request (toFormCells).
 */
import { createHash } from 'node:crypto';
import type { FormCell } from './types.ts';

/** One sheet row of a section: everything the cells of that row share. */
export interface FormRowLayout {
	section: string;
	sheet: string;
	/** Row number on the sheet; null when the source has no A1 grid (open data). */
	sheetRow: number | null;
	/** Where a row without a sheet grid comes from ('record 3' of a portal response); else null. */
	record: string | null;
	rowCode: string;
	/** Hierarchical label path, outermost first (stored joined with ' / '). */
	rowLabel: string[];
	article: string | null;
	chapter: string | null;
}

/** One column (графа) of a section. */
export interface FormColumnLayout {
	section: string;
	/** Column letters on the sheet ('E'), or the record field ('gr1') for rows with a record. */
	columnRef: string | null;
	grafa: string;
	/** Hierarchical header path, outermost first (stored joined with ' / '). */
	columnLabel: string[];
}

/** Which form/region/period/source a group of cells belongs to. */
export interface FormCellScope {
	form: string;
	regionCode: string;
	period: string;
	sha256: string;
}

export interface FormCellTable {
	length: number;
	rows: FormRowLayout[];
	columns: FormColumnLayout[];
	/** Cell i is (rows[row[i]], columns[column[i]]) with value[i]. */
	row: Int32Array;
	column: Int32Array;
	value: Float64Array;
	/** Index into the scopes given to the loader; null = every cell in scope 0. */
	scope: Int32Array | null;
	/** layoutHash(rows, columns) when computed ahead (by the parse worker); else absent. */
	layoutHash?: string;
}

/** A hash of everything the layout rows and columns hold, in order: the layout's identity. */
export function layoutHash(t: Pick<FormCellTable, 'rows' | 'columns'>): string {
	const h = createHash('sha256');
	for (const r of t.rows)
		h.update(
			JSON.stringify([
				r.section,
				r.sheet,
				r.sheetRow,
				r.record,
				r.rowCode,
				r.rowLabel,
				r.article,
				r.chapter
			])
		);
	h.update('\u0000columns');
	for (const c of t.columns)
		h.update(JSON.stringify([c.section, c.columnRef, c.grafa, c.columnLabel]));
	return h.digest('hex');
}

export const LABEL_SEPARATOR = ' / ';

/** Grows a FormCellTable cell by cell, interning rows and columns by their content. */
export class CellTableBuilder {
	private n = 0;
	private rowIdx: Int32Array;
	private colIdx: Int32Array;
	private values: Float64Array;
	private scopeIdx: Int32Array | null = null;
	readonly rows: FormRowLayout[] = [];
	readonly columns: FormColumnLayout[] = [];
	private rowKeys = new Map<string, number>();
	private rowPlaces = new Map<string, number>();

	/** `capacity`: cells expected (a Form 1-M workbook has ~217,000); the arrays grow past it. */
	constructor(capacity = 4096) {
		const size = Math.max(16, capacity);
		this.rowIdx = new Int32Array(size);
		this.colIdx = new Int32Array(size);
		this.values = new Float64Array(size);
	}
	private colKeys = new Map<string, number>();

	/**
	 * Index of this row layout, added when new (keyed by content, not by object identity).
	 * Sheet rows are looked up by where they are first (section, sheet, sheet row, record: a
	 * short key) and compared field by field with the row found there; only a different row
	 * at the same place falls back to the key of its whole content. Same answers as keying
	 * everything by content — equal content implies an equal place — at a fraction of the cost
	 * of joining each row's label path into a key (~9,000 rows per workbook).
	 */
	internRow(r: FormRowLayout): number {
		const place = `${r.section}\u0001${r.sheet}\u0001${r.sheetRow}\u0001${r.record}`;
		const at = this.rowPlaces.get(place);
		if (at === undefined) {
			const i = this.rows.length;
			this.rows.push(r);
			this.rowPlaces.set(place, i);
			return i;
		}
		if (sameRow(this.rows[at], r)) return at;
		const key = [
			r.section,
			r.sheet,
			r.sheetRow,
			r.record,
			r.rowCode,
			r.rowLabel.join('\u0002'),
			r.article,
			r.chapter
		].join('\u0001');
		return intern(this.rows, this.rowKeys, key, r);
	}

	internColumn(c: FormColumnLayout): number {
		const key = [c.section, c.columnRef, c.grafa, c.columnLabel.join('\u0002')].join('\u0001');
		return intern(this.columns, this.colKeys, key, c);
	}

	push(row: number, column: number, value: number, scope = 0): void {
		if (this.n === this.values.length) this.grow();
		this.rowIdx[this.n] = row;
		this.colIdx[this.n] = column;
		this.values[this.n] = value;
		if (scope !== 0 && this.scopeIdx === null) this.scopeIdx = new Int32Array(this.values.length);
		if (this.scopeIdx !== null) this.scopeIdx[this.n] = scope;
		this.n++;
	}

	private grow(): void {
		const size = this.values.length * 2;
		this.rowIdx = grown(this.rowIdx, size);
		this.colIdx = grown(this.colIdx, size);
		this.values = grown(this.values, size);
		if (this.scopeIdx) this.scopeIdx = grown(this.scopeIdx, size);
	}

	get length(): number {
		return this.n;
	}

	/** The table; its arrays are trimmed copies, so the builder's buffers can be dropped. */
	build(): FormCellTable {
		return {
			length: this.n,
			rows: this.rows,
			columns: this.columns,
			row: this.rowIdx.slice(0, this.n),
			column: this.colIdx.slice(0, this.n),
			value: this.values.slice(0, this.n),
			scope: this.scopeIdx ? this.scopeIdx.slice(0, this.n) : null
		};
	}
}

/** Index of `item` in `list` under `key`; appended (and indexed) when the key is new. */
function intern<T>(list: T[], index: Map<string, number>, key: string, item: T): number {
	let i = index.get(key);
	if (i === undefined) {
		i = list.length;
		list.push(item);
		index.set(key, i);
	}
	return i;
}

/** A copy of `a` with room for `size` elements. */
function grown<T extends Int32Array | Float64Array>(a: T, size: number): T {
	const out = new (a.constructor as new (n: number) => T)(size);
	out.set(a);
	return out;
}

function sameRow(a: FormRowLayout, b: FormRowLayout): boolean {
	if (
		a.section !== b.section ||
		a.sheet !== b.sheet ||
		a.sheetRow !== b.sheetRow ||
		a.record !== b.record ||
		a.rowCode !== b.rowCode ||
		a.article !== b.article ||
		a.chapter !== b.chapter ||
		a.rowLabel.length !== b.rowLabel.length
	)
		return false;
	for (let i = 0; i < a.rowLabel.length; i++) if (a.rowLabel[i] !== b.rowLabel[i]) return false;
	return true;
}

const A1 = /^([A-Z]+)(\d+)$/;
/** 'record 3.gr1' (open data): the record is the row, the field the column. */
const RECORD_FIELD = /^(.*)\.([^.]+)$/;

/**
 * The address of a cell as the form_cell view shows it: column letters + sheet row on a grid,
 * record + '.' + field otherwise (schema.sql computes the same).
 */
export function cellAddressOf(r: FormRowLayout, c: FormColumnLayout): string {
	if (r.record === null) return `${c.columnRef ?? ''}${r.sheetRow ?? ''}`;
	return c.columnRef === null ? r.record : `${r.record}.${c.columnRef}`;
}

/**
 * Add one FormCell (demo, open data, small fixtures) to a builder: the inverse of
 * cellAddressOf. An A1 address is split into sheet row and column letters, 'record.field'
 * into record and field; any other address is kept whole as the row's record. Readers of
 * workbooks intern rows and columns themselves (once per sheet row, not once per cell).
 */
export function addFormCell(b: CellTableBuilder, c: FormCell, scope = 0): void {
	const grid = A1.exec(c.cell);
	const field = grid ? null : RECORD_FIELD.exec(c.cell);
	const row = b.internRow({
		section: c.section,
		sheet: c.section,
		sheetRow: grid ? Number(grid[2]) : null,
		record: grid ? null : field ? field[1] : c.cell,
		rowCode: c.rowCode,
		rowLabel: c.rowLabel,
		article: c.article,
		chapter: c.chapter
	});
	const col = b.internColumn({
		section: c.section,
		columnRef: grid ? grid[1] : field ? field[2] : null,
		grafa: c.grafa,
		columnLabel: c.columnLabel
	});
	b.push(row, col, c.value, scope);
}

/** FormCell objects (tests, small fixtures) → a table, all in scope 0. */
export function tableFromCells(cells: readonly FormCell[]): FormCellTable {
	const b = new CellTableBuilder();
	for (const c of cells) addFormCell(b, c);
	return b.build();
}

/** The table as FormCell objects (the readers' original contract; tests and small tools). */
export function toFormCells(t: FormCellTable): FormCell[] {
	const out: FormCell[] = new Array(t.length);
	for (let i = 0; i < t.length; i++) {
		const r = t.rows[t.row[i]];
		const c = t.columns[t.column[i]];
		out[i] = {
			section: r.section,
			rowCode: r.rowCode,
			rowLabel: r.rowLabel,
			article: r.article,
			chapter: r.chapter,
			grafa: c.grafa,
			columnLabel: c.columnLabel,
			value: t.value[i],
			cell: cellAddressOf(r, c)
		};
	}
	return out;
}
