/**
 * The in-memory sheet: cells kept column-wise (three parallel arrays) because a workbook
 * import reads millions of them; the `cells` objects of the Sheet contract and the `get`
 * index are only built when someone asks for them.
 */
import { cellAddress } from './cell-ref.ts';
import type { CellColumns, MergeRange, Sheet, SheetCell } from './types.ts';

/** Growable parallel arrays: one object per cell would be millions per import. */
export class CellStore {
	private n = 0;
	private rows = new Int32Array(1024);
	private cols = new Int32Array(1024);
	private values: (string | number | boolean)[] = [];

	push(row: number, col: number, value: string | number | boolean): void {
		if (this.n === this.rows.length) {
			const rows = new Int32Array(this.n * 2);
			rows.set(this.rows);
			this.rows = rows;
			const cols = new Int32Array(this.n * 2);
			cols.set(this.cols);
			this.cols = cols;
		}
		this.rows[this.n] = row;
		this.cols[this.n] = col;
		this.values.push(value);
		this.n++;
	}

	columns(): CellColumns {
		return {
			length: this.n,
			rows: this.rows.subarray(0, this.n),
			cols: this.cols.subarray(0, this.n),
			values: this.values
		};
	}
}

export function makeSheet(name: string, columns: CellColumns, merges: MergeRange[]): Sheet {
	let cells: SheetCell[] | null = null;
	let index: Map<number, SheetCell> | null = null;
	const materialise = (): SheetCell[] => {
		if (!cells) {
			cells = new Array(columns.length);
			for (let i = 0; i < columns.length; i++) {
				const row = columns.rows[i];
				const col = columns.cols[i];
				cells[i] = { row, col, ref: cellAddress(row, col), value: columns.values[i] };
			}
		}
		return cells;
	};
	return {
		name,
		merges,
		columns,
		get cells() {
			return materialise();
		},
		get(row: number, col: number) {
			if (!index) {
				index = new Map();
				for (const c of materialise()) index.set(c.row * 20000 + c.col, c);
			}
			return index.get(row * 20000 + col);
		}
	};
}
