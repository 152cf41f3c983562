/**
 * One worksheet's XML → cells with values and merged ranges. A single forward scan with
 * indexOf (no DOM): sheets are up to 500 KB each and a workbook has 26 of them. Handles cell
 * types s, str, inlineStr, n, b, e and cells written without an `r` attribute.
 *
 * `scanSheetBytes` reads the inflated UTF-8 bytes directly: turning 8 MB of sheet XML per
 * workbook into JS strings cost more than scanning it (large strings are allocated outside
 * V8's young generation). Every delimiter the scan looks for is ASCII and UTF-8 never puts an
 * ASCII byte inside a multi-byte character, so byte offsets find exactly what char offsets
 * would; only the text of a value (a slice) is decoded.
 */
import { InputError } from '../forms/types.ts';
import { cellAddress, parseRange } from './cell-ref.ts';
import { CellStore, makeSheet } from './sheet.ts';
import type { MergeRange, Sheet } from './types.ts';
import { concatTextRuns, decodeXmlText, readAttribute } from './xml-text.ts';

const utf8 = new TextDecoder('utf-8');

export interface SheetContext {
	file: string;
	name: string;
	maxCells: number;
}

function tooManyCells(ctx: SheetContext): InputError {
	return new InputError(
		'tooManyCells',
		{ file: ctx.file, sheet: ctx.name, max: ctx.maxCells },
		{ file: ctx.file, sheet: ctx.name }
	);
}

/** A cell's value from the raw text of its <v>, by cell type. */
function valueOf(
	raw: string,
	type: string,
	sharedStrings: string[],
	ctx: SheetContext,
	row: number,
	col: number
): string | number | boolean | null {
	switch (type) {
		case 's': {
			const text = sharedStrings[Number(raw)];
			if (text === undefined)
				throw new InputError(
					'sharedStringMissing',
					{ file: ctx.file, sheet: ctx.name, cell: cellAddress(row, col), index: raw },
					{ file: ctx.file, sheet: ctx.name, cell: cellAddress(row, col) }
				);
			return text;
		}
		case 'str':
		case 'e':
			return decodeXmlText(raw);
		case 'b':
			return raw === '1' || raw === 'true';
		default: {
			if (raw === '') return null;
			// Plain integers never get here: readCellValueBytes reads them from the bytes.
			const n = Number(raw);
			return Number.isFinite(n) ? n : decodeXmlText(raw);
		}
	}
}

function readMerges(xml: string, from: number): MergeRange[] {
	const merges: MergeRange[] = [];
	let pos = xml.indexOf('<mergeCells', from);
	if (pos < 0) return merges;
	for (;;) {
		const at = xml.indexOf('<mergeCell ', pos);
		if (at < 0) break;
		const end = xml.indexOf('>', at);
		const ref = readAttribute(xml.slice(at + 10, end), 'ref');
		const range = ref ? parseRange(ref) : null;
		if (range) merges.push(range);
		pos = end;
	}
	return merges;
}

/** `pattern` (ASCII) in bytes at or after `from`, like String.prototype.indexOf; -1 if absent. */
function indexOfAscii(b: Uint8Array, pattern: string, from: number): number {
	const first = pattern.charCodeAt(0);
	const n = pattern.length;
	// A plain loop: the next match is usually a few bytes away, closer than a builtin call costs.
	for (let at = Math.max(0, from), end = b.length; at < end; at++) {
		if (b[at] !== first) continue;
		let k = 1;
		while (k < n && b[at + k] === pattern.charCodeAt(k)) k++;
		if (k === n) return at;
	}
	return -1;
}

/** The next byte `code` at or after `from`, or -1 (a plain loop, as indexOfAscii). */
function indexOfByte(b: Uint8Array, code: number, from: number): number {
	for (let at = from, end = b.length; at < end; at++) if (b[at] === code) return at;
	return -1;
}

/**
 * Start of the value of the one-letter attribute `name` (char code; 114 'r', 116 't') inside
 * the tag bytes b[from, to), or -1. A bounded loop: a search would run past the tag.
 */
function attributeAtBytes(b: Uint8Array, from: number, to: number, name: number): number {
	for (let i = from + 2; i < to - 3; i++) {
		if (b[i] === name && b[i + 1] === 61 && (b[i + 2] === 34 || b[i + 2] === 39) && b[i - 1] <= 32)
			return i + 3;
	}
	return -1;
}

/** readAttribute(attrs, 'r') where attrs = b[from, to): the row number text, decoded, or null. */
function rowAttribute(b: Uint8Array, from: number, to: number): string | null {
	for (let at = from; at + 1 < to; at++) {
		if (b[at] !== 114 || b[at + 1] !== 61) continue; // 'r='
		const before = at === from ? 32 : b[at - 1];
		if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
		if (at + 2 >= to) return null; // no quote character: attrs[at + 2] is undefined
		const quote = b[at + 2];
		const end = b.subarray(0, to).indexOf(quote, at + 3);
		if (end < 0) return null;
		return decodeXmlText(utf8.decode(b.subarray(at + 3, end)));
	}
	return null;
}

/** One sheet part's bytes → its cells and merges (see the header comment). */
export function scanSheetBytes(xml: Uint8Array, sharedStrings: string[], ctx: SheetContext): Sheet {
	const store = new CellStore();
	const len = xml.length;
	let seen = 0;
	let row = 0;
	let col = 0;
	// The two far searches go to Buffer's native indexOf (a view, no copy); the near ones loop.
	const buf = Buffer.from(xml.buffer, xml.byteOffset, xml.length);
	let pos = buf.indexOf('<sheetData', 0, 'latin1');
	const dataEnd = pos < 0 ? -1 : buf.indexOf('</sheetData>', pos, 'latin1');
	if (pos < 0) pos = len;
	const stop = dataEnd < 0 ? len : dataEnd;
	while (pos < stop) {
		const lt = indexOfByte(xml, 60, pos + 1);
		if (lt < 0 || lt >= stop) break;
		const c1 = xml[lt + 1];
		const isRow =
			c1 === 114 &&
			xml[lt + 2] === 111 &&
			xml[lt + 3] === 119 &&
			(xml[lt + 4] === 32 || xml[lt + 4] === 62);
		const c2 = xml[lt + 2];
		const isCell = !isRow && c1 === 99 && (c2 === 32 || c2 === 62 || c2 === 47);
		if (!isRow && !isCell) {
			pos = lt;
			continue;
		}
		const gt = indexOfByte(xml, 62, lt);
		if (gt < 0) break;
		const selfClosing = xml[gt - 1] === 47;
		if (isCell && selfClosing) {
			if (++seen > ctx.maxCells) throw tooManyCells(ctx);
			if (attributeAtBytes(xml, lt, gt, 114) < 0) col += 1;
			pos = gt;
			continue;
		}
		if (isRow) {
			const r = rowAttribute(xml, lt + 4, selfClosing ? gt - 1 : gt);
			row = r ? Number(r) : row + 1;
			col = 0;
			pos = gt;
			continue;
		}
		if (++seen > ctx.maxCells) throw tooManyCells(ctx);
		const rAt = attributeAtBytes(xml, lt, gt, 114);
		if (rAt > 0) {
			let i = rAt;
			let c = 0;
			let code = xml[i];
			while (code >= 65 && code <= 90) {
				c = c * 26 + (code - 64);
				code = xml[++i];
			}
			let r = 0;
			while (code >= 48 && code <= 57) {
				r = r * 10 + (code - 48);
				code = xml[++i];
			}
			col = c;
			if (r > 0) row = r;
		} else col += 1;
		const tAt = attributeAtBytes(xml, lt, gt, 116);
		if (tAt < 0 && xml[gt + 1] === 60 && xml[gt + 2] === 118 && xml[gt + 3] === 62) {
			// Fast path for the bulk of a report: <c r="E7" s="14"><v>123</v></c>, a plain count.
			// Exactly what the general path below reads from such a cell, without its searches.
			let k = gt + 4;
			let n = 0;
			for (; k < gt + 19; k++) {
				const d = xml[k] - 48;
				if (d < 0 || d > 9) break;
				n = n * 10 + d;
			}
			if (
				k > gt + 4 &&
				xml[k] === 60 &&
				xml[k + 1] === 47 &&
				xml[k + 2] === 118 &&
				xml[k + 3] === 62 &&
				xml[k + 4] === 60 &&
				xml[k + 5] === 47 &&
				xml[k + 6] === 99 &&
				xml[k + 7] === 62 &&
				k + 4 < stop
			) {
				pos = k + 7;
				store.push(row, col, n);
				continue;
			}
		}
		const type = tAt > 0 ? cellType(xml, tAt) : 'n';
		const close = indexOfAscii(xml, '</c>', gt);
		if (close < 0) break;
		pos = close + 3;
		const value = readCellValueBytes(xml, gt + 1, close, type, sharedStrings, ctx, row, col);
		if (value === null) continue;
		store.push(row, col, value);
	}
	const tail = stop < len ? utf8.decode(xml.subarray(stop)) : '';
	return makeSheet(ctx.name, store.columns(), readMerges(tail, 0));
}

/** The t="…" value starting at `at` (its quote is at - 1); an unterminated one is no known type. */
function cellType(xml: Uint8Array, at: number): string {
	const end = xml.indexOf(xml[at - 1], at);
	if (end < 0 || end - at > 16) return '?';
	let t = '';
	for (let i = at; i < end; i++) t += String.fromCharCode(xml[i]);
	return t;
}

/**
 * valueOf on the bytes of <v> without building a string (the import's fast path): the same
 * decisions per cell type, so the two read alike; keep them in step.
 */
function readCellValueBytes(
	xml: Uint8Array,
	from: number,
	to: number,
	type: string,
	sharedStrings: string[],
	ctx: SheetContext,
	row: number,
	col: number
): string | number | boolean | null {
	if (type === 'inlineStr') {
		const is = indexOfAscii(xml, '<is', from);
		return is < 0 || is > to ? null : concatTextRuns(utf8.decode(xml.subarray(is, to)));
	}
	const v = indexOfAscii(xml, '<v', from);
	if (v < 0 || v > to) return null;
	// Never 0: the '>' of the cell's own '</c>' follows '<v' at the latest.
	const vStart = xml.indexOf(62, v) + 1;
	if (xml[vStart - 2] === 47) return null;
	const vEnd = indexOfAscii(xml, '</v>', vStart);
	const rawEnd = vEnd < 0 || vEnd > to ? to : vEnd;
	if (type !== 's' && type !== 'str' && type !== 'e' && type !== 'b') {
		// Numbers: the usual plain non-negative integer is read from the bytes, no string made.
		if (rawEnd <= vStart) return null;
		if (rawEnd - vStart < 16) {
			let n = 0;
			let k = vStart;
			for (; k < rawEnd; k++) {
				const d = xml[k] - 48;
				if (d < 0 || d > 9) break;
				n = n * 10 + d;
			}
			if (k === rawEnd) return n;
		}
	}
	const raw = utf8.decode(xml.subarray(vStart, rawEnd));
	return valueOf(raw, type, sharedStrings, ctx, row, col);
}
