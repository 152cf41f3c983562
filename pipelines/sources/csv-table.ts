/**
 * A small RFC 4180 CSV reader shared by the non-form sources (court outcomes, population,
 * published figures). Exists because those files carry a BOM, quoted commas and quoted
 * newlines; each cell keeps its 1-based line number so errors can say where they are.
 */
import { InputError } from '../forms/types.ts';

export interface CsvTable {
	header: string[];
	/** Data records (header excluded); `line` is the 1-based line where the record starts. */
	records: { line: number; cells: string[] }[];
}

/** Decode UTF-8 and drop a leading byte-order mark. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new InputError('notUtf8', { file }, { file });
	}
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseCsv(bytes: Uint8Array, file: string): CsvTable {
	const text = decodeUtf8(bytes, file);
	const rows: { line: number; cells: string[] }[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let start = 1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i++;
				} else quoted = false;
			} else {
				if (ch === '\n') line++;
				cell += ch;
			}
		} else if (ch === '"' && cell === '') quoted = true;
		else if (ch === ',') {
			cells.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			cells.push(cell);
			rows.push({ line: start, cells });
			cells = [];
			cell = '';
			line++;
			start = line;
		} else cell += ch;
	}
	if (quoted) {
		throw new InputError('unclosedQuote', { file, line: start }, { file, cell: `line ${start}` });
	}
	if (cell !== '' || cells.length) {
		cells.push(cell);
		rows.push({ line: start, cells });
	}
	const nonEmpty = rows.filter((r) => !(r.cells.length === 1 && r.cells[0].trim() === ''));
	if (!nonEmpty.length) throw new InputError('csvEmpty', { file }, { file });
	const [head, ...records] = nonEmpty;
	const header = head.cells.map((h) => h.trim());
	for (const r of records) {
		if (r.cells.length !== header.length) {
			throw new InputError(
				'csvCellCount',
				{ file, line: r.line, cells: r.cells.length, header: header.length },
				{ file, cell: `line ${r.line}` }
			);
		}
	}
	return { header, records };
}

/** Write one CSV line, quoting where needed (used to transcribe data/published). */
export function formatCsvLine(cells: (string | number | null)[]): string {
	return cells
		.map((c) => {
			const s = c === null ? '' : String(c);
			return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
		})
		.join(',');
}
