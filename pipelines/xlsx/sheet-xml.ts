/**
 * One worksheet's XML → cells with values and merged ranges. A single forward scan with
 * indexOf (no DOM): sheets are up to 500 KB each and a workbook has 26 of them. Handles cell
 * types s, str, inlineStr, n, b, e and cells written without an `r` attribute.
 */
import { InputError } from '../forms/types.ts';
import { cellAddress, columnNumber, parseRange } from './cell-ref.ts';
import { CellStore, makeSheet } from './sheet.ts';
import type { MergeRange, Sheet } from './types.ts';
import { concatTextRuns, decodeXmlText, readAttribute } from './xml-text.ts';

export interface SheetContext {
	file: string;
	name: string;
	maxCells: number;
}

export function parseSheetXml(xml: string, sharedStrings: string[], ctx: SheetContext): Sheet {
	const store = new CellStore();
	let seen = 0;
	let row = 0;
	let col = 0;
	let pos = xml.indexOf('<sheetData');
	const dataEnd = pos < 0 ? -1 : xml.indexOf('</sheetData>', pos);
	if (pos < 0) pos = xml.length;
	const stop = dataEnd < 0 ? xml.length : dataEnd;
	while (pos < stop) {
		const lt = xml.indexOf('<', pos + 1);
		if (lt < 0 || lt >= stop) break;
		const isRow = xml.startsWith('<row', lt) && (xml[lt + 4] === ' ' || xml[lt + 4] === '>');
		const isCell =
			!isRow &&
			xml[lt + 1] === 'c' &&
			(xml[lt + 2] === ' ' || xml[lt + 2] === '>' || xml[lt + 2] === '/');
		if (!isRow && !isCell) {
			pos = lt;
			continue;
		}
		const gt = xml.indexOf('>', lt);
		if (gt < 0) break;
		const selfClosing = xml[gt - 1] === '/';
		if (isCell && selfClosing) {
			// An empty (styled) cell: the bulk of a report sheet. Count it, skip it cheaply.
			if (++seen > ctx.maxCells) throw tooManyCells(ctx);
			if (attributeAt(xml, lt, gt, 114) < 0) col += 1;
			pos = gt;
			continue;
		}
		const attrs = xml.slice(lt + (isRow ? 4 : 2), selfClosing ? gt - 1 : gt);
		if (isRow) {
			const r = readAttribute(attrs, 'r');
			row = r ? Number(r) : row + 1;
			col = 0;
			pos = gt;
			continue;
		}
		if (++seen > ctx.maxCells) throw tooManyCells(ctx);
		// Read r="D12" straight from the text: this loop runs millions of times per import.
		const rAt = attributeAt(xml, lt, gt, 114);
		if (rAt > 0) {
			let i = rAt;
			let c = 0;
			let code = xml.charCodeAt(i);
			while (code >= 65 && code <= 90) {
				c = c * 26 + (code - 64);
				code = xml.charCodeAt(++i);
			}
			let r = 0;
			while (code >= 48 && code <= 57) {
				r = r * 10 + (code - 48);
				code = xml.charCodeAt(++i);
			}
			col = c;
			if (r > 0) row = r;
		} else col += 1;
		const tAt = attributeAt(xml, lt, gt, 116);
		const type = tAt > 0 ? xml.slice(tAt, xml.indexOf(xml[tAt - 1], tAt)) : 'n';
		const close = xml.indexOf('</c>', gt);
		if (close < 0) break;
		pos = close + 3;
		const value = readCellValue(xml, gt + 1, close, type, sharedStrings, ctx, row, col);
		if (value === null) continue;
		store.push(row, col, value);
	}
	return makeSheet(ctx.name, store.columns(), readMerges(xml, stop));
}

/**
 * Start of the value of the one-letter attribute `name` (char code; 114 'r', 116 't') inside
 * the tag text xml[from, to), or -1. A bounded char loop: indexOf would run past the tag.
 */
function attributeAt(xml: string, from: number, to: number, name: number): number {
	for (let i = from + 2; i < to - 3; i++) {
		if (
			xml.charCodeAt(i) === name &&
			xml.charCodeAt(i + 1) === 61 &&
			(xml.charCodeAt(i + 2) === 34 || xml.charCodeAt(i + 2) === 39) &&
			xml.charCodeAt(i - 1) <= 32
		)
			return i + 3;
	}
	return -1;
}

function tooManyCells(ctx: SheetContext): InputError {
	return new InputError(
		`${ctx.file}, sheet ${ctx.name}: more than ${ctx.maxCells} cells; refused (a report sheet has a few tens of thousands). Check that this is a report workbook.`,
		{ file: ctx.file, sheet: ctx.name }
	);
}

function readCellValue(
	xml: string,
	from: number,
	to: number,
	type: string,
	sharedStrings: string[],
	ctx: SheetContext,
	row: number,
	col: number
): string | number | boolean | null {
	if (type === 'inlineStr') {
		const is = xml.indexOf('<is', from);
		return is < 0 || is > to ? null : concatTextRuns(xml.slice(is, to));
	}
	const v = xml.indexOf('<v', from);
	if (v < 0 || v > to) return null;
	const vStart = xml.indexOf('>', v) + 1;
	if (xml.charCodeAt(vStart - 2) === 47) return null;
	const vEnd = xml.indexOf('</v>', vStart);
	const raw = xml.slice(vStart, vEnd < 0 || vEnd > to ? to : vEnd);
	switch (type) {
		case 's': {
			const text = sharedStrings[Number(raw)];
			if (text === undefined)
				throw new InputError(
					`${ctx.file}, sheet ${ctx.name}, cell ${cellAddress(row, col)}: refers to shared string ${raw}, which does not exist. The workbook is damaged; save it again from Excel.`,
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
			// Fast path: a plain non-negative integer, the usual count in a report form.
			if (raw.length < 16) {
				let n = 0;
				let k = 0;
				for (; k < raw.length; k++) {
					const d = raw.charCodeAt(k) - 48;
					if (d < 0 || d > 9) break;
					n = n * 10 + d;
				}
				if (k === raw.length) return n;
			}
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
