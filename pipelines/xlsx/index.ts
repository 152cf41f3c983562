/**
 * Our own XLSX reader (contract: ./types.ts). Enough SpreadsheetML for official report
 * forms — values, shared strings, merged ranges, document title — read fast (node:zlib behind
 * the guarded ZIP layer of zip.ts, indexOf scanning) and defensively: empty files, non-ZIP
 * files, truncated archives and zip bombs are refused with an InputError that names the
 * file and says what to do.
 */
import { InputError } from '../forms/types.ts';
import { parseSharedStrings } from './shared-strings.ts';
import { scanSheetBytes } from './sheet-xml.ts';
import type { Sheet, Workbook, XlsxLimits } from './types.ts';
import { readAttribute, decodeXmlText } from './xml-text.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { openZipArchive, type ZipEntry } from './zip.ts';

export type { Sheet, SheetCell, MergeRange, Workbook, XlsxLimits } from './types.ts';
export { cellAddress, columnLetters, columnNumber, parseRange } from './cell-ref.ts';

export { DEFAULT_LIMITS, MAX_FILE_BYTES } from './limits.ts';

const utf8 = new TextDecoder('utf-8');

export function openWorkbook(bytes: Uint8Array, fileName: string, limits?: XlsxLimits): Workbook {
	const lim = { ...DEFAULT_LIMITS, ...limits };
	const file = fileName;
	if (bytes.length === 0) throw new InputError('emptyWorkbook', { file }, { file });
	if (bytes.length > lim.maxFileBytes)
		throw new InputError(
			'workbookTooLarge',
			{ file, size: bytes.length, limit: lim.maxFileBytes },
			{ file }
		);
	if (
		bytes.length >= 8 &&
		bytes[0] === 0xd0 &&
		bytes[1] === 0xcf &&
		bytes[2] === 0x11 &&
		bytes[3] === 0xe0
	)
		throw new InputError('oldXls', { file }, { file });
	if (
		bytes.length < 4 ||
		bytes[0] !== 0x50 ||
		bytes[1] !== 0x4b ||
		bytes[2] !== 0x03 ||
		bytes[3] !== 0x04
	)
		throw new InputError('notXlsx', { file }, { file });
	const zip = openZipArchive(bytes, file, lim);
	const readBytes = zip.read;
	const readText = (entry: ZipEntry): string => utf8.decode(readBytes(entry));
	const find = zip.find;

	const workbookPath = officeDocumentPath(find('_rels/.rels'), readText) ?? 'xl/workbook.xml';
	const workbookEntry = find(workbookPath);
	if (!workbookEntry) throw new InputError('zipNotXlsx', { file, inside: workbookPath }, { file });
	const baseDir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
	const relsEntry = find(`${baseDir}_rels/${workbookPath.slice(baseDir.length)}.rels`);
	const targets = relsEntry ? readRelationships(readText(relsEntry)) : new Map<string, string>();
	const sheetPaths = new Map<string, string>();
	const workbookXml = readText(workbookEntry);
	for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
		const name = readAttribute(m[1], 'name');
		const rid = readAttribute(m[1], 'r:id');
		const target = rid ? targets.get(rid) : undefined;
		if (name !== null && target) sheetPaths.set(name, resolveTarget(baseDir, target));
	}
	let sharedEntry = [...targets.values()]
		.map((t) => resolveTarget(baseDir, t))
		.find((p) => /sharedStrings\d*\.xml$/i.test(p));
	// Some writers omit the relationship; Excel always uses this path.
	if (!sharedEntry || !find(sharedEntry)) sharedEntry = baseDir + 'sharedStrings.xml';
	const shared =
		sharedEntry && find(sharedEntry) ? parseSharedStrings(readText(find(sharedEntry)!)) : [];
	const core = find('docProps/core.xml');
	const coreXml = core ? readText(core) : '';
	const cache = new Map<string, Sheet>();

	return {
		title: readElement(coreXml, 'dc:title'),
		modified: readElement(coreXml, 'dcterms:modified'),
		sheetNames: [...sheetPaths.keys()],
		sheet(name: string): Sheet {
			const cached = cache.get(name);
			if (cached) return cached;
			const path = sheetPaths.get(name);
			const entry = path ? find(path) : undefined;
			if (!entry)
				throw new InputError(
					'sheetMissing',
					{ file, sheet: name, part: path ?? null, sheets: [...sheetPaths.keys()] },
					{ file, sheet: name }
				);
			// Sheet XML is scanned as bytes: no 500 KB string per sheet (sheet-xml.ts).
			const sheet = scanSheetBytes(readBytes(entry), shared, {
				file,
				name,
				maxCells: lim.maxCellsPerSheet
			});
			cache.set(name, sheet);
			return sheet;
		}
	};
}

function officeDocumentPath(
	rels: ZipEntry | undefined,
	readText: (e: ZipEntry) => string
): string | null {
	if (!rels) return null;
	for (const [, target] of readRelationships(readText(rels), /officeDocument$/))
		return resolveTarget('', target);
	return null;
}

function readRelationships(xml: string, type?: RegExp): Map<string, string> {
	const out = new Map<string, string>();
	for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
		const id = readAttribute(m[1], 'Id');
		const target = readAttribute(m[1], 'Target');
		if (!id || !target) continue;
		if (type && !type.test(readAttribute(m[1], 'Type') ?? '')) continue;
		out.set(id, target);
	}
	return out;
}

/** Resolve a relationship target ('worksheets/sheet1.xml', '/xl/…', '../x') against `baseDir`. */
function resolveTarget(baseDir: string, target: string): string {
	const parts = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
	const out: string[] = [];
	for (const p of parts) {
		if (p === '..') out.pop();
		else if (p !== '.' && p !== '') out.push(p);
	}
	return out.join('/');
}

function readElement(xml: string, tag: string): string | null {
	const open = xml.indexOf('<' + tag);
	if (open < 0) return null;
	const start = xml.indexOf('>', open) + 1;
	if (xml[start - 2] === '/') return null;
	const end = xml.indexOf('</' + tag + '>', start);
	if (end < 0) return null;
	return decodeXmlText(xml.slice(start, end));
}
