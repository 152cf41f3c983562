/**
 * The contract of our own streaming-friendly XLSX reader (pipelines/xlsx/): enough of
 * SpreadsheetML for official report forms — values, shared strings, merged ranges and the
 * document title — with guards against corrupt files and zip bombs.
 */

export interface XlsxLimits {
	/** Refuse a file larger than this on disk (bytes). */
	maxFileBytes?: number;
	/** Refuse when the sum of uncompressed entry sizes exceeds this (zip-bomb guard). */
	maxUncompressedBytes?: number;
	/** Refuse when one sheet holds more cells than this. */
	maxCellsPerSheet?: number;
}

export interface SheetCell {
	/** 1-based row and column. */
	row: number;
	col: number;
	/** A1 address, e.g. 'D12'. */
	ref: string;
	value: string | number | boolean | null;
}

export interface MergeRange {
	top: number;
	left: number;
	bottom: number;
	right: number;
}

export interface Sheet {
	name: string;
	/** Cells with a value, in row-major order. */
	cells: SheetCell[];
	merges: MergeRange[];
	get(row: number, col: number): SheetCell | undefined;
	/** The same cells column-wise, for hot loops that should not allocate one object per cell. */
	columns?: CellColumns;
}

/** Cells with a value as parallel arrays, in row-major order: cell i is (rows[i], cols[i]). */
export interface CellColumns {
	length: number;
	rows: Int32Array;
	cols: Int32Array;
	values: (string | number | boolean)[];
}

export interface Workbook {
	/** dc:title from docProps/core.xml, as written, or null. */
	title: string | null;
	/** dcterms:modified, ISO 8601, or null. */
	modified: string | null;
	sheetNames: string[];
	/** Parse one sheet on demand. Throws InputError when it is absent or broken. */
	sheet(name: string): Sheet;
}
