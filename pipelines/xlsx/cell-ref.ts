/**
 * A1 references ↔ 1-based row/column numbers. Kept apart because the sheet scanner and the
 * form readers both need it, and a slip here silently shifts every графа by one column.
 */
import type { MergeRange } from './types.ts';

/** 'A' → 1, 'Z' → 26, 'AA' → 27. Returns 0 for an empty or invalid string. */
export function columnNumber(letters: string): number {
	let n = 0;
	for (let i = 0; i < letters.length; i++) {
		const code = letters.charCodeAt(i);
		if (code < 65 || code > 90) return 0;
		n = n * 26 + (code - 64);
	}
	return n;
}

/** 1 → 'A', 27 → 'AA'. */
export function columnLetters(col: number): string {
	let s = '';
	let n = col;
	while (n > 0) {
		const rem = (n - 1) % 26;
		s = String.fromCharCode(65 + rem) + s;
		n = Math.floor((n - 1) / 26);
	}
	return s;
}

export function cellAddress(row: number, col: number): string {
	if (row < 1024 && col < 64) {
		// Every FormCell carries its address; report sheets reuse the same few thousand.
		const key = (row << 6) | col;
		return (ADDRESSES[key] ??= columnLetters(col) + row);
	}
	return columnLetters(col) + row;
}
const ADDRESSES: string[] = new Array(1024 * 64);

/** 'D12' → { row: 12, col: 4 }, or null when the text is not an A1 reference. */
export function parseCellAddress(ref: string): { row: number; col: number } | null {
	const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim().toUpperCase());
	if (!m) return null;
	return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** 'A4:C5' (or a single 'A4') → a MergeRange, or null when malformed. */
export function parseRange(ref: string): MergeRange | null {
	const [a, b = a] = ref.split(':');
	const from = parseCellAddress(a);
	const to = parseCellAddress(b);
	if (!from || !to) return null;
	return {
		top: Math.min(from.row, to.row),
		left: Math.min(from.col, to.col),
		bottom: Math.max(from.row, to.row),
		right: Math.max(from.col, to.col)
	};
}
